#pragma once

#include "metrics/month.h"
#include "metrics/retention.h"

#include <QDate>
#include <QString>

#include <optional>

namespace tenure::report {

// A calendar quarter, as the report and `tenure report --quarter 2026Q3` name it.
struct Quarter
{
    int year = 0;
    int number = 1; // 1 to 4

    // "2026Q3" (case-insensitive); none for anything else.
    static std::optional<Quarter> parse(const QString& text);
    static Quarter containing(const QDate& date);

    metrics::Month firstMonth() const { return metrics::Month::of(year, 3 * number - 2); }
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
