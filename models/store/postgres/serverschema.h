#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <vector>

namespace tenure::store::postgres {

class Connection;

// The record of a server book's schema: one row per step applied. Its
// presence marks a database as holding a Tenure book, as the application id
// marks a book file.
inline constexpr QLatin1StringView kSchemaVersionTable("tenure_schema_version");
// A team book's own table beside the book's (tenure team init): each login
// role's display name, the name the book's accounts name their owner by.
// Managers keep it; it is not part of the book, so a copy leaves it alone.
inline constexpr QLatin1StringView kTeamMembersTable("team_members");
// A team book's record of its committed changes (tenure team init): a row
// for every statement that changed one of its tables, never removed. Two
// snapshots that see as many rows see the same book, so a copy read before
// can stand for the book as long as the count has not moved. Not part of
// the book either.
inline constexpr QLatin1StringView kBookChangesTable("tenure_book_changes");

// One ordered step of the server book's schema, numbered as the file book's
// step that makes the same tables (store/migrations.h).
struct ServerMigration
{
    int version;
    QString description;
    std::function<void(Connection&)> apply;
};

// The steps that build today's schema on a server, version 1 upwards; the
// last is the file book's currentSchemaVersion().
const std::vector<ServerMigration>& standardServerMigrations();

// The newest step applied; 0 when the database has no Tenure schema.
int serverSchemaVersion(Connection& connection);

// What a database holds, judged before anything is written to it; the book's
// tables are those named in `bookTables` (see store/booktables.h).
struct DatabaseContents
{
    int schemaVersion = 0;      // 0: no Tenure schema
    QStringList otherRelations; // tables, views and sequences that are not the book's
    QStringList filledTables;   // the book's tables that hold rows
    bool isEmpty() const { return schemaVersion == 0 && otherRelations.isEmpty(); }
};
DatabaseContents inspectDatabase(Connection& connection, const QStringList& bookTables);

// Applies every step above the database's version, each in one transaction
// (a savepoint when the caller holds one open), holding the schema lock so
// that two programs do not apply the same step. A database whose schema is
// newer than `steps` is refused (BookError::TooNew) untouched; a step that
// fails is rolled back and reported as BookError::UpgradeFailed, the steps
// before it staying applied.
void applyServerMigrations(Connection& connection,
                           const std::vector<ServerMigration>& steps = standardServerMigrations());

// Holds Tenure's schema lock until the end of the current transaction, so
// that no other program changes the schema (or fills an empty book) meanwhile.
void lockServerSchema(Connection& connection);

// Refuses a server book this program cannot read: none at all, or one whose
// schema is newer than `newestKnown` (TooNew) or older (it must be upgraded
// by a program that may write to it).
void requireServerSchema(Connection& connection, int newestKnown);

} // namespace tenure::store::postgres
