#include "quarterlyreport.h"

#include "core/progress.h"
#include "metrics/historyloader.h"
#include "metrics/selection.h"
#include "metrics/survivalstrata.h"
#include "reportparts.h"
#include "store/sqlite.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <exception>
#include <future>
#include <limits>

namespace tenure::report {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::report::QuarterlyReport)
};

constexpr int kStages = 6;

void step(Progress& progress, int done, const QString& stage)
{
    if (progress.isCancelled())
        throw Cancelled();
    progress.report(done, kStages, stage);
}

// The two forecasts share 7 of their 8 quarter ends in `scores`.
void addForecasts(store::Connection& connection, const metrics::MrrHistory& history,
                  health::DatedScores& scores, QuarterlyReport& report, Progress& progress)
{
    const forecast::ForecastScope scope{report.scope.owner, report.scope.segment};
    scores.readDataThrough(connection, {forecast::forecastDate(report.quarter, report.asOf),
                                        forecast::forecastDate(report.quarter.next(), report.asOf),
                                        report.asOf});
    if (forecast::canForecast(report.quarter, report.asOf))
        report.quarterForecast =
            forecast::forecastQuarter(connection, report.quarter, report.asOf, scope,
                                      {&scores, nullptr, &progress, &history});
    if (forecast::canForecast(report.quarter.next(), report.asOf))
        report.nextQuarterForecast =
            forecast::forecastQuarter(connection, report.quarter.next(), report.asOf, scope,
                                      {&scores, nullptr, &progress, &history});
}

// The quarter's figures; an empty row (NaN ratios) when the book has no data for it.
metrics::PeriodMetrics quarterMetrics(const metrics::MrrHistory& history,
                                      std::span<const int> accounts, const Quarter& quarter,
                                      const QString& group = {})
{
    if (history.monthCount() > 0 && quarter.firstMonth() <= history.lastMonth()) {
        auto rows = metrics::periodMetrics(history, accounts, quarter.firstMonth(),
                                           quarter.lastMonth(), metrics::Granularity::Quarter,
                                           history.conventions().method, group);
        if (!rows.empty())
            return rows.front();
    }
    metrics::PeriodMetrics empty;
    empty.period = quarter.period();
    empty.group = group;
    empty.nrr = empty.grr = empty.logoRetention = std::numeric_limits<double>::quiet_NaN();
    return empty;
}

std::vector<GroupRetention> byGroup(const metrics::MrrHistory& history,
                                    std::span<const int> accounts, const Quarter& quarter,
                                    metrics::AccountField field)
{
    std::vector<GroupRetention> groups;
    for (const auto& [value, members] : metrics::partition(history, accounts, field)) {
        const QString name = value.isEmpty() ? Messages::tr("(none)") : value;
        groups.push_back({name, quarterMetrics(history, members, quarter, name)});
    }
    return groups;
}

// The worker's exception travels back as an exception_ptr: QtConcurrent
// would turn a BookError into QUnhandledException.
using StartReasons = std::pair<RiskReasonsById, std::exception_ptr>;

// The accounts arrive through `accountIds` once the caller knows them; the
// worker reads the book-wide signals meanwhile.
QFuture<StartReasons> detectOnWorker(const QString& bookPath, const QDate& date,
                                     std::shared_future<std::vector<std::int64_t>> accountIds)
{
    return QtConcurrent::run([bookPath, date, accountIds] {
        try {
            store::Connection own(bookPath, store::Connection::Mode::ReadOnly);
            return StartReasons(detectRiskReasonsOf(own, date, [&] { return accountIds.get(); }),
                                nullptr);
        } catch (...) {
            return StartReasons(RiskReasonsById(), std::current_exception());
        }
    });
}

} // namespace

bool inScope(const ReportScope& scope, const QString& segment, const QString& owner)
{
    return (scope.segment.isEmpty() || scope.segment == segment) &&
           (scope.owner.isEmpty() || scope.owner == owner);
}

QuarterlyReport buildQuarterlyReport(store::Connection& connection, const Quarter& quarter,
                                     const ReportScope& scope, const QDate& asOf,
                                     Progress& progress)
{
    QuarterlyReport report;
    report.quarter = quarter;
    report.scope = scope;
    report.asOf = asOf;

    // Health on two dates is most of the work. The lost accounts' reasons at
    // the quarter's first day are read on a worker with its own connection:
    // from the start, the whole book's usage (for its danger zone); then, once
    // this thread has found the lost accounts, their details. Meanwhile this
    // thread computes the metrics and scores the as-of date.
    std::promise<std::vector<std::int64_t>> lostIds;
    auto startReasons = detectOnWorker(connection.path(), quarterStartHealthDate(quarter, asOf),
                                       lostIds.get_future().share());
    bool lostIdsSent = false;
    // Never leave the worker waiting or running behind an exception (cancel included).
    const auto joinWorker = qScopeGuard([&] {
        if (!lostIdsSent)
            lostIds.set_value({});
        startReasons.waitForFinished();
    });

    step(progress, 0, Messages::tr("Reading MRR history"));
    const auto history = metrics::loadMrrHistory(connection, asOf);
    report.baseCurrency = history.baseCurrency();
    report.conventions = history.conventions();
    const auto accounts =
        metrics::selectAccounts(history, metrics::AccountFilter{scope.segment, scope.owner, {}});
    report.accountsInScope = static_cast<int>(accounts.size());

    step(progress, 1, Messages::tr("Computing retention"));
    report.current = quarterMetrics(history, accounts, quarter);
    report.previous = quarterMetrics(history, accounts, quarter.previous());
    report.yearAgo = quarterMetrics(history, accounts, quarter.yearBefore());
    if (history.monthCount() > 0) {
        const metrics::Month last = std::min(quarter.lastMonth(), history.lastMonth());
        const metrics::Month first = std::max(last - 11, history.firstMonth());
        if (first <= last)
            report.movements = metrics::monthlyMovements(history, accounts, first, last);
    }
    report.bySegment = byGroup(history, accounts, quarter, metrics::AccountField::Segment);
    report.byOwner = byGroup(history, accounts, quarter, metrics::AccountField::Owner);
    const auto strata =
        metrics::survivalByStratum(history, accounts, metrics::Stratification::None);
    if (!strata.empty())
        report.survival = strata.front().curve;
    report.cohorts = metrics::cohortTable(history, accounts);

    step(progress, 2, Messages::tr("Finding churned and contracted accounts"));
    collectLostAccounts(history, accounts, quarter, report);
    lostIds.set_value(lostAccountIds(report));
    lostIdsSent = true;
    step(progress, 3, Messages::tr("Scoring health"));
    health::DatedScores scores;
    assessHealth(connection, scores, report);
    step(progress, 4, Messages::tr("Reading risk reasons and actions"));
    const auto [reasons, error] = startReasons.result();
    if (error)
        std::rethrow_exception(error);
    explainLostAccounts(connection, reasons, quarter, report, progress);
    step(progress, 5, Messages::tr("Forecasting"));
    addForecasts(connection, history, scores, report, progress);
    progress.report(kStages, kStages, Messages::tr("Done"));
    return report;
}

} // namespace tenure::report
