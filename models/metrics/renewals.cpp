#include "renewals.h"

#include <algorithm>
#include <limits>

namespace tenure::metrics {

namespace {

double ratio(std::int64_t part, std::int64_t whole)
{
    return whole == 0 ? std::numeric_limits<double>::quiet_NaN()
                      : static_cast<double>(part) / static_cast<double>(whole);
}

// Index of the period running on `day`, if any.
std::optional<std::size_t> runningOn(std::span<const PeriodInfo> periods, const QDate& day)
{
    for (std::size_t i = periods.size(); i-- > 0;) {
        const PeriodInfo& period = periods[i];
        if (period.start <= day && (!period.end.isValid() || day < period.end))
            return i;
    }
    return std::nullopt;
}

// Start of the continuous run of periods that includes periods[index]: a
// period that starts when (or before) the previous one ends continues it.
QDate runStart(std::span<const PeriodInfo> periods, std::size_t index)
{
    QDate start = periods[index].start;
    for (std::size_t i = index; i-- > 0;) {
        if (!periods[i].end.isValid() || periods[i].end >= start)
            start = std::min(start, periods[i].start);
        else
            break;
    }
    return start;
}

} // namespace

double RenewalFigures::nrr() const
{
    return ratio(renewedValue + expansion, valueUp);
}

double RenewalFigures::grr() const
{
    return ratio(renewedValue, valueUp);
}

double RenewalFigures::logoRetention() const
{
    return ratio(logosRenewed, logosUp);
}

std::optional<QDate> renewalIn(const MrrHistory& history, int account, const QDate& from,
                               const QDate& to)
{
    const auto periods = history.periodsOf(account);
    const auto running = runningOn(periods, from.addDays(-1));
    if (!running)
        return std::nullopt;
    const QDate anchor = runStart(periods, *running);
    const int term = std::max(1, periods[*running].termMonths);
    // The first anniversary on or after `from`.
    const int monthsSince = (from.year() - anchor.year()) * 12 + from.month() - anchor.month();
    for (int k = std::max(1, monthsSince / term);; ++k) {
        const QDate renewal = anchor.addMonths(k * term);
        if (renewal > to)
            return std::nullopt;
        if (renewal >= from)
            return renewal;
    }
}

RenewalFigures renewalRetention(const MrrHistory& history, std::span<const int> accounts,
                                const Period& period)
{
    RenewalFigures figures;
    const Month last = std::min(period.last, history.lastMonth());
    for (const int account : accounts) {
        const auto renewal = renewalIn(history, account, period.first.firstDay(), last.lastDay());
        if (!renewal)
            continue;
        const std::int64_t before = history.mrr(account, Month::of(*renewal) - 1);
        if (before <= 0)
            continue;
        const std::int64_t after = history.mrr(account, last);
        ++figures.logosUp;
        figures.logosRenewed += after > 0;
        figures.valueUp += before;
        figures.renewedValue += std::min(before, after);
        figures.expansion += std::max<std::int64_t>(0, after - before);
    }
    return figures;
}

} // namespace tenure::metrics
