#include "seenhashes.h"

#include <algorithm>

namespace tenure::import {

namespace {

// 0 marks a free slot, so a hash of 0 is kept as 1: one more value shared by
// two keys among 2^64.
std::uint64_t stored(std::uint64_t hash)
{
    return hash == 0 ? 1 : hash;
}

} // namespace

bool SeenHashes::insert(std::uint64_t hash)
{
    if ((m_size + 1) * 2 > m_slots.size())
        grow();
    const std::uint64_t value = stored(hash);
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t at = value & mask;; at = (at + 1) & mask) {
        if (m_slots[at] == value)
            return false;
        if (m_slots[at] == 0) {
            m_slots[at] = value;
            ++m_size;
            return true;
        }
    }
}

void SeenHashes::grow()
{
    std::vector<std::uint64_t> old(std::max<std::size_t>(1024, m_slots.size() * 2));
    old.swap(m_slots);
    const std::size_t mask = m_slots.size() - 1;
    for (const std::uint64_t value : old) {
        if (value == 0)
            continue;
        std::size_t at = value & mask;
        while (m_slots[at] != 0)
            at = (at + 1) & mask;
        m_slots[at] = value;
    }
}

} // namespace tenure::import
