#include "bookhealth.h"

#include "core/alongside.h"
#include "core/jsontext.h"
#include "detectors.h"
#include "store/sqlite.h"
#include "usagestats.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <type_traits>

namespace tenure::health {

namespace {

QJsonObject configValue(store::Connection& connection, const char* key)
{
    auto select = connection.prepare("SELECT value FROM health_config WHERE key = ?");
    select.bind(1, std::string_view(key));
    return select.step() ? QJsonDocument::fromJson(select.textValue(0).toUtf8()).object()
                         : QJsonObject();
}

void storeConfigValue(store::Connection& connection, const char* key, const QJsonObject& value)
{
    auto upsert = connection.prepare("INSERT INTO health_config(key, value) VALUES (?, ?) "
                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    upsert.bind(1, std::string_view(key))
        .bind(2, QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact)))
        .exec();
}

// A score to one decimal.
std::optional<double> roundedScore(const std::optional<double>& value)
{
    return value ? std::optional(std::round(*value * 10) / 10) : std::nullopt;
}

// The paying accounts of `accounts`, in their order, scored into `out` (one
// element for each of them). Signals that are not const are let go of once
// their account is scored.
template <typename Signals>
void evaluateAccounts(std::span<Signals> accounts, std::span<AccountHealth> out,
                      const DetectionContext& context, const HealthWeights& weights)
{
    auto next = out.begin();
    for (Signals& account : accounts) {
        if (account.isPaying()) {
            AccountHealth& health = *next++;
            health.id = account.id;
            health.name = account.name;
            health.segment = account.segment;
            health.owner = account.owner;
            health.mrr = account.mrrNow;
            health.score = scoreAccount(account, context.asOf, context.thresholds, weights,
                                        Wording::NumbersOnly);
            health.quadrant = quadrantOf(health.score, context.thresholds.minCoverage);
            health.reasons = detectRiskReasons(account, context);
        }
        if constexpr (!std::is_const_v<Signals>)
            account = AccountSignals();
    }
}

template <typename Signals> std::size_t payingCount(std::span<Signals> accounts)
{
    return static_cast<std::size_t>(std::count_if(
        accounts.begin(), accounts.end(), [](const AccountSignals& a) { return a.isPaying(); }));
}

template <typename Signals>
BookHealth evaluate(std::span<Signals> accounts, const QDate& asOf, const HealthConfig& config)
{
    BookHealth book;
    book.asOf = asOf;
    book.dangerZone = dangerZoneFor(accounts, asOf);
    const DetectionContext context{asOf, config.thresholds, book.dangerZone.utilisation};
    // Accounts are scored independently: the two halves on two threads, each
    // into its own part of one vector (merging two took half as much again).
    const auto firstHalf = accounts.first(accounts.size() / 2);
    const auto secondHalf = accounts.subspan(firstHalf.size());
    const std::size_t firstPaying = payingCount(firstHalf);
    book.accounts.resize(firstPaying + payingCount(secondHalf));
    const std::span<AccountHealth> scored(book.accounts);
    runAlongside(
        [&] { evaluateAccounts(secondHalf, scored.subspan(firstPaying), context, config.weights); },
        [&] { evaluateAccounts(firstHalf, scored.first(firstPaying), context, config.weights); });
    return book;
}

} // namespace

HealthConfig loadHealthConfig(store::Connection& connection)
{
    return {Thresholds::fromJson(configValue(connection, "thresholds")),
            HealthWeights::fromJson(configValue(connection, "weights"))};
}

void saveHealthConfig(store::Connection& connection, const HealthConfig& config)
{
    store::Transaction transaction(connection);
    storeConfigValue(connection, "thresholds", config.thresholds.toJson());
    storeConfigValue(connection, "weights", config.weights.toJson());
    transaction.commit();
}

BookHealth evaluateBook(std::span<const AccountSignals> accounts, const QDate& asOf,
                        const HealthConfig& config)
{
    return evaluate(accounts, asOf, config);
}

BookScorer::BookScorer(std::span<const AccountSignals> book, const QDate& asOf,
                       const HealthConfig& config)
    : m_asOf(asOf)
    , m_config(config)
    , m_dangerZone(dangerZoneFor(book, asOf))
{
}

std::vector<AccountHealth> BookScorer::score(std::span<AccountSignals> part) const
{
    std::vector<AccountHealth> scored(payingCount(part));
    evaluateAccounts(part, std::span(scored),
                     {m_asOf, m_config.thresholds, m_dangerZone.utilisation}, m_config.weights);
    return scored;
}

BookHealth evaluateBook(std::vector<AccountSignals>&& accounts, const QDate& asOf,
                        const HealthConfig& config)
{
    BookHealth book = evaluate(std::span(accounts), asOf, config);
    accounts = {};
    return book;
}

void writeJsonFields(JsonText& json, const AccountHealth& account)
{
    const HealthScore& score = account.score;
    json.key("id").value(account.id);
    json.key("name").value(account.name);
    json.key("health").value(roundedScore(score.overall));
    json.key("coverage").value(std::round(score.coverage * 100) / 100);
    json.key("outcome").value(roundedScore(score.outcome.score));
    json.key("experience").value(roundedScore(score.experience.score));
    json.key("relationship").value(roundedScore(score.relationship.score));
    json.key("quadrant").value(quadrantCode(account.quadrant));
    json.key("inputs").beginObject();
    for (const Dimension* dimension : {&score.outcome, &score.experience, &score.relationship}) {
        for (const ScoreInput& input : dimension->inputs)
            json.key(input.key).value(roundedScore(input.value));
    }
    json.endObject();
    json.key("reasons").beginArray();
    for (const RiskReason& reason : account.reasons) {
        json.beginObject()
            .key("code")
            .value(reason.code)
            .key("severity")
            .value(std::round(reason.severity * 100) / 100)
            .key("evidence")
            .value(reason.evidence)
            .endObject();
    }
    json.endArray();
}

} // namespace tenure::health
