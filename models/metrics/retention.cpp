#include "retention.h"

#include <algorithm>
#include <limits>

namespace tenure::metrics {

namespace {

double ratio(std::int64_t part, std::int64_t whole)
{
    if (whole == 0)
        return std::numeric_limits<double>::quiet_NaN();
    return static_cast<double>(part) / static_cast<double>(whole);
}

// The month a period of `granularity` starting at or before `month` begins.
Month periodStart(Month month, Granularity granularity, int fiscalYearStartMonth)
{
    const int shifted = month.index() - (fiscalYearStartMonth - 1);
    const int length = granularity == Granularity::Month     ? 1
                       : granularity == Granularity::Quarter ? 3
                                                             : 12;
    return month - (((shifted % length) + length) % length);
}

QString labelFor(Month first, Granularity granularity, int fiscalYearStartMonth)
{
    if (granularity == Granularity::Month)
        return first.toString();
    // A fiscal year is named after the calendar year it ends in.
    const Month yearEnd = periodStart(first, Granularity::Year, fiscalYearStartMonth) + 11;
    const QString prefix = fiscalYearStartMonth == 1 ? QString() : QStringLiteral("FY");
    if (granularity == Granularity::Year)
        return prefix + QString::number(yearEnd.year());
    const int quarter =
        (first - periodStart(first, Granularity::Year, fiscalYearStartMonth)) / 3 + 1;
    return QStringLiteral("%1%2Q%3").arg(prefix).arg(yearEnd.year()).arg(quarter);
}

} // namespace

std::vector<Period> periodsBetween(Month from, Month to, Granularity granularity,
                                   int fiscalYearStartMonth)
{
    std::vector<Period> periods;
    const int length = granularity == Granularity::Month     ? 1
                       : granularity == Granularity::Quarter ? 3
                                                             : 12;
    for (Month first = periodStart(from, granularity, fiscalYearStartMonth); first <= to;
         first = first + length) {
        periods.push_back(
            {first, first + (length - 1), labelFor(first, granularity, fiscalYearStartMonth)});
    }
    return periods;
}

double RetentionFigures::nrr() const
{
    return ratio(retainedMrr, startMrr);
}

double RetentionFigures::grr() const
{
    return ratio(grossMrr, startMrr);
}

double RetentionFigures::logoRetention() const
{
    return ratio(customersRetained, customersStart);
}

RetentionFigures cohortRetention(const MrrHistory& history, std::span<const int> accounts,
                                 const Period& period)
{
    RetentionFigures figures;
    figures.startMonth = period.first - 1;
    figures.endMonth = std::min(period.last, history.lastMonth());
    for (const int account : accounts) {
        const std::int64_t start = history.mrr(account, figures.startMonth);
        if (start <= 0)
            continue;
        const std::int64_t end = history.mrr(account, figures.endMonth);
        figures.startMrr += start;
        figures.retainedMrr += end;
        figures.grossMrr += std::min(start, end);
        ++figures.customersStart;
        figures.customersRetained += end > 0;
    }
    return figures;
}

} // namespace tenure::metrics
