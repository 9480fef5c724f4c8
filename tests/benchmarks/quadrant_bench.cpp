// Prints how long the health of a whole book takes and how long the
// two-by-two takes to repaint, each beside a reference measured in the same
// run, and their ratio (quadrant_bench.sh runs it on a 100,000-account book):
//   (a) loadSignals + evaluateBook (health and risk reasons) for every account;
//       references: one pass of plain arithmetic over every signal row loaded,
//       and SQLite stepping the usage rows the loader reads (its largest table).
//   (b) a full paint of QuadrantChart with 20,000 accounts;
//       reference: a full paint of a bare QWidget of the same size filling itself.
//   bench_quadrant BOOK YYYY-MM-DD
#include "health/quadrantmap.h"
#include "health/signalsloader.h"
#include "quadrant/quadrantchart.h"
#include "store/book.h"
#include "store/sqlite.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace tenure;

namespace {

constexpr std::size_t kChartAccounts = 20000;
constexpr int kRepaints = 30;

double milliseconds(const std::function<void()>& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

// The floor under evaluateBook: touch every loaded signal once with a sum.
double touchEverySignal(const std::vector<health::AccountSignals>& accounts)
{
    double sum = 0;
    for (const auto& account : accounts) {
        sum += static_cast<double>(account.mrrNow - account.mrr90DaysAgo) + account.seats;
        for (const auto& week : account.usage)
            sum += week.activeUsers + week.sessions + week.keyEvents;
        for (const auto& ticket : account.tickets)
            sum += ticket.escalated + (ticket.closed.isValid() ? 1 : 0);
        for (const auto& survey : account.surveys)
            sum += survey.score;
        for (const auto& goal : account.goals)
            sum += goal.achieved / std::max(goal.target, 1.0);
        sum += static_cast<double>(account.contacts.size() + account.requests.size() +
                                   account.events.size() + (account.lastAction ? 1 : 0));
    }
    return sum;
}

// The floor under loadSignals' largest read: the same usage rows stepped by
// SQLite and summed, with no dates parsed and nothing built.
std::int64_t scanUsage(store::Connection& connection, const QDate& asOf, int usageDays)
{
    auto rows = connection.prepare(
        "SELECT account_id, period_start, active_users, sessions, key_events, period_days "
        "FROM usage WHERE period_start <= ?1 AND period_start > ?2 "
        "ORDER BY account_id, period_start");
    rows.bind(1, asOf.toString(Qt::ISODate));
    rows.bind(2, asOf.addDays(-usageDays).toString(Qt::ISODate));
    std::int64_t sum = 0;
    while (rows.step())
        sum += rows.intValue(0) + rows.intValue(2) + rows.intValue(3) + rows.intValue(4);
    return sum;
}

class BareWidget : public QWidget
{
protected:
    void paintEvent(QPaintEvent*) override { QPainter(this).fillRect(rect(), palette().base()); }
};

// One full paintEvent into an image of the widget's size, as the raster
// backing store paints a window (QWidget::repaint() paints nothing until a
// window is exposed, which an offscreen run never reports synchronously).
double paintOnce(QWidget& widget)
{
    QImage image(widget.size(), QImage::Format_ARGB32_Premultiplied);
    return milliseconds([&] { widget.render(&image); });
}

double medianRepaint(QWidget& widget)
{
    std::vector<double> samples;
    samples.reserve(kRepaints);
    for (int i = 0; i < kRepaints; ++i)
        samples.push_back(paintOnce(widget));
    return median(samples);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QDate asOf = QDate::fromString(args.value(2), Qt::ISODate);
    if (args.size() != 3 || !asOf.isValid()) {
        std::fprintf(stderr, "usage: bench_quadrant BOOK YYYY-MM-DD\n");
        return 2;
    }
    auto book = store::Book::open(args[1], store::Book::Access::ReadOnly);
    const auto config = health::loadHealthConfig(book->connection());

    std::vector<health::AccountSignals> accounts;
    health::BookHealth scored;
    const double load =
        milliseconds([&] { accounts = health::loadSignals(book->connection(), asOf); });
    const double evaluate =
        milliseconds([&] { scored = health::evaluateBook(accounts, asOf, config); });
    double sum = 0;
    const double reference = milliseconds([&] { sum = touchEverySignal(accounts); });
    std::int64_t usageSum = 0;
    const double usageScan = milliseconds([&] {
        usageSum = scanUsage(book->connection(), asOf, health::usageWindowDays(config.thresholds));
    });
    std::size_t reasons = 0;
    for (const auto& account : scored.accounts)
        reasons += account.reasons.size();
    std::printf("(a) health + reasons, %zu accounts (%zu paying, %zu reasons; checksum %.0f)\n",
                accounts.size(), scored.accounts.size(), reasons, sum);
    std::printf("    loadSignals %.0f ms + evaluateBook %.0f ms = %.0f ms (goal <= 1000 ms)\n",
                load, evaluate, load + evaluate);
    std::printf("    reference, one arithmetic pass over the same signals: %.1f ms; "
                "evaluateBook / reference = %.1fx\n",
                reference, evaluate / reference);
    std::printf("    reference, SQLite stepping the usage rows loadSignals reads (no parsing; sum "
                "%lld): %.0f ms; loadSignals / that = %.1fx\n",
                static_cast<long long>(usageSum), usageScan, load / usageScan);

    auto map = std::make_shared<health::QuadrantMap>(
        health::placeAccounts(scored, accounts.empty() ? QString() : accounts.front().currency));
    if (map->points.size() > kChartAccounts)
        map->points.resize(kChartAccounts);
    std::vector<std::size_t> all(map->points.size());
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = i;
    ui::QuadrantChart chart;
    chart.resize(1100, 760);
    chart.setData(map, all);
    BareWidget bare;
    bare.resize(chart.size());
    const double firstPaint = paintOnce(chart);
    const double chartPaint = medianRepaint(chart);
    const double barePaint = medianRepaint(bare);
    std::printf("(b) two-by-two repaint, %zu accounts, %dx%d px, median of %d\n",
                chart.visibleCount(), chart.width(), chart.height(), kRepaints);
    std::printf(
        "    QuadrantChart %.1f ms (first paint, dots not yet cached: %.1f ms; goal <= 50 ms)\n",
        chartPaint, firstPaint);
    std::printf("    reference, bare QWidget filling itself: %.2f ms; ratio %.1fx\n", barePaint,
                chartPaint / barePaint);
    const QString dir = qEnvironmentVariable("TENURE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        chart.grab().save(dir + QStringLiteral("/quadrant-20k.png"));
    return 0;
}
