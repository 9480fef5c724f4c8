#pragma once

#include <cstdint>
#include <vector>

namespace tenure::import {

// The 64-bit hashes of the keys an import has written, to tell a row that
// repeats an earlier one of the same import. A flat table of the hashes
// alone costs 16 bytes a key at most; std::unordered_set cost about 40, a
// third of a million-row usage import's memory.
class SeenHashes
{
public:
    // Adds `hash`; false when it was there already.
    bool insert(std::uint64_t hash);
    std::size_t size() const { return m_size; }

private:
    void grow();

    std::vector<std::uint64_t> m_slots; // a power of two in size, at most half full; 0: free
    std::size_t m_size = 0;
};

} // namespace tenure::import
