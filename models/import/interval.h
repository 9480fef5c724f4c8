#pragma once

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>

namespace tenure::import {

// A billing interval: every `count` days, weeks, months or years.
struct Interval
{
    enum class Unit { Day, Week, Month, Year };
    Unit unit = Unit::Month;
    int count = 1;

    // The schema's interval_unit text: day, week, month, year.
    const char* unitName() const;
    // How many months one interval lasts: year 12, week 12/52, day 12/365 (docs/metrics.md §1).
    double months() const;
};

// "month", "monthly", "3 months", "quarterly", "annual", "yearly", "week",
// "biweekly", "day"; `count` (when the export has a separate count column) multiplies.
std::optional<Interval> parseInterval(const QString& unit, int count = 1);

// The interval an invoice line's service period [start, end) stands for:
// whole months or years when the dates line up (Jan 31 → Feb 29 is a month),
// otherwise weeks or days.
std::optional<Interval> intervalOfPeriod(const QDate& start, const QDate& end);

// Monthly recurring revenue in minor units, per docs/metrics.md §1: amount ×
// quantity − recurring discount (tax excluded), divided by the interval's
// months. $2,000/year → $166.67; $90 per 3 months → $30.
std::int64_t monthlyMinor(double amountMinor, double quantity, double discountMinor,
                          const Interval& interval);

} // namespace tenure::import
