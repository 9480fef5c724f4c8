#include "importlog.h"

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
        connection.prepare("INSERT INTO imports(started_at, source, kind, file_name, file_sha256) "
                           "VALUES (?, ?, ?, ?, ?)");
    insert.bind(1, now()).bind(2, entry.source).bind(3, entry.kind).bind(4, entry.fileName);
    insert.bind(5, entry.sha256);
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

} // namespace tenure::import
