// How well health reads the held-out planted book (tests/health/plantedbook/:
// 600 accounts from CSV files, nine causes planted on 25 each, the rest
// healthy with noise and some sources missing), imported through the real
// import path and evaluated as of its last day. Prints per reason its recall
// (planted accounts where it fired, and where it was the top reason) and
// precision (of the accounts it fired on, those planted with it); the share
// of healthy accounts at risk; the quadrant counts; the health distribution;
// and the time evaluateBook takes for 100,000 accounts (the book's signals
// repeated), the median of five runs.
//   bench_health_quality [SEED]
#include "common/tempbook.h"
#include "health/riskreason.h"
#include "health/signalsloader.h"
#include "plantedbook/plantedbook.h"
#include "plantedbook/scoredcsvbook.h"
#include "today/todaybrief.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>

#include <algorithm>
#include <array>
#include <cstdio>

using namespace tenure;

namespace {

constexpr std::size_t kTimedAccounts = 100000;

bool atRisk(const health::AccountHealth& account)
{
    today::AccountLine line;
    line.health = account.score.overall;
    line.topSeverity = account.reasons.empty() ? 0 : account.reasons.front().severity;
    return line.isAtRisk();
}

void printReasons(const test::PlantedBook& planted, const test::ScoredCsvBook& scored)
{
    QMap<QString, int> plantedCount, firedOnPlanted, topOnPlanted, firedAll;
    for (const auto& account : planted.accounts) {
        const auto* health = scored.account(account.externalId);
        if (!health)
            continue;
        plantedCount[account.cause] += 1;
        for (const auto& reason : health->reasons) {
            firedAll[reason.code] += 1;
            firedOnPlanted[reason.code] += reason.code == account.cause;
        }
        topOnPlanted[account.cause] +=
            !health->reasons.empty() && health->reasons.front().code == account.cause;
    }
    std::printf("%-22s %8s %8s %10s %10s\n", "reason", "planted", "recall", "top recall",
                "precision");
    for (const QString& code : health::allReasonCodes()) {
        const int n = plantedCount.value(code);
        const int fired = firedAll.value(code);
        std::printf("%-22s %8d %7.0f%% %9.0f%% %9.0f%%  (fired on %d)\n", qPrintable(code), n,
                    n ? 100.0 * firedOnPlanted.value(code) / n : 0.0,
                    n ? 100.0 * topOnPlanted.value(code) / n : 0.0,
                    fired ? 100.0 * firedOnPlanted.value(code) / fired : 0.0, fired);
    }
}

void printHealthy(const test::PlantedBook& planted, const test::ScoredCsvBook& scored)
{
    int healthy = 0, flagged = 0, noExperience = 0, unsurveyed = 0;
    std::array<int, 11> bands{}; // health 0-9, 10-19, ..., 90-100; the last: no score
    for (const auto& account : planted.accounts) {
        if (!account.cause.isEmpty())
            continue;
        const auto* health = scored.account(account.externalId);
        ++healthy;
        flagged += atRisk(*health);
        unsurveyed += !account.surveyed;
        noExperience += !account.surveyed && !health->score.experience.score;
        const auto& overall = health->score.overall;
        ++bands[overall ? std::min<std::size_t>(9, static_cast<std::size_t>(*overall / 10)) : 10];
    }
    std::printf("\nhealthy accounts at risk: %d of %d (%.1f%%)\n", flagged, healthy,
                100.0 * flagged / healthy);
    std::printf("healthy without a survey answer whose experience is null: %d of %d\n",
                noExperience, unsurveyed);
    std::printf("health of the healthy accounts:\n");
    for (std::size_t b = 0; b < 10; ++b)
        std::printf("  %3zu-%-3zu %4d\n", b * 10, b == 9 ? 100 : b * 10 + 9, bands[b]);
    std::printf("  no score %4d\n", bands[10]);
}

void printQuadrants(const test::ScoredCsvBook& scored)
{
    std::array<int, 5> counts{};
    std::array<int, 10> bands{};
    for (const auto& account : scored.health.accounts) {
        ++counts[static_cast<std::size_t>(account.quadrant)];
        if (account.score.overall)
            ++bands[std::min<std::size_t>(9,
                                          static_cast<std::size_t>(*account.score.overall / 10))];
    }
    std::printf("\nquadrants of all %zu accounts:\n", scored.health.accounts.size());
    for (const auto quadrant :
         {health::Quadrant::Thriving, health::Quadrant::Trapped, health::Quadrant::SilentRisk,
          health::Quadrant::Rescue, health::Quadrant::Unknown})
        std::printf("  %-12s %4d\n", qPrintable(health::quadrantCode(quadrant)),
                    counts[static_cast<std::size_t>(quadrant)]);
    std::printf("health of all accounts:\n");
    for (std::size_t b = 0; b < 10; ++b)
        std::printf("  %3zu-%-3zu %4d\n", b * 10, b == 9 ? 100 : b * 10 + 9, bands[b]);
}

void printTiming(store::Connection& connection, const QDate& asOf)
{
    const auto book = health::loadSignals(connection, asOf);
    std::vector<health::AccountSignals> many;
    many.reserve(kTimedAccounts);
    for (std::size_t i = 0; i < kTimedAccounts; ++i) {
        many.push_back(book[i % book.size()]);
        many.back().id = static_cast<std::int64_t>(i + 1);
    }
    const auto config = health::loadHealthConfig(connection);
    std::vector<double> runs;
    std::size_t scoredCount = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer timer;
        timer.start();
        scoredCount = health::evaluateBook(many, asOf, config).accounts.size();
        runs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(runs.begin(), runs.end());
    std::printf("\nevaluateBook, %zu accounts (%zu paying): median %.0f ms (min %.0f, max %.0f)\n",
                many.size(), scoredCount, runs[2], runs.front(), runs.back());
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    test::PlantedOptions options;
    if (argc > 1)
        options.seed = std::strtoull(argv[1], nullptr, 10);
    test::TempFolder folder;
    const auto planted = test::writePlantedBook(folder.path(QString()), options);
    const auto scored = test::importAndScore(folder.path(QStringLiteral("planted.tenure")),
                                             planted.files, planted.asOf);
    if (!scored.import.committed) {
        std::fprintf(stderr, "the planted book did not import\n");
        return 1;
    }
    std::printf("planted book, seed %llu, as of %s\n\n",
                static_cast<unsigned long long>(options.seed),
                qPrintable(planted.asOf.toString(Qt::ISODate)));
    printReasons(planted, scored);
    printHealthy(planted, scored);
    printQuadrants(scored);
    printTiming(scored.book->connection(), planted.asOf);
    return 0;
}
