#include "mrrchanges.h"

#include <algorithm>

namespace tenure::import {

void MrrChanges::add(const char* currency, const QDate& day, std::int64_t change)
{
    auto found = std::find_if(m_currencies.begin(), m_currencies.end(), [&](const Currency& c) {
        return std::equal(c.code.begin(), c.code.end(), currency);
    });
    if (found == m_currencies.end()) {
        Currency added;
        std::copy_n(currency, 3, added.code.begin());
        added.firstDay = day.toJulianDay();
        m_currencies.push_back(std::move(added));
        found = std::prev(m_currencies.end());
    }
    const std::int64_t julian = day.toJulianDay();
    if (julian < found->firstDay) {
        // Grown by at least its size, so that a file read newest first costs
        // a few moves, not one per earlier day.
        const auto earlier =
            std::max(static_cast<std::size_t>(found->firstDay - julian), found->changes.size());
        found->changes.insert(found->changes.begin(), earlier, 0);
        found->firstDay -= static_cast<std::int64_t>(earlier);
    }
    const auto at = static_cast<std::size_t>(julian - found->firstDay);
    if (at >= found->changes.size())
        found->changes.resize(at + 1, 0);
    found->changes[at] += change;
}

std::map<QString, std::int64_t> MrrChanges::totalsOn(const QDate& day) const
{
    std::map<QString, std::int64_t> totals;
    const std::int64_t julian = day.toJulianDay();
    for (const Currency& currency : m_currencies) {
        std::int64_t total = 0;
        const std::int64_t last = std::min<std::int64_t>(
            julian - currency.firstDay, static_cast<std::int64_t>(currency.changes.size()) - 1);
        for (std::int64_t i = 0; i <= last; ++i)
            total += currency.changes[static_cast<std::size_t>(i)];
        totals[QString::fromLatin1(currency.code.data(), 3)] = total;
    }
    return totals;
}

} // namespace tenure::import
