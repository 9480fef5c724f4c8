#include "bookhealth.h"

#include "core/alongside.h"
#include "detectors.h"
#include "store/sqlite.h"
#include "usagestats.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

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

QJsonValue rounded(const std::optional<double>& value)
{
    return value ? QJsonValue(std::round(*value * 10) / 10) : QJsonValue(QJsonValue::Null);
}

// The paying accounts of `accounts`, in their order, scored into `out` (one
// element for each of them).
void evaluateAccounts(std::span<const AccountSignals> accounts, std::span<AccountHealth> out,
                      const DetectionContext& context, const HealthWeights& weights)
{
    auto next = out.begin();
    for (const AccountSignals& account : accounts) {
        if (!account.isPaying())
            continue;
        AccountHealth& health = *next++;
        health.id = account.id;
        health.name = account.name;
        health.segment = account.segment;
        health.owner = account.owner;
        health.mrr = account.mrrNow;
        health.score =
            scoreAccount(account, context.asOf, context.thresholds, weights, Wording::NumbersOnly);
        health.quadrant = quadrantOf(health.score, context.thresholds.minCoverage);
        health.reasons = detectRiskReasons(account, context);
    }
}

std::size_t payingCount(std::span<const AccountSignals> accounts)
{
    return static_cast<std::size_t>(std::count_if(
        accounts.begin(), accounts.end(), [](const AccountSignals& a) { return a.isPaying(); }));
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

QJsonObject toJson(const AccountHealth& account)
{
    QJsonArray reasons;
    for (const RiskReason& reason : account.reasons) {
        reasons.append(
            QJsonObject{{QStringLiteral("code"), reason.code},
                        {QStringLiteral("severity"), std::round(reason.severity * 100) / 100},
                        {QStringLiteral("evidence"), reason.evidence}});
    }
    const HealthScore& score = account.score;
    QJsonObject inputs;
    for (const Dimension* dimension : {&score.outcome, &score.experience, &score.relationship}) {
        for (const ScoreInput& input : dimension->inputs)
            inputs.insert(input.key, rounded(input.value));
    }
    return QJsonObject{{QStringLiteral("id"), static_cast<double>(account.id)},
                       {QStringLiteral("name"), account.name},
                       {QStringLiteral("health"), rounded(score.overall)},
                       {QStringLiteral("coverage"), std::round(score.coverage * 100) / 100},
                       {QStringLiteral("outcome"), rounded(score.outcome.score)},
                       {QStringLiteral("experience"), rounded(score.experience.score)},
                       {QStringLiteral("relationship"), rounded(score.relationship.score)},
                       {QStringLiteral("inputs"), inputs},
                       {QStringLiteral("quadrant"), quadrantCode(account.quadrant)},
                       {QStringLiteral("reasons"), reasons}};
}

QJsonArray toJson(std::span<const AccountHealth> accounts)
{
    QJsonArray array;
    for (const AccountHealth& account : accounts)
        array.append(toJson(account));
    return array;
}

} // namespace tenure::health
