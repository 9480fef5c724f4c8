// The Retention view's work on a large book, each step the median of several
// runs, beside references measured in the same run:
//   read + compute   the book opened, its MRR history read and the full
//                    metric set computed (goal: at most 300 ms), beside the
//                    same monthly movements as one SQL query with CTEs;
//   filter change    the metric set recomputed for one segment and for one
//                    owner (goal: at most 150 ms);
//   chart render     each chart's first render (goal: at most 50 ms), beside
//                    an empty QChartView of the same size.
// Usage: bench_retention BOOK [RUNS]
#include "metrics/cohorttablemodel.h"
#include "metrics/historyloader.h"
#include "metrics/retentionoverview.h"
#include "retention/cohortheatmap.h"
#include "retention/movementschart.h"
#include "retention/survivalchart.h"
#include "store/book.h"
#include "store/sqlite.h"

#include <QApplication>
#include <QChartView>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace tenure;

namespace {

const QSize kChartSize(1100, 520);

// The median time of `runs` calls, in milliseconds.
double medianMs(int runs, const std::function<void()>& work)
{
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

void report(const char* what, double ms, double goal)
{
    std::printf("  %-44s %8.1f ms   (goal %4.0f ms: %s)\n", what, ms, goal,
                ms <= goal ? "met" : "MISSED");
}

// Monthly MRR per account at each month's end, then each month's new,
// expansion, contraction and churn: the arithmetic of docs/metrics.md as one
// SQL statement, the way a reporting query would do it.
const char* const kMovementsSql = R"(
WITH RECURSIVE
  months(m) AS (
    SELECT date(min(start_on), 'start of month') FROM subscription_periods
    UNION ALL SELECT date(m, '+1 month') FROM months WHERE m < date(?1, 'start of month', '-1 month')),
  month_mrr(m, a, v) AS (
    SELECT months.m, p.account_id, sum(p.mrr_minor) FROM months
    JOIN subscription_periods p
      ON p.start_on <= date(months.m, '+1 month', '-1 day')
     AND (p.end_on IS NULL OR p.end_on > date(months.m, '+1 month', '-1 day'))
    GROUP BY months.m, p.account_id),
  changes(m, before, now) AS (
    SELECT cur.m, coalesce(prev.v, 0), cur.v FROM month_mrr cur
    LEFT JOIN month_mrr prev ON prev.a = cur.a AND prev.m = date(cur.m, '-1 month')
    UNION ALL
    SELECT date(prev.m, '+1 month'), prev.v, 0 FROM month_mrr prev
    LEFT JOIN month_mrr cur ON cur.a = prev.a AND cur.m = date(prev.m, '+1 month')
    WHERE cur.a IS NULL AND prev.m < (SELECT max(m) FROM months))
SELECT m,
       sum(CASE WHEN before = 0 THEN now ELSE 0 END),
       sum(CASE WHEN before > 0 AND now > before THEN now - before ELSE 0 END),
       sum(CASE WHEN now > 0 AND now < before THEN before - now ELSE 0 END),
       sum(CASE WHEN now = 0 THEN before ELSE 0 END)
FROM changes GROUP BY m ORDER BY m)";

int sqlMonths(store::Connection& connection, const QDate& asOf)
{
    store::Statement statement = connection.prepare(kMovementsSql);
    statement.bind(1, asOf.toString(Qt::ISODate));
    int rows = 0;
    while (statement.step())
        ++rows;
    return rows;
}

void grabOnce(QWidget& widget)
{
    widget.resize(kChartSize);
    widget.grab();
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_retention BOOK [RUNS]\n");
        return 2;
    }
    const QString& path = args[1];
    const int runs = args.size() > 2 ? args[2].toInt() : 5;

    auto book = store::Book::open(path, store::Book::Access::ReadOnly);
    const QDate asOf = QDate::currentDate();
    metrics::MrrHistory history;
    const metrics::RetentionQuery everyone;
    metrics::RetentionOverview overview;

    const double read = medianMs(runs, [&] {
        auto opened = store::Book::open(path, store::Book::Access::ReadOnly);
        history = metrics::loadMrrHistory(opened->connection(), asOf);
    });
    const double compute =
        medianMs(runs, [&] { overview = metrics::computeRetentionOverview(history, everyone); });
    std::printf("%d accounts, %d months, as of %s; median of %d runs\n", history.accountCount(),
                history.monthCount(), qPrintable(asOf.toString(Qt::ISODate)), runs);
    report("book opened, MRR history read", read, 300);
    report("full metric set computed", compute, 300);
    report("read + compute", read + compute, 300);

    int sqlRows = 0;
    const double sql = medianMs(1, [&] { sqlRows = sqlMonths(book->connection(), asOf); });
    std::printf("  reference: movements as one SQL CTE query     %8.1f ms   (%d months; %.1fx "
                "ours)\n",
                sql, sqlRows, sql / (read + compute));

    metrics::RetentionQuery bySegment;
    bySegment.filter.segment = history.accounts().front().segment;
    metrics::RetentionQuery byOwner;
    byOwner.filter.owner = history.accounts().front().owner;
    report("recompute, one segment",
           medianMs(runs, [&] { metrics::computeRetentionOverview(history, bySegment); }), 150);
    report("recompute, one owner",
           medianMs(runs, [&] { metrics::computeRetentionOverview(history, byOwner); }), 150);
    metrics::RetentionQuery curvesBySegment = everyone;
    curvesBySegment.curvesBy = metrics::Stratification::Segment;
    const auto stratified = metrics::computeRetentionOverview(history, curvesBySegment);

    const double bare = medianMs(runs, [] {
        QChartView view;
        grabOnce(view);
    });
    std::printf("  reference: an empty QChartView's first render %8.1f ms\n", bare);
    const auto chart = [&](const char* what, const std::function<void()>& render) {
        const double ms = medianMs(runs, render);
        report(what, ms, 50);
        std::printf("    %.1fx the empty QChartView\n", ms / bare);
    };
    chart("survival curve, whole book", [&] {
        ui::SurvivalChart view;
        view.setCurves(overview.curves);
        grabOnce(view);
    });
    chart("survival curves by segment", [&] {
        ui::SurvivalChart view;
        view.setCurves(stratified.curves);
        grabOnce(view);
    });
    chart("MRR movements", [&] {
        ui::MovementsChart view;
        view.setMovements(overview.movements, history.baseCurrency());
        grabOnce(view);
    });
    chart("cohort heatmap", [&] {
        metrics::CohortTableModel model;
        model.setCohorts(overview.cohorts, metrics::CohortTableModel::Measure::Revenue);
        ui::CohortHeatmap view(&model);
        grabOnce(view);
    });
    return 0;
}
