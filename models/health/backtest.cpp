#include "backtest.h"

#include "metrics/historyloader.h"
#include "metrics/retention.h"
#include "signalsloader.h"

#include <QJsonArray>

#include <algorithm>
#include <unordered_map>

namespace tenure::health {

double areaUnderCurve(const std::vector<BacktestObservation>& observations)
{
    // Mann-Whitney: rank by health ascending (worst first); ties share their mean rank.
    std::vector<BacktestObservation> sorted = observations;
    std::sort(sorted.begin(), sorted.end(),
              [](const auto& a, const auto& b) { return a.health < b.health; });
    double rankSumKept = 0;
    std::int64_t lost = 0, kept = 0;
    for (std::size_t i = 0; i < sorted.size();) {
        std::size_t j = i;
        while (j < sorted.size() && sorted[j].health == sorted[i].health)
            ++j;
        const double meanRank = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2;
        for (std::size_t k = i; k < j; ++k) {
            if (sorted[k].lost) {
                ++lost;
            } else {
                ++kept;
                rankSumKept += meanRank;
            }
        }
        i = j;
    }
    if (lost == 0 || kept == 0)
        return 0.5;
    // Kept accounts should rank high (healthy): U counts kept-above-lost pairs.
    const double u = rankSumKept - static_cast<double>(kept) * (kept + 1) / 2.0;
    return u / (static_cast<double>(lost) * static_cast<double>(kept));
}

double worstDecileLift(std::vector<BacktestObservation> observations)
{
    if (observations.size() < 10)
        return 0;
    std::sort(observations.begin(), observations.end(),
              [](const auto& a, const auto& b) { return a.health < b.health; });
    const auto count = [](auto begin, auto end) {
        return static_cast<double>(std::count_if(begin, end, [](const auto& o) { return o.lost; }));
    };
    const auto decile =
        observations.begin() + static_cast<std::ptrdiff_t>(observations.size() / 10);
    const double overall =
        count(observations.begin(), observations.end()) / static_cast<double>(observations.size());
    const double worst =
        count(observations.begin(), decile) / static_cast<double>(decile - observations.begin());
    return overall > 0 ? worst / overall : 0;
}

std::vector<CalibrationBand> calibrationTable(const std::vector<BacktestObservation>& observations)
{
    std::vector<CalibrationBand> bands;
    for (int low = 0; low < 100; low += 20)
        bands.push_back({low, low + 20, 0, 0});
    for (const BacktestObservation& observation : observations) {
        const auto band = std::min<std::size_t>(
            4, static_cast<std::size_t>(std::max(0.0, observation.health) / 20));
        ++bands[band].accounts;
        bands[band].lost += observation.lost;
    }
    return bands;
}

BacktestResult backtest(store::Connection& connection, const QDate& today, int horizonDays,
                        int quarters)
{
    BacktestResult result;
    result.horizonDays = horizonDays;
    const HealthConfig config = loadHealthConfig(connection);
    const auto history = metrics::loadMrrHistory(connection, today);
    std::unordered_map<std::int64_t, int> indexOf;
    for (int i = 0; i < history.accountCount(); ++i)
        indexOf.emplace(history.accounts()[static_cast<std::size_t>(i)].id, i);

    // Quarter ends of the book's fiscal year, newest first, whose horizon has passed.
    const metrics::Month month = metrics::Month::of(today);
    QDate quarterEnd = metrics::periodsBetween(month, month, metrics::Granularity::Quarter,
                                               history.conventions().fiscalYearStartMonth)
                           .front()
                           .first.firstDay()
                           .addDays(-1);
    std::vector<BacktestObservation> observations;
    while (static_cast<int>(result.dates.size()) < quarters) {
        if (quarterEnd.addDays(horizonDays) <= today) {
            result.dates.insert(result.dates.begin(), quarterEnd);
            const auto signals_ = loadSignals(connection, quarterEnd);
            const auto scored = evaluateBook(signals_, quarterEnd, config);
            const auto later = metrics::Month::of(quarterEnd.addDays(horizonDays));
            for (const AccountHealth& account : scored.accounts) {
                if (!account.score.overall)
                    continue;
                const int index = indexOf.at(account.id);
                const auto start = history.mrr(index, metrics::Month::of(quarterEnd));
                bool lost = false;
                for (auto month = metrics::Month::of(quarterEnd) + 1; month <= later;
                     month = month + 1)
                    lost = lost || history.mrr(index, month) < start;
                observations.push_back({quarterEnd, account.id, *account.score.overall, lost});
            }
        }
        quarterEnd = QDate(quarterEnd.year(), quarterEnd.month(), 1).addMonths(-2).addDays(-1);
    }
    result.observations = static_cast<int>(observations.size());
    result.lost = static_cast<int>(std::count_if(observations.begin(), observations.end(),
                                                 [](const auto& o) { return o.lost; }));
    result.auc = areaUnderCurve(observations);
    result.worstDecileLift = worstDecileLift(observations);
    result.calibration = calibrationTable(observations);
    return result;
}

QJsonObject BacktestResult::toJson() const
{
    QJsonArray dateList;
    for (const QDate& date : dates)
        dateList.append(date.toString(Qt::ISODate));
    QJsonArray bands;
    for (const CalibrationBand& band : calibration) {
        bands.append(QJsonObject{{QStringLiteral("health_from"), band.low},
                                 {QStringLiteral("health_to"), band.high},
                                 {QStringLiteral("accounts"), band.accounts},
                                 {QStringLiteral("lost"), band.lost},
                                 {QStringLiteral("loss_rate"), band.lossRate()}});
    }
    return {{QStringLiteral("horizon_days"), horizonDays},
            {QStringLiteral("dates"), dateList},
            {QStringLiteral("observations"), observations},
            {QStringLiteral("lost"), lost},
            {QStringLiteral("auc"), auc},
            {QStringLiteral("worst_decile_lift"), worstDecileLift},
            {QStringLiteral("calibration"), bands}};
}

} // namespace tenure::health
