#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace tenure::store {
class Connection;
}

namespace tenure::import {

// One row of the imports table: what was read, from which file, with which
// preset, and what it changed. Written inside the import's transaction, so a
// rolled-back import leaves no row.
struct ImportLogEntry
{
    QString source;
    QString kind;
    QString fileName;
    QString sha256;
    QString presetId;
    std::int64_t rowsRead = 0;
    std::int64_t rowsInserted = 0;
    std::int64_t rowsUpdated = 0;
    std::int64_t rowsSkipped = 0;
    double seconds = 0;
    QStringList changes; // what a newer export changed, one line per row (the first ones)
    int reviews = 0;
};

// Inserts the 'running' row and returns its id.
std::int64_t beginImportLog(store::Connection& connection, const ImportLogEntry& entry);
// Fills in the counts and marks it committed. Until the imports table has
// columns for them, the preset, duration and changes go to `message` as JSON.
void finishImportLog(store::Connection& connection, std::int64_t id, const ImportLogEntry& entry);

// A committed import as the log shows it.
struct ImportRecord
{
    std::int64_t id = 0;
    QDateTime startedAt;
    QString importedBy; // empty in books from before who ran imports was recorded
    ImportLogEntry entry;
};
// Every committed import, newest first.
std::vector<ImportRecord> loadImportLog(store::Connection& connection);

} // namespace tenure::import
