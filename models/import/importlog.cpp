#include "importlog.h"

#include "store/person.h"
#include "store/sqlite.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tenure::import {

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

std::int64_t beginImportLog(store::Connection& connection, const ImportLogEntry& entry)
{
    auto insert =
        connection.prepare("INSERT INTO imports(started_at, source, kind, file_name, file_sha256, "
                           "imported_by) VALUES (?, ?, ?, ?, ?, ?)");
    insert.bind(1, now()).bind(2, entry.source).bind(3, entry.kind).bind(4, entry.fileName);
    insert.bind(5, entry.sha256).bind(6, store::currentPerson());
    insert.exec();
    return connection.lastInsertId();
}

void finishImportLog(store::Connection& connection, std::int64_t id, const ImportLogEntry& entry)
{
    QJsonObject message{{QStringLiteral("preset"), entry.presetId},
                        {QStringLiteral("duration_ms"), qRound64(entry.seconds * 1000)},
                        {QStringLiteral("reviews"), entry.reviews}};
    if (!entry.changes.isEmpty())
        message.insert(QStringLiteral("changes"), QJsonArray::fromStringList(entry.changes));
    auto update = connection.prepare(
        "UPDATE imports SET finished_at = ?, rows_read = ?, rows_inserted = ?, rows_updated = ?, "
        "rows_skipped = ?, status = 'committed', message = ?, file_sha256 = ? WHERE id = ?");
    update.bind(1, now())
        .bind(2, entry.rowsRead)
        .bind(3, entry.rowsInserted)
        .bind(4, entry.rowsUpdated)
        .bind(5, entry.rowsSkipped)
        .bind(6, QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)))
        .bind(7, entry.sha256)
        .bind(8, id);
    update.exec();
}

std::vector<ImportRecord> loadImportLog(store::Connection& connection)
{
    auto rows = connection.prepare(
        "SELECT id, started_at, source, kind, file_name, file_sha256, rows_read, rows_inserted, "
        "rows_updated, rows_skipped, message, imported_by FROM imports "
        "WHERE status = 'committed' "
        "ORDER BY started_at DESC, id DESC");
    std::vector<ImportRecord> records;
    while (rows.step()) {
        ImportRecord record;
        record.id = rows.intValue(0);
        record.startedAt = QDateTime::fromString(rows.textValue(1), Qt::ISODate);
        record.importedBy = rows.textValue(11);
        ImportLogEntry& entry = record.entry;
        entry.source = rows.textValue(2);
        entry.kind = rows.textValue(3);
        entry.fileName = rows.textValue(4);
        entry.sha256 = rows.textValue(5);
        entry.rowsRead = rows.intValue(6);
        entry.rowsInserted = rows.intValue(7);
        entry.rowsUpdated = rows.intValue(8);
        entry.rowsSkipped = rows.intValue(9);
        const QJsonObject message = QJsonDocument::fromJson(rows.textValue(10).toUtf8()).object();
        entry.presetId = message.value(QStringLiteral("preset")).toString();
        entry.seconds = message.value(QStringLiteral("duration_ms")).toDouble() / 1000;
        entry.reviews = message.value(QStringLiteral("reviews")).toInt();
        const QJsonArray changes = message.value(QStringLiteral("changes")).toArray();
        for (const auto& change : changes)
            entry.changes.append(change.toString());
        records.push_back(std::move(record));
    }
    return records;
}

} // namespace tenure::import
