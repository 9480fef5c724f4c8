#pragma once

#include "metrics/month.h"
#include "metrics/retention.h"

#include <QDate>
#include <QString>

#include <optional>

namespace tenure::report {

// A quarter of the book's fiscal year, as the report and
// `tenure report --quarter 2026Q3` name it. With the fiscal year starting in
// January these are calendar quarters ("2026Q3"); otherwise a fiscal year is
// named after the calendar year it ends in ("FY2027Q1" is April to June 2026
// when the year starts in April), as the Retention area names its periods.
struct Quarter
{
    int year = 0;
    int number = 1;               // 1 to 4
    int fiscalYearStartMonth = 1; // 1 to 12

    // "2026Q3" or "FY2026Q3" (case-insensitive), a quarter of the fiscal year
    // that starts in `fiscalYearStartMonth`; none for anything else.
    static std::optional<Quarter> parse(const QString& text, int fiscalYearStartMonth = 1);
    static Quarter containing(const QDate& date, int fiscalYearStartMonth = 1);

    metrics::Month firstMonth() const;
    metrics::Month lastMonth() const { return firstMonth() + 2; }
    QDate firstDay() const { return firstMonth().firstDay(); }
    QDate lastDay() const { return lastMonth().lastDay(); }
    QString label() const;
    metrics::Period period() const { return {firstMonth(), lastMonth(), label()}; }

    Quarter offset(int quarters) const;
    Quarter previous() const { return offset(-1); }
    Quarter next() const { return offset(1); }
    Quarter yearBefore() const { return offset(-4); }

    auto operator<=>(const Quarter&) const = default;
};

} // namespace tenure::report
