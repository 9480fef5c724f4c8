#include "quarterforecast.h"

#include "health/calibration.h"
#include "health/signalsloader.h"
#include "metrics/historyloader.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <map>
#include <stdexcept>
#include <unordered_map>

namespace tenure::forecast {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::forecast::QuarterForecast)
};

// The chances are those of loss within 90 days of a quarter end: one quarter.
constexpr int kQuarterDays = 90;

std::vector<ExpectedLoss> groupedBy(const QuarterForecast& forecast,
                                    QString (*keyOf)(const AccountRisk&))
{
    std::map<QString, ExpectedLoss> groups;
    for (const AccountRisk& account : forecast.accounts) {
        const QString key = keyOf(account);
        ExpectedLoss& group = groups[key];
        group.key = key;
        ++group.accounts;
        const LossChance chance = account.chance(forecast.contractionShare);
        group.churnMinor += chance.churnLoss * chance.churnProbability;
        group.contractionMinor += chance.contractionLoss * chance.contractionProbability;
    }
    std::vector<ExpectedLoss> sorted;
    sorted.reserve(groups.size());
    for (auto& [key, group] : groups)
        sorted.push_back(group);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.total() > b.total(); });
    return sorted;
}

// What the accounts forecast lost in the quarter: all of it when their MRR
// fell to 0 in one of its months, else the largest fall.
ActualLoss actualLoss(const metrics::MrrHistory& history, const QuarterForecast& forecast)
{
    std::unordered_map<std::int64_t, int> indexOf;
    for (int i = 0; i < history.accountCount(); ++i)
        indexOf.emplace(history.accounts()[static_cast<std::size_t>(i)].id, i);
    ActualLoss actual;
    for (const AccountRisk& account : forecast.accounts) {
        const int index = indexOf.at(account.id);
        const std::int64_t start = account.arrMinor / 12;
        std::int64_t lowest = start;
        for (auto month = forecast.quarter.firstMonth(); month <= forecast.quarter.lastMonth();
             month = month + 1)
            lowest = std::min(lowest, history.mrr(index, month));
        if (lowest <= 0)
            actual.churnMinor += account.arrMinor;
        else
            actual.contractionMinor += (start - lowest) * 12;
    }
    return actual;
}

std::vector<health::DatedScores::Scored> scoredAccounts(const health::BookHealth& book)
{
    std::vector<health::DatedScores::Scored> scored;
    scored.reserve(book.accounts.size());
    for (const health::AccountHealth& account : book.accounts)
        scored.push_back(health::DatedScores::Scored::of(account));
    return scored;
}

void addAccounts(QuarterForecast& forecast, const std::vector<health::DatedScores::Scored>& scored,
                 const health::Calibration& churn, const health::Calibration& contraction)
{
    const ForecastScope& scope = forecast.scope;
    for (const health::DatedScores::Scored& account : scored) {
        if (account.mrr <= 0 || (!scope.owner.isEmpty() && account.owner != scope.owner) ||
            (!scope.segment.isEmpty() && account.segment != scope.segment))
            continue;
        if (!account.overall) {
            ++forecast.unscoredAccounts;
            forecast.unscoredArrMinor += account.mrr * 12;
            continue;
        }
        AccountRisk risk;
        risk.id = account.id;
        risk.name = account.name;
        risk.owner = account.owner;
        risk.topReason = account.reasons.empty() ? QString() : account.reasons.front();
        risk.arrMinor = account.mrr * 12;
        risk.churnProbability = churn.probability(*account.overall).value_or(0);
        risk.contractionProbability = contraction.probability(*account.overall).value_or(0);
        forecast.arrMinor += risk.arrMinor;
        forecast.accounts.push_back(risk);
    }
}

} // namespace

LossChance AccountRisk::chance(double contractionShare) const
{
    const auto arr = static_cast<double>(arrMinor);
    return {arr, churnProbability, arr * contractionShare, contractionProbability};
}

bool canForecast(const report::Quarter& quarter, const QDate& today)
{
    return quarter.firstDay() <=
           report::Quarter::containing(today, quarter.fiscalYearStartMonth).next().firstDay();
}

QDate forecastDate(const report::Quarter& quarter, const QDate& today)
{
    return std::min(quarter.firstDay().addDays(-1), today);
}

QuarterForecast forecastQuarter(store::Connection& connection, const report::Quarter& quarter,
                                const QDate& today, const ForecastScope& scope,
                                const ForecastWork& work)
{
    if (!canForecast(quarter, today))
        throw std::invalid_argument("the quarter starts after the next one");
    health::DatedScores ownScores;
    health::DatedScores* scores = work.scores ? work.scores : &ownScores;
    const auto checkCancelled = [&work] {
        if (work.progress && work.progress->isCancelled())
            throw Cancelled();
    };
    QuarterForecast forecast;
    forecast.quarter = quarter;
    forecast.asOf = forecastDate(quarter, today);
    forecast.scope = scope;
    forecast.baseCurrency = metrics::loadCurrencyConverter(connection).baseCurrency();

    const auto [churn, contraction, contractedShare] = health::calibrateChurnAndContraction(
        connection, forecast.asOf, kQuarterDays, *scores, work.progress);
    forecast.quarterEnds = churn.quarterEnds;
    forecast.churnEvents = churn.events;
    forecast.contractionEvents = contraction.events;
    if (!churn.isUsable()) {
        forecast.unavailable = churn.insufficient;
        return forecast;
    }
    if (contraction.isUsable())
        forecast.contractionShare = contractedShare;
    else
        forecast.contractionUnavailable = contraction.insufficient;

    checkCancelled();
    // Every account scored on the forecast's date: the caller's when it has
    // them, else the scores' (kept between runs in the derived cache).
    std::vector<health::DatedScores::Scored> given;
    if (work.scored && work.scored->asOf == forecast.asOf)
        given = scoredAccounts(*work.scored);
    addAccounts(forecast,
                given.empty() ? scores->at(connection, forecast.asOf,
                                           health::loadHealthConfig(connection), std::nullopt)
                              : given,
                churn, contraction);
    checkCancelled();
    std::vector<LossChance> chances;
    for (const AccountRisk& account : forecast.accounts) {
        chances.push_back(account.chance(forecast.contractionShare));
        forecast.expectedChurnMinor += chances.back().churnLoss * chances.back().churnProbability;
        forecast.expectedContractionMinor +=
            chances.back().contractionLoss * chances.back().contractionProbability;
    }
    forecast.band = simulateLosses(chances);
    forecast.byReason = groupedBy(forecast, [](const AccountRisk& a) { return a.topReason; });
    forecast.byOwner = groupedBy(forecast, [](const AccountRisk& a) { return a.owner; });
    if (quarter.lastDay() <= scores->dataThrough(connection, today)) {
        std::optional<metrics::MrrHistory> read;
        if (!work.history)
            read = metrics::loadMrrHistory(connection, today);
        forecast.actual = actualLoss(work.history ? *work.history : *read, forecast);
    }
    return forecast;
}

namespace {

QJsonArray groupsJson(const std::vector<ExpectedLoss>& groups, const char* keyName)
{
    QJsonArray array;
    for (const ExpectedLoss& group : groups) {
        array.append(
            QJsonObject{{QLatin1String(keyName), group.key},
                        {QStringLiteral("accounts"), group.accounts},
                        {QStringLiteral("expected_churn_minor"), group.churnMinor},
                        {QStringLiteral("expected_contraction_minor"), group.contractionMinor},
                        {QStringLiteral("expected_minor"), group.total()}});
    }
    return array;
}

} // namespace

QJsonObject QuarterForecast::toJson() const
{
    QJsonObject json{
        {QStringLiteral("quarter"), quarter.label()},
        {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
        {QStringLiteral("owner"), scope.owner.isEmpty() ? QJsonValue() : QJsonValue(scope.owner)},
        {QStringLiteral("segment"),
         scope.segment.isEmpty() ? QJsonValue() : QJsonValue(scope.segment)},
        {QStringLiteral("currency"), baseCurrency},
        {QStringLiteral("quarter_ends"), quarterEnds},
        {QStringLiteral("churn_events"), churnEvents},
        {QStringLiteral("contraction_events"), contractionEvents}};
    if (!isAvailable()) {
        json.insert(QStringLiteral("unavailable"), unavailable);
        return json;
    }
    json.insert(QStringLiteral("contraction_unavailable"),
                contractionUnavailable.isEmpty() ? QJsonValue()
                                                 : QJsonValue(contractionUnavailable));
    json.insert(QStringLiteral("contraction_share"), contractionShare);
    json.insert(QStringLiteral("accounts"), static_cast<int>(accounts.size()));
    json.insert(QStringLiteral("arr_minor"), static_cast<double>(arrMinor));
    json.insert(QStringLiteral("unscored_accounts"), unscoredAccounts);
    json.insert(QStringLiteral("unscored_arr_minor"), static_cast<double>(unscoredArrMinor));
    json.insert(QStringLiteral("expected_churn_minor"), expectedChurnMinor);
    json.insert(QStringLiteral("expected_contraction_minor"), expectedContractionMinor);
    json.insert(QStringLiteral("expected_minor"), expectedMinor());
    json.insert(QStringLiteral("band_80"),
                QJsonObject{{QStringLiteral("low_minor"), band.low},
                            {QStringLiteral("high_minor"), band.high},
                            {QStringLiteral("simulated_mean_minor"), band.mean},
                            {QStringLiteral("runs"), kSimulationRuns},
                            {QStringLiteral("seed"), static_cast<double>(kSimulationSeed)}});
    json.insert(QStringLiteral("by_reason"), groupsJson(byReason, "reason"));
    json.insert(QStringLiteral("by_owner"), groupsJson(byOwner, "owner"));
    if (actual) {
        json.insert(
            QStringLiteral("actual"),
            QJsonObject{{QStringLiteral("churn_minor"), static_cast<double>(actual->churnMinor)},
                        {QStringLiteral("contraction_minor"),
                         static_cast<double>(actual->contractionMinor)},
                        {QStringLiteral("total_minor"), static_cast<double>(actual->total())}});
    } else {
        json.insert(QStringLiteral("actual"), QJsonValue());
    }
    return json;
}

} // namespace tenure::forecast
