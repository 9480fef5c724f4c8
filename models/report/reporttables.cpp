#include "reporttables.h"

#include "metrics/currency.h"
#include "tableparts.h"

#include <QCoreApplication>

#include <cmath>

namespace tenure::report {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::report::ReportTable)
};

QList<bool> numericAfter(int textColumns, int columns)
{
    QList<bool> numeric;
    for (int column = 0; column < columns; ++column)
        numeric.append(column >= textColumns);
    return numeric;
}

ReportTable kpiTable(const QuarterlyReport& r, const QLocale& locale)
{
    ReportTable table{QStringLiteral("kpis"),
                      Messages::tr("Key figures"),
                      {Messages::tr("Figure"), r.current.period.label, r.previous.period.label,
                       r.yearAgo.period.label},
                      {},
                      numericAfter(1, 4),
                      {}};
    const std::array periods{&r.current, &r.previous, &r.yearAgo};
    const auto row = [&](const QString& name, auto cell) {
        QStringList cells{name};
        for (const auto* period : periods)
            cells.append(cell(*period));
        table.rows.append(cells);
    };
    row(Messages::tr("MRR at end"),
        [&](const metrics::PeriodMetrics& p) { return formatMrr(p.endMrr, r, locale); });
    row(Messages::tr("NRR"),
        [&](const metrics::PeriodMetrics& p) { return formatPercent(p.nrr, locale); });
    row(Messages::tr("GRR"),
        [&](const metrics::PeriodMetrics& p) { return formatPercent(p.grr, locale); });
    row(Messages::tr("Logo retention"),
        [&](const metrics::PeriodMetrics& p) { return formatPercent(p.logoRetention, locale); });
    row(Messages::tr("Customer churn"), [&](const metrics::PeriodMetrics& p) {
        return formatPercent(1 - p.logoRetention, locale);
    });
    row(Messages::tr("Customers at end"),
        [&](const metrics::PeriodMetrics& p) { return locale.toString(p.customersEnd); });
    return table;
}

ReportTable movementTable(const QuarterlyReport& r, const QLocale& locale)
{
    ReportTable table{QStringLiteral("mrr_movements"),
                      Messages::tr("MRR movements by month"),
                      {Messages::tr("Month"), Messages::tr("Start MRR"), Messages::tr("New"),
                       Messages::tr("Expansion"), Messages::tr("Reactivation"),
                       Messages::tr("Contraction"), Messages::tr("Churn"), Messages::tr("End MRR")},
                      {},
                      numericAfter(1, 8),
                      {}};
    for (const auto& m : r.movements) {
        table.rows.append({m.month.toString(), formatMrr(m.startMrr, r, locale),
                           formatMrr(m.newMrr, r, locale), formatMrr(m.expansionMrr, r, locale),
                           formatMrr(m.reactivationMrr, r, locale),
                           formatMrr(-m.contractionMrr, r, locale),
                           formatMrr(-m.churnMrr, r, locale), formatMrr(m.endMrr, r, locale)});
    }
    return table;
}

ReportTable groupTable(const QString& key, const QString& title, const QString& groupName,
                       const std::vector<GroupRetention>& groups, const QuarterlyReport& r,
                       const QLocale& locale)
{
    ReportTable table{key,
                      title,
                      {groupName, Messages::tr("Start MRR"), Messages::tr("End MRR"),
                       Messages::tr("NRR"), Messages::tr("GRR"), Messages::tr("Logo retention"),
                       Messages::tr("Customers")},
                      {},
                      numericAfter(1, 7),
                      {}};
    for (const auto& group : groups) {
        const auto& f = group.figures;
        table.rows.append({group.group, formatMrr(f.startMrr, r, locale),
                           formatMrr(f.endMrr, r, locale), formatPercent(f.nrr, locale),
                           formatPercent(f.grr, locale), formatPercent(f.logoRetention, locale),
                           QStringLiteral("%1 → %2").arg(locale.toString(f.customersStart),
                                                         locale.toString(f.customersEnd))});
    }
    return table;
}

} // namespace

QString formatPercent(double fraction, const QLocale& locale)
{
    if (std::isnan(fraction))
        return QStringLiteral("–");
    return locale.toString(fraction * 100, 'f', 1) + locale.percent();
}

QString formatMrr(std::int64_t minor, const QuarterlyReport& report, const QLocale& locale)
{
    return metrics::formatMoney(minor, report.baseCurrency, locale);
}

QString describeScope(const ReportScope& scope)
{
    QStringList parts;
    if (!scope.segment.isEmpty())
        parts.append(Messages::tr("Segment %1").arg(scope.segment));
    if (!scope.owner.isEmpty())
        parts.append(Messages::tr("Owner %1").arg(scope.owner));
    return parts.isEmpty() ? Messages::tr("Whole book") : parts.join(QStringLiteral(", "));
}

std::vector<ReportTable> reportTables(const QuarterlyReport& report, const QLocale& locale,
                                      int listLimit)
{
    std::vector<ReportTable> tables{
        kpiTable(report, locale), movementTable(report, locale),
        groupTable(QStringLiteral("retention_by_segment"), Messages::tr("Retention by segment"),
                   Messages::tr("Segment"), report.bySegment, report, locale),
        groupTable(QStringLiteral("retention_by_owner"), Messages::tr("Retention by owner"),
                   Messages::tr("Owner"), report.byOwner, report, locale)};
    // In the order of the printed report: curve and cohorts, lost accounts, then health.
    auto shapes = shapeTables(report, locale, listLimit >= 0);
    auto lists = accountTables(report, locale, listLimit);
    tables.insert(tables.end(), shapes.begin(), shapes.begin() + 2);
    tables.insert(tables.end(), lists.begin(), lists.end());
    tables.insert(tables.end(), shapes.begin() + 2, shapes.end());
    tables.push_back(forecastTable(report, locale));
    return tables;
}

} // namespace tenure::report
