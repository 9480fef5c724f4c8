#include "backtest.h"

#include "metrics/historyloader.h"
#include "metrics/retention.h"

#include <QJsonArray>

#include <algorithm>
#include <iterator>
#include <unordered_map>

namespace tenure::health {

bool BacktestObservation::had(Outcome outcome) const
{
    switch (outcome) {
    case Outcome::Churn:
        return churned;
    case Outcome::Contraction:
        return contracted;
    case Outcome::Either:
        break;
    }
    return lost();
}

double areaUnderCurve(const std::vector<BacktestObservation>& observations, Outcome outcome)
{
    // Mann-Whitney: rank by health ascending (worst first); ties share their mean rank.
    std::vector<BacktestObservation> sorted;
    std::copy_if(observations.begin(), observations.end(), std::back_inserter(sorted),
                 [outcome](const auto& o) { return o.had(outcome) || !o.lost(); });
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
            if (sorted[k].lost()) {
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
        return static_cast<double>(
            std::count_if(begin, end, [](const auto& o) { return o.lost(); }));
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
        bands[band].lost += observation.lost();
    }
    return bands;
}

namespace {

// The previous quarter end of the fiscal year before `quarterEnd`.
QDate quarterEndBefore(const QDate& quarterEnd)
{
    return QDate(quarterEnd.year(), quarterEnd.month(), 1).addMonths(-2).addDays(-1);
}

// What happened to an account paying `start` at the quarter end, month by
// month up to the horizon's month.
void followUp(BacktestObservation& observation, const metrics::MrrHistory& history, int index,
              metrics::Month from, metrics::Month to)
{
    std::int64_t lowest = observation.mrr;
    for (auto month = from + 1; month <= to; month = month + 1)
        lowest = std::min(lowest, history.mrr(index, month));
    observation.churned = lowest <= 0;
    observation.contracted = !observation.churned && lowest < observation.mrr;
    if (observation.contracted)
        observation.contractedShare =
            static_cast<double>(observation.mrr - lowest) / static_cast<double>(observation.mrr);
}

// `count` of `ids`, spread evenly over them (their order kept).
std::vector<std::int64_t> evenlySpread(const std::vector<std::int64_t>& ids, std::size_t count)
{
    std::vector<std::int64_t> spread;
    spread.reserve(count);
    for (std::size_t i = 0; i < count; ++i)
        spread.push_back(ids[i * ids.size() / count]);
    return spread;
}

std::vector<ReasonLift> liftsOf(const std::vector<BacktestObservation>& observations)
{
    std::vector<ReasonLift> lifts;
    for (const QString& code : allReasonCodes()) {
        int fired = 0, firedChurned = 0, quietChurned = 0;
        for (const BacktestObservation& observation : observations) {
            const bool firedHere = observation.reasons.contains(code);
            fired += firedHere;
            firedChurned += firedHere && observation.churned;
            quietChurned += !firedHere && observation.churned;
        }
        if (fired > 0) {
            lifts.push_back(reasonLift(code, fired, firedChurned,
                                       static_cast<int>(observations.size()) - fired,
                                       quietChurned));
        }
    }
    return lifts;
}

} // namespace

BacktestSample sampleBook(store::Connection& connection, const QDate& today, int horizonDays,
                          int quarters, const SampleWork& work)
{
    DatedScores ownScores;
    DatedScores* scores = work.scores ? work.scores : &ownScores;
    const auto maxAccounts = static_cast<std::size_t>(std::max(work.maxAccounts, 0));
    BacktestSample sample;
    sample.horizonDays = horizonDays;
    sample.dataThrough = scores->dataThrough(connection, today);
    if (!sample.dataThrough.isValid())
        return sample;
    const HealthConfig config = loadHealthConfig(connection);
    const auto history = metrics::loadMrrHistory(connection, today);
    std::unordered_map<std::int64_t, int> indexOf;
    for (int i = 0; i < history.accountCount(); ++i)
        indexOf.emplace(history.accounts()[static_cast<std::size_t>(i)].id, i);
    const auto payingAt = [&](metrics::Month month) {
        std::vector<std::int64_t> paying;
        for (int i = 0; i < history.accountCount(); ++i) {
            if (history.mrr(i, month) > 0)
                paying.push_back(history.accounts()[static_cast<std::size_t>(i)].id);
        }
        return paying;
    };

    // Quarter ends of the book's fiscal year, newest first, whose horizon has passed.
    const metrics::Month month = metrics::Month::of(today);
    QDate quarterEnd = metrics::periodsBetween(month, month, metrics::Granularity::Quarter,
                                               history.conventions().fiscalYearStartMonth)
                           .front()
                           .first.firstDay()
                           .addDays(-1);
    const QDate firstDay = history.firstMonth().firstDay();
    for (; static_cast<int>(sample.dates.size()) < quarters && quarterEnd >= firstDay;
         quarterEnd = quarterEndBefore(quarterEnd)) {
        const QDate horizonEnd = quarterEnd.addDays(horizonDays);
        if (horizonEnd > today)
            continue;
        const auto start = metrics::Month::of(quarterEnd);
        if (horizonEnd > sample.dataThrough) {
            sample.pastData.insert(sample.pastData.begin(), quarterEnd);
            sample.pastDataAccounts += static_cast<int>(payingAt(start).size());
            continue;
        }
        sample.dates.insert(sample.dates.begin(), quarterEnd);
        const std::vector<std::int64_t> paying = payingAt(start);
        std::optional<std::vector<std::int64_t>> sampled;
        if (maxAccounts > 0 && paying.size() > maxAccounts)
            sampled = evenlySpread(paying, maxAccounts);
        if (work.progress && work.progress->isCancelled())
            throw Cancelled();
        sample.payingAccounts += static_cast<int>(paying.size());
        sample.sampledAccounts += static_cast<int>(sampled ? sampled->size() : paying.size());
        for (const DatedScores::Scored& account :
             scores->at(connection, quarterEnd, config, sampled)) {
            const int index = indexOf.at(account.id);
            BacktestObservation observation;
            observation.mrr = history.mrr(index, start);
            if (!account.overall || observation.mrr <= 0)
                continue;
            observation.asOf = quarterEnd;
            observation.accountId = account.id;
            observation.health = *account.overall;
            observation.reasons = account.reasons;
            followUp(observation, history, index, start, metrics::Month::of(horizonEnd));
            sample.observations.push_back(std::move(observation));
        }
    }
    return sample;
}

BacktestResult summarise(const BacktestSample& sample)
{
    BacktestResult result;
    result.horizonDays = sample.horizonDays;
    result.dataThrough = sample.dataThrough;
    result.dates = sample.dates;
    result.pastData = sample.pastData;
    result.pastDataAccounts = sample.pastDataAccounts;
    const auto& observations = sample.observations;
    result.observations = static_cast<int>(observations.size());
    const auto figures = [&](Outcome outcome) {
        OutcomeFigures figures;
        figures.events =
            static_cast<int>(std::count_if(observations.begin(), observations.end(),
                                           [&](const auto& o) { return o.had(outcome); }));
        figures.rate = observations.empty() ? 0 : double(figures.events) / observations.size();
        figures.auc = areaUnderCurve(observations, outcome);
        return figures;
    };
    result.churn = figures(Outcome::Churn);
    result.contraction = figures(Outcome::Contraction);
    result.either = figures(Outcome::Either);
    result.worstDecileLift = worstDecileLift(observations);
    result.calibration = calibrationTable(observations);
    result.reasonLifts = liftsOf(observations);
    return result;
}

BacktestResult backtest(store::Connection& connection, const QDate& today, int horizonDays,
                        int quarters)
{
    return summarise(sampleBook(connection, today, horizonDays, quarters));
}

namespace {

QJsonValue optionalJson(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonArray datesJson(const std::vector<QDate>& dates)
{
    QJsonArray list;
    for (const QDate& date : dates)
        list.append(date.toString(Qt::ISODate));
    return list;
}

QJsonObject outcomeJson(const OutcomeFigures& figures)
{
    return {{QStringLiteral("events"), figures.events},
            {QStringLiteral("rate"), figures.rate},
            {QStringLiteral("auc"), figures.auc}};
}

} // namespace

QJsonObject BacktestResult::toJson() const
{
    QJsonArray bands;
    for (const CalibrationBand& band : calibration) {
        bands.append(QJsonObject{{QStringLiteral("health_from"), band.low},
                                 {QStringLiteral("health_to"), band.high},
                                 {QStringLiteral("accounts"), band.accounts},
                                 {QStringLiteral("lost"), band.lost},
                                 {QStringLiteral("loss_rate"), band.lossRate()}});
    }
    QJsonArray lifts;
    for (const ReasonLift& lift : reasonLifts) {
        lifts.append(QJsonObject{{QStringLiteral("code"), lift.code},
                                 {QStringLiteral("fired"), lift.fired},
                                 {QStringLiteral("churned_where_fired"), lift.firedChurned},
                                 {QStringLiteral("not_fired"), lift.quiet},
                                 {QStringLiteral("churned_where_not_fired"), lift.quietChurned},
                                 {QStringLiteral("lift"), optionalJson(lift.lift)},
                                 {QStringLiteral("lift_low_95"), optionalJson(lift.low)},
                                 {QStringLiteral("lift_high_95"), optionalJson(lift.high)}});
    }
    return {{QStringLiteral("horizon_days"), horizonDays},
            {QStringLiteral("data_through"),
             dataThrough.isValid() ? QJsonValue(dataThrough.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("dates"), datesJson(dates)},
            {QStringLiteral("dates_past_data"), datesJson(pastData)},
            {QStringLiteral("accounts_past_data"), pastDataAccounts},
            {QStringLiteral("observations"), observations},
            {QStringLiteral("churn"), outcomeJson(churn)},
            {QStringLiteral("contraction"), outcomeJson(contraction)},
            {QStringLiteral("churn_or_contraction"), outcomeJson(either)},
            {QStringLiteral("worst_decile_lift"), worstDecileLift},
            {QStringLiteral("calibration"), bands},
            {QStringLiteral("reason_lifts"), lifts}};
}

} // namespace tenure::health
