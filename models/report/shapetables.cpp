#include "health/healthscore.h"
#include "tableparts.h"

#include <QCoreApplication>

#include <cmath>

namespace tenure::report {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::report::ReportTable)
};

// The months a printed curve's table keeps: the first year closely, then yearly.
bool isMilestone(double months)
{
    const int t = int(months);
    return t == 1 || t == 3 || t == 6 || t == 9 || (t >= 12 && t % 12 == 0) || t == 18;
}

ReportTable survivalTable(const QuarterlyReport& r, const QLocale& locale, bool brief)
{
    ReportTable table{QStringLiteral("retention_curve"),
                      Messages::tr("Retention curve (Kaplan-Meier)"),
                      {Messages::tr("Months since first payment"), Messages::tr("At risk"),
                       Messages::tr("Churned"), Messages::tr("Still paying"),
                       Messages::tr("95% band")},
                      {},
                      {true, true, true, true, true},
                      {}};
    for (const auto& s : r.survival.steps) {
        if (brief && !isMilestone(s.time))
            continue;
        table.rows.append({locale.toString(s.time, 'f', 0), locale.toString(s.atRisk),
                           locale.toString(s.events), formatPercent(s.survival, locale),
                           QStringLiteral("%1 – %2").arg(formatPercent(s.lower, locale),
                                                         formatPercent(s.upper, locale))});
    }
    if (r.survival.median)
        table.note = Messages::tr("Median lifetime: %1 months.")
                         .arg(locale.toString(*r.survival.median, 'f', 0));
    else
        table.note =
            Messages::tr("More than half of the accounts are still paying: no median yet.");
    return table;
}

ReportTable cohortTable(const QuarterlyReport& r, const QLocale& locale)
{
    ReportTable table{QStringLiteral("cohorts"),
                      Messages::tr("Signup cohorts"),
                      {Messages::tr("Cohort"), Messages::tr("Accounts")},
                      {},
                      {false, true},
                      {}};
    for (const int age : kCohortAges) {
        table.header.append(Messages::tr("%n month(s)", nullptr, age));
        table.numeric.append(true);
    }
    for (const auto& row : r.cohorts) {
        QStringList cells{row.cohort.toString(), locale.toString(row.size)};
        for (const int age : kCohortAges) {
            cells.append(age < static_cast<int>(row.activeAccounts.size())
                             ? QStringLiteral("%1 / %2").arg(
                                   locale.toString(std::lround(row.logoRetention(age) * 100)),
                                   locale.toString(std::lround(row.revenueRetention(age) * 100)))
                             : QString());
        }
        table.rows.append(cells);
    }
    table.note = Messages::tr("Each cell: % of logos kept / % of revenue kept (net) at that age. "
                              "Empty cells lie past the as-of date.");
    return table;
}

ReportTable healthTable(const QuarterlyReport& r, const QLocale& locale)
{
    ReportTable table{QStringLiteral("health_distribution"),
                      Messages::tr("Health distribution"),
                      {Messages::tr("Health"), Messages::tr("Paying accounts")},
                      {},
                      {false, true},
                      {}};
    for (int bucket = 0; bucket < 10; ++bucket) {
        table.rows.append(
            {QStringLiteral("%1–%2").arg(bucket * 10).arg(bucket == 9 ? 100 : bucket * 10 + 9),
             locale.toString(r.healthBuckets[static_cast<std::size_t>(bucket)])});
    }
    table.rows.append({Messages::tr("No data to score"), locale.toString(r.unscoredAccounts)});
    return table;
}

ReportTable quadrantTable(const QuarterlyReport& r, const QLocale& locale)
{
    ReportTable table{QStringLiteral("two_by_two"),
                      Messages::tr("Outcome × experience"),
                      {Messages::tr("Quadrant"), Messages::tr("Accounts"), Messages::tr("MRR")},
                      {},
                      {false, true, true},
                      {}};
    for (const auto quadrant :
         {health::Quadrant::Thriving, health::Quadrant::Trapped, health::Quadrant::SilentRisk,
          health::Quadrant::Rescue, health::Quadrant::Unknown}) {
        const auto index = static_cast<std::size_t>(quadrant);
        table.rows.append({health::quadrantTitle(quadrant),
                           locale.toString(r.quadrantAccounts[index]),
                           formatMrr(r.quadrantMrr[index], r, locale)});
    }
    return table;
}

} // namespace

std::vector<ReportTable> shapeTables(const QuarterlyReport& report, const QLocale& locale,
                                     bool brief)
{
    return {survivalTable(report, locale, brief), cohortTable(report, locale),
            healthTable(report, locale), quadrantTable(report, locale)};
}

} // namespace tenure::report
