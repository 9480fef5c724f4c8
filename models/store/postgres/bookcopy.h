#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace tenure {
class Progress;
}

namespace tenure::store::postgres {

class Connection;

// What a copy moved.
struct CopySummary
{
    int tables = 0;
    std::int64_t rows = 0;
    bool encrypted = false; // the server connection used TLS
    QString server;         // "database on host", for the reader (never a password)
    // What the team book's record of changes said when it was read (see
    // recordedChanges()); none for a server book without that record.
    std::optional<QString> changes;
    // The server's snapshot the copy was read in (pg_current_snapshot()),
    // for refreshChangedTables(); the tables read, by name.
    QString snapshot;
    QStringList tablesRead;
};

// What the team book at `server` has recorded of its changes, as its current
// snapshot sees it: how many, the last one and when, and the record's own
// identity (made at random by tenure team init), so that a book made again,
// or restored and changed since, never reads as the same. None when it keeps
// no such record (kBookChangesTable).
std::optional<QString> recordedChanges(Connection& server);

// Uploads the book file at `path` to the server database at `uri`, every
// table through COPY ... FROM STDIN, in one transaction: the server has the
// whole book or nothing of it. The database must be empty, or hold only an
// empty book (as `tenure team init` leaves it); anything else is refused
// untouched (BookError::AlreadyExists). The server's schema is created or
// upgraded in the same transaction. Ids, dates, amounts and every other value
// arrive as the file holds them, and the server then numbers new rows after
// the highest ids copied. The file is only read.
CopySummary copyFileToServer(const QString& path, const QString& uri);

// Downloads the book at `uri` into a new book file at `path` (refused when
// the file exists), read from one consistent snapshot of the server through
// COPY ... TO STDOUT. A copy that fails leaves no file behind. The server is
// only read. `progress` hears of each table and of every 65,536 rows, and
// may stop the copy (Cancelled), which then leaves no file either.
CopySummary copyServerToFile(const QString& uri, const QString& path, Progress* progress = nullptr);

// Brings the book file at `path`, a copy of the team book at `uri` read in
// the server's snapshot `since` (CopySummary::snapshot), up to date: each
// table someone changed since (as the book's record of changes tells) is
// read again whole, all in one new snapshot, and written in one transaction.
// What stays the same is not read. The file may be open elsewhere (a window
// shows it). Null, and the file untouched, when the record cannot tell
// which tables changed (a server book without one, or a change to who may
// see which accounts): read the whole book instead.
std::optional<CopySummary> refreshChangedTables(const QString& uri, const QString& path,
                                                const QString& since, Progress* progress = nullptr);

} // namespace tenure::store::postgres
