#pragma once

#include <QDate>
#include <QString>

#include <array>
#include <cstdint>
#include <map>
#include <vector>

namespace tenure::import {

// How a file's MRR changes from day to day, per currency: + on a period's
// first day, − on its end. Summed up to a day it gives the MRR running on
// that day (MrrFound). Days index a flat array, so that a million rows cost
// no hashing; a file's dates span a few thousand days.
class MrrChanges
{
public:
    void add(const char* currency, const QDate& day, std::int64_t change);
    // The MRR running on `day`, per currency (in its minor units).
    std::map<QString, std::int64_t> totalsOn(const QDate& day) const;

private:
    struct Currency
    {
        std::array<char, 3> code{};
        std::int64_t firstDay = 0; // Julian day of changes[0]
        std::vector<std::int64_t> changes;
    };
    std::vector<Currency> m_currencies; // a file has one or a few
};

} // namespace tenure::import
