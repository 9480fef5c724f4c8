#include "snapshots.h"

#include "metrics/month.h"
#include "store/bookdates.h"
#include "store/sqlite.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <unordered_map>

namespace tenure::health {

namespace {

void bindOptional(store::Statement& statement, int index, const std::optional<double>& value)
{
    if (value)
        statement.bind(index, *value);
    else
        statement.bindNull(index);
}

std::optional<double> optionalAt(const store::Statement& row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<double>(row.doubleValue(column));
}

QString inputsJson(const HealthSnapshot& snapshot)
{
    QJsonObject json;
    for (const auto& [key, value] : snapshot.inputs)
        json.insert(key, value);
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

} // namespace

HealthSnapshot snapshotOf(const AccountHealth& account, const QDate& asOf)
{
    HealthSnapshot snapshot;
    snapshot.accountId = account.id;
    snapshot.asOf = asOf;
    snapshot.overall = account.score.overall;
    snapshot.outcome = account.score.outcome.score;
    snapshot.experience = account.score.experience.score;
    for (const Dimension* dimension :
         {&account.score.outcome, &account.score.experience, &account.score.relationship}) {
        for (const ScoreInput& input : dimension->inputs) {
            if (input.value)
                snapshot.inputs[input.key] = *input.value;
        }
    }
    for (const RiskReason& reason : account.reasons)
        snapshot.reasons[reason.code] = reason;
    return snapshot;
}

void saveSnapshots(store::Connection& connection, const BookHealth& book)
{
    const QString day = book.asOf.toString(Qt::ISODate);
    store::Transaction transaction(connection);
    auto clearHealth = connection.prepare("DELETE FROM health_snapshots WHERE as_of = ?");
    clearHealth.bind(1, day).exec();
    auto clearReasons = connection.prepare("DELETE FROM risk_reason_snapshots WHERE as_of = ?");
    clearReasons.bind(1, day).exec();
    auto insertHealth = connection.prepare(
        "INSERT INTO health_snapshots(account_id, as_of, overall, outcome, experience, detail) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    auto insertReason = connection.prepare(
        "INSERT INTO risk_reason_snapshots(account_id, as_of, code, severity, evidence) "
        "VALUES (?, ?, ?, ?, ?)");
    for (const AccountHealth& account : book.accounts) {
        const HealthSnapshot snapshot = snapshotOf(account, book.asOf);
        insertHealth.bind(1, account.id).bind(2, day);
        bindOptional(insertHealth, 3, snapshot.overall);
        bindOptional(insertHealth, 4, snapshot.outcome);
        bindOptional(insertHealth, 5, snapshot.experience);
        insertHealth.bind(6, inputsJson(snapshot)).exec();
        for (const RiskReason& reason : account.reasons) {
            insertReason.bind(1, account.id)
                .bind(2, day)
                .bind(3, reason.code)
                .bind(4, reason.severity)
                .bind(5, reason.evidence)
                .exec();
        }
    }
    transaction.commit();
}

std::vector<QDate> snapshotDates(store::Connection& connection)
{
    std::vector<QDate> dates;
    auto rows = connection.prepare("SELECT DISTINCT as_of FROM health_snapshots ORDER BY as_of");
    while (rows.step())
        dates.push_back(store::dateAt(rows, 0));
    return dates;
}

std::vector<HealthSnapshot> loadSnapshots(store::Connection& connection, const QDate& onOrBefore)
{
    auto find = connection.prepare("SELECT max(as_of) FROM health_snapshots WHERE as_of <= ?");
    find.bind(1, onOrBefore.toString(Qt::ISODate));
    if (!find.step() || find.isNull(0))
        return {};
    const QString stored = find.textValue(0);

    std::vector<HealthSnapshot> snapshots;
    std::unordered_map<std::int64_t, std::size_t> indexOf;
    auto rows = connection.prepare("SELECT account_id, overall, outcome, experience, detail "
                                   "FROM health_snapshots WHERE as_of = ? ORDER BY account_id");
    rows.bind(1, stored);
    while (rows.step()) {
        HealthSnapshot snapshot;
        snapshot.accountId = rows.intValue(0);
        snapshot.asOf = store::parseIsoDate(stored.toStdString());
        snapshot.overall = optionalAt(rows, 1);
        snapshot.outcome = optionalAt(rows, 2);
        snapshot.experience = optionalAt(rows, 3);
        const QJsonObject inputs = QJsonDocument::fromJson(rows.textValue(4).toUtf8()).object();
        for (auto it = inputs.begin(); it != inputs.end(); ++it)
            snapshot.inputs[it.key()] = it.value().toDouble();
        indexOf.emplace(snapshot.accountId, snapshots.size());
        snapshots.push_back(std::move(snapshot));
    }
    auto reasons = connection.prepare("SELECT account_id, code, severity, evidence "
                                      "FROM risk_reason_snapshots WHERE as_of = ?");
    reasons.bind(1, stored);
    while (reasons.step()) {
        const auto found = indexOf.find(reasons.intValue(0));
        if (found == indexOf.end())
            continue;
        RiskReason reason{reasons.textValue(1), reasons.doubleValue(2), reasons.textValue(3),
                          EvidenceSource::Account};
        snapshots[found->second].reasons[reason.code] = reason;
    }
    return snapshots;
}

std::vector<HealthChange> compareSnapshots(const std::vector<HealthSnapshot>& before,
                                           const std::vector<HealthSnapshot>& after)
{
    std::unordered_map<std::int64_t, const HealthSnapshot*> earlier;
    for (const HealthSnapshot& snapshot : before)
        earlier.emplace(snapshot.accountId, &snapshot);

    std::vector<HealthChange> changes;
    for (const HealthSnapshot& now : after) {
        const auto found = earlier.find(now.accountId);
        if (found == earlier.end())
            continue;
        const HealthSnapshot& then = *found->second;
        HealthChange change;
        change.accountId = now.accountId;
        change.healthDelta = now.overall.value_or(0) - then.overall.value_or(0);
        for (const auto& [code, reason] : now.reasons) {
            if (!then.reasons.contains(code))
                change.newReasons << code;
        }
        for (const auto& [code, reason] : then.reasons) {
            if (!now.reasons.contains(code))
                change.resolvedReasons << code;
        }
        for (const auto& [key, value] : now.inputs) {
            const auto old = then.inputs.find(key);
            const double move = old == then.inputs.end() ? 0 : value - old->second;
            if (std::abs(move) > std::abs(change.biggestMove)) {
                change.biggestMover = key;
                change.biggestMove = move;
            }
        }
        if (change.healthDelta != 0 || !change.newReasons.isEmpty() ||
            !change.resolvedReasons.isEmpty())
            changes.push_back(change);
    }
    return changes;
}

} // namespace tenure::health
