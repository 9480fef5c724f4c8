#include "interval.h"

#include <QHash>

#include <cmath>

namespace tenure::import {

const char* Interval::unitName() const
{
    switch (unit) {
    case Unit::Day:
        return "day";
    case Unit::Week:
        return "week";
    case Unit::Month:
        return "month";
    case Unit::Year:
        return "year";
    }
    return "month";
}

double Interval::months() const
{
    switch (unit) {
    case Unit::Day:
        return count * 12.0 / 365.0;
    case Unit::Week:
        return count * 12.0 / 52.0;
    case Unit::Month:
        return count;
    case Unit::Year:
        return count * 12.0;
    }
    return count;
}

std::optional<Interval> parseInterval(const QString& unit, int count)
{
    using Unit = Interval::Unit;
    static const QHash<QString, Interval> known = {
        {QStringLiteral("day"), {Unit::Day, 1}},
        {QStringLiteral("daily"), {Unit::Day, 1}},
        {QStringLiteral("week"), {Unit::Week, 1}},
        {QStringLiteral("weekly"), {Unit::Week, 1}},
        {QStringLiteral("biweekly"), {Unit::Week, 2}},
        {QStringLiteral("month"), {Unit::Month, 1}},
        {QStringLiteral("monthly"), {Unit::Month, 1}},
        {QStringLiteral("mo"), {Unit::Month, 1}},
        {QStringLiteral("quarter"), {Unit::Month, 3}},
        {QStringLiteral("quarterly"), {Unit::Month, 3}},
        {QStringLiteral("semiannual"), {Unit::Month, 6}},
        {QStringLiteral("year"), {Unit::Year, 1}},
        {QStringLiteral("yearly"), {Unit::Year, 1}},
        {QStringLiteral("annual"), {Unit::Year, 1}},
        {QStringLiteral("annually"), {Unit::Year, 1}},
        {QStringLiteral("yr"), {Unit::Year, 1}},
    };
    QString text = unit.trimmed().toLower();
    text.remove(u'-');
    // "3 months", "every 2 weeks"
    if (text.startsWith(QLatin1String("every ")))
        text = text.mid(6);
    int written = 1;
    const qsizetype space = text.indexOf(u' ');
    if (space > 0) {
        bool ok = false;
        written = QStringView(text).left(space).toInt(&ok);
        if (!ok || written <= 0)
            return std::nullopt;
        text = text.mid(space + 1);
    }
    if (text.endsWith(u's') && !known.contains(text))
        text.chop(1);
    const auto found = known.constFind(text);
    if (found == known.constEnd() || count <= 0)
        return std::nullopt;
    Interval interval = *found;
    interval.count *= written * count;
    return interval;
}

std::optional<Interval> intervalOfPeriod(const QDate& start, const QDate& end)
{
    if (!start.isValid() || !end.isValid() || end <= start)
        return std::nullopt;
    using Unit = Interval::Unit;
    for (int months = 1; months <= 36; ++months) {
        if (start.addMonths(months) == end)
            return months % 12 == 0 ? Interval{Unit::Year, months / 12}
                                    : Interval{Unit::Month, months};
    }
    const auto days = static_cast<int>(start.daysTo(end));
    if (days % 7 == 0)
        return Interval{Unit::Week, days / 7};
    return Interval{Unit::Day, days};
}

std::int64_t monthlyMinor(double amountMinor, double quantity, double discountMinor,
                          const Interval& interval)
{
    return std::llround((amountMinor * quantity - discountMinor) / interval.months());
}

} // namespace tenure::import
