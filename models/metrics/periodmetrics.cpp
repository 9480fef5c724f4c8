#include "periodmetrics.h"

#include "currency.h"
#include "movements.h"
#include "renewals.h"

#include <QJsonObject>

#include <cmath>

namespace tenure::metrics {

std::vector<PeriodMetrics> periodMetrics(const MrrHistory& history, std::span<const int> accounts,
                                         Month from, Month to, Granularity granularity,
                                         RetentionMethod method, const QString& group)
{
    std::vector<PeriodMetrics> rows;
    to = std::min(to, history.lastMonth());
    const int fiscalStart = history.conventions().fiscalYearStartMonth;
    const std::vector<Period> periods = periodsBetween(from, to, granularity, fiscalStart);
    if (periods.empty())
        return rows;
    // Every month's movements in one walk over the accounts, which each
    // period then sums: walking again per period would cost the square of
    // the months.
    const Month first = periods.front().first;
    const Month end = std::min(periods.back().last, history.lastMonth());
    const std::vector<MonthMovements> allMonths = monthlyMovements(history, accounts, first, end);
    for (const Period& period : periods) {
        const Month last = std::min(period.last, history.lastMonth());
        const int monthCount = last - period.first + 1;
        const auto months = std::span(allMonths).subspan(
            static_cast<std::size_t>(period.first - first), static_cast<std::size_t>(monthCount));
        PeriodMetrics row;
        row.period = period;
        row.group = group;
        row.startMrr = months.front().startMrr;
        row.customersStart = months.front().customersStart;
        row.endMrr = months.back().endMrr;
        row.customersEnd = months.back().customersEnd;
        for (const MonthMovements& month : months) {
            row.newMrr += month.newMrr;
            row.expansionMrr += month.expansionMrr;
            row.contractionMrr += month.contractionMrr;
            row.churnMrr += month.churnMrr;
            row.reactivationMrr += month.reactivationMrr;
        }
        if (method == RetentionMethod::Cohort) {
            const RetentionFigures figures = cohortRetention(history, accounts, period);
            row.nrr = figures.nrr();
            row.grr = figures.grr();
            row.logoRetention = figures.logoRetention();
        } else {
            const RenewalFigures figures = renewalRetention(history, accounts, period);
            row.nrr = figures.nrr();
            row.grr = figures.grr();
            row.logoRetention = figures.logoRetention();
        }
        rows.push_back(row);
    }
    return rows;
}

namespace {

QJsonValue money(std::int64_t minor, int digits)
{
    return static_cast<double>(minor) / std::pow(10.0, digits);
}

QJsonValue fraction(double value)
{
    return std::isnan(value) ? QJsonValue(QJsonValue::Null)
                             : QJsonValue(std::round(value * 1e6) / 1e6);
}

} // namespace

QJsonArray toJson(std::span<const PeriodMetrics> rows, const QString& baseCurrency,
                  const QString& groupKey)
{
    const int digits = minorUnitDigits(baseCurrency);
    QJsonArray array;
    for (const PeriodMetrics& row : rows) {
        QJsonObject object{
            {QStringLiteral("period"), row.period.label},
            {QStringLiteral("start_mrr"), money(row.startMrr, digits)},
            {QStringLiteral("new"), money(row.newMrr, digits)},
            {QStringLiteral("expansion"), money(row.expansionMrr, digits)},
            {QStringLiteral("contraction"), money(row.contractionMrr, digits)},
            {QStringLiteral("churn"), money(row.churnMrr, digits)},
            {QStringLiteral("reactivation"), money(row.reactivationMrr, digits)},
            {QStringLiteral("end_mrr"), money(row.endMrr, digits)},
            {QStringLiteral("nrr"), fraction(row.nrr)},
            {QStringLiteral("grr"), fraction(row.grr)},
            {QStringLiteral("logo_retention"), fraction(row.logoRetention)},
            {QStringLiteral("customers_start"), row.customersStart},
            {QStringLiteral("customers_end"), row.customersEnd},
        };
        if (!groupKey.isEmpty())
            object.insert(groupKey, row.group);
        array.append(object);
    }
    return array;
}

} // namespace tenure::metrics
