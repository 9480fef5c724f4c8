#pragma once

#include <QDate>

#include <optional>
#include <string_view>

namespace tenure::import {

// Which part comes first in numeric dates such as 03/04/2024.
enum class DateOrder { Unknown, MonthFirst, DayFirst };

// Reads the date a billing or CS export writes, as a calendar date in UTC:
//   2024-01-15, 2024/01/15, 20240115
//   2024-01-15T13:45:00Z, 2024-01-15T13:45:00.123-08:00 (RFC 3339: converted to UTC)
//   2024-01-15 13:45 (Stripe: UTC), 2024-01-15 13:45:00 PST (Recurly: zone abbreviations)
//   1705276800 (Unix seconds), 1705276800000 (milliseconds)
//   01/15/2024, 1/15/24 (US), 15/01/2024, 15-01-2024 (day first), 15.01.2024 (always day first)
//   Jan 15, 2024, 15 January 2024
// `order` settles numeric dates whose first two parts are both 12 or less;
// while it is Unknown such dates are not read (nullopt), never guessed.
std::optional<QDate> parseDate(std::string_view text, DateOrder order);

// Decides a column's date order from all its values: a first part above 12
// proves day-first, a second part above 12 proves month-first.
class DateOrderEvidence
{
public:
    enum class Verdict {
        NotNeeded, // no value depends on the order
        MonthFirst,
        DayFirst,
        Ambiguous,   // every value reads both ways: the user must choose
        Conflicting, // some values prove each order: the column mixes formats
    };

    void add(std::string_view text);
    Verdict verdict() const;
    DateOrder order() const; // Unknown unless the verdict is MonthFirst or DayFirst
    // True once more values cannot change the verdict.
    bool settled() const { return m_dayFirst && m_monthFirst; }
    bool decided() const { return m_dayFirst != m_monthFirst; }

private:
    bool m_dayFirst = false;
    bool m_monthFirst = false;
    bool m_dependsOnOrder = false;
};

} // namespace tenure::import
