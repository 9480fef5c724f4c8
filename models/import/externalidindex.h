#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tenure::import {

// The book's account for each customer id (of one source for billing
// customers, of every source for signals): the lookup an import makes on
// every row. A million-row export asks it a million times,
// mostly for a different customer than the row before, so each lookup costs
// what its cache misses cost. Here that is one slot and one key: a flat table
// probed in place, its keys side by side in one buffer. std::unordered_map
// chases three pointers per lookup, which was a tenth of a large import.
class ExternalIdIndex
{
public:
    // The account, or 0 when the id is not known.
    std::int64_t find(std::string_view externalId) const;
    // Adds the id, or points a known one at `accountId`.
    void insert(std::string_view externalId, std::int64_t accountId);
    std::size_t size() const { return m_size; }

private:
    static constexpr std::uint32_t kEmpty = UINT32_MAX;
    struct Slot
    {
        std::uint64_t hash = 0;
        std::int64_t accountId = 0;
        std::uint32_t keyAt = kEmpty; // offset into m_keys; kEmpty marks a free slot
        std::uint32_t keyLength = 0;
    };

    // The slot holding `key`, or the free slot where it would go.
    std::size_t slotFor(std::uint64_t hash, std::string_view key) const;
    void grow();

    std::vector<Slot> m_slots; // a power of two in size, never more than 3/4 full
    std::string m_keys;
    std::size_t m_size = 0;
};

} // namespace tenure::import
