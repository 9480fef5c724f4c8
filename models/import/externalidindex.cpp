#include "externalidindex.h"

#include <functional>
#include <stdexcept>

namespace tenure::import {

namespace {

std::uint64_t hashOf(std::string_view key)
{
    return std::hash<std::string_view>{}(key);
}

} // namespace

std::size_t ExternalIdIndex::slotFor(std::uint64_t hash, std::string_view key) const
{
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
        const Slot& slot = m_slots[at];
        if (slot.keyAt == kEmpty)
            return at;
        if (slot.hash == hash && std::string_view(m_keys).substr(slot.keyAt, slot.keyLength) == key)
            return at;
    }
}

std::int64_t ExternalIdIndex::find(std::string_view externalId) const
{
    if (m_slots.empty())
        return 0;
    const Slot& slot = m_slots[slotFor(hashOf(externalId), externalId)];
    return slot.keyAt == kEmpty ? 0 : slot.accountId;
}

void ExternalIdIndex::insert(std::string_view externalId, std::int64_t accountId)
{
    if ((m_size + 1) * 4 > m_slots.size() * 3)
        grow();
    const std::uint64_t hash = hashOf(externalId);
    Slot& slot = m_slots[slotFor(hash, externalId)];
    if (slot.keyAt == kEmpty) {
        if (m_keys.size() + externalId.size() >= kEmpty)
            throw std::length_error("more customer ids than an import can hold");
        slot.hash = hash;
        slot.keyAt = static_cast<std::uint32_t>(m_keys.size());
        slot.keyLength = static_cast<std::uint32_t>(externalId.size());
        m_keys.append(externalId);
        ++m_size;
    }
    slot.accountId = accountId;
}

void ExternalIdIndex::grow()
{
    std::vector<Slot> old(std::max<std::size_t>(64, m_slots.size() * 2));
    old.swap(m_slots);
    const std::size_t mask = m_slots.size() - 1;
    for (const Slot& slot : old) {
        if (slot.keyAt == kEmpty)
            continue;
        std::size_t at = slot.hash & mask;
        while (m_slots[at].keyAt != kEmpty)
            at = (at + 1) & mask;
        m_slots[at] = slot;
    }
}

} // namespace tenure::import
