#include "bookcopy.h"

#include "core/progress.h"
#include "pgconnection.h"
#include "serverschema.h"
#include "store/book.h"
#include "store/bookcheck.h"
#include "store/bookerror.h"
#include "store/booktables.h"
#include "store/migrations.h"
#include "store/sqlite.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <charconv>
#include <functional>
#include <libpq-fe.h>
#include <memory>

namespace tenure::store::postgres {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::store::postgres::BookCopy)
};

// Rows gathered before each hand-over to libpq.
constexpr int kRowsPerChunk = 2000;

QString quoted(const QString& name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString columnList(const TableShape& table)
{
    QStringList names;
    for (const TableShape::Column& column : table.columns)
        names.append(quoted(column.name));
    return names.join(QStringLiteral(", "));
}

// The server's columns of `table` must be the file's, in the same order: the
// copy names them, and a book of one version has the same on both.
void requireSameColumns(Connection& server, const TableShape& table)
{
    const Result columns = server.query("SELECT column_name FROM information_schema.columns "
                                        "WHERE table_schema = current_schema() AND table_name = $1 "
                                        "ORDER BY ordinal_position",
                                        {table.name});
    QStringList names;
    for (int row = 0; row < columns.rows(); ++row)
        names.append(columns.text(row, 0));
    if (names != table.columnNames()) {
        throw BookError(BookError::Kind::NotABook,
                        Messages::tr("The table %1 of the book %2 has the columns (%3), not the "
                                     "ones this version of Tenure knows (%4).")
                            .arg(table.name, server.describe(), names.join(QStringLiteral(", ")),
                                 table.columnNames().join(QStringLiteral(", "))));
    }
}

void appendValue(QByteArray& row, const Statement& select, int column, const TableShape& table)
{
    switch (select.type(column)) {
    case Statement::ValueType::Null:
        appendCopyNull(row);
        break;
    case Statement::ValueType::Integer:
        row.append(QByteArray::number(static_cast<qlonglong>(select.intValue(column))));
        break;
    case Statement::ValueType::Real: {
        // The shortest text that reads back as the same double.
        char text[64];
        const auto written = std::to_chars(text, text + sizeof text, select.doubleValue(column));
        row.append(text, static_cast<qsizetype>(written.ptr - text));
        break;
    }
    case Statement::ValueType::Text:
        appendCopyField(row, select.utf8Value(column));
        break;
    case Statement::ValueType::Blob:
        throw BookError(BookError::Kind::NotABook,
                        Messages::tr("The column %1 of the table %2 holds binary data, which no "
                                     "Tenure book has.")
                            .arg(table.columns[static_cast<std::size_t>(column)].name, table.name));
    }
}

// qint64 rather than std::int64_t as these functions' return type: lupdate
// loses the context of the tr() calls after a function declared with the latter.
qint64 uploadTable(Connection& server, store::Connection& file, const TableShape& table)
{
    Statement select = file.prepare(QStringLiteral("SELECT %1 FROM %2")
                                        .arg(columnList(table), quoted(table.name))
                                        .toStdString());
    const QString copy =
        QStringLiteral("COPY %1 (%2) FROM STDIN").arg(quoted(table.name), columnList(table));
    const int columns = static_cast<int>(table.columns.size());
    std::int64_t rows = 0;
    server.copyIn(copy.toStdString(), [&](QByteArray& buffer) {
        for (int n = 0; n < kRowsPerChunk; ++n) {
            if (!select.step())
                return false;
            for (int column = 0; column < columns; ++column) {
                if (column > 0)
                    buffer.append('\t');
                appendValue(buffer, select, column, table);
            }
            buffer.append('\n');
            ++rows;
        }
        return true;
    });
    return rows;
}

// After a copy brings its own ids, the server numbers new rows after them.
void advanceIdentities(Connection& server)
{
    const Result identities =
        server.query("SELECT table_name, column_name FROM information_schema.columns "
                     "WHERE table_schema = current_schema() AND is_identity = 'YES' ORDER BY 1");
    for (int row = 0; row < identities.rows(); ++row) {
        const QString table = server.identifier(identities.text(row, 0));
        const QString column = server.identifier(identities.text(row, 1));
        const QString sql = QStringLiteral("SELECT setval(pg_get_serial_sequence($1, $2), "
                                           "coalesce((SELECT max(%1) FROM %2), 0) + 1, false)")
                                .arg(column, table);
        server.query(sql.toStdString(), {table, identities.text(row, 1)});
    }
}

void requireCurrentFile(Book& book, const QString& path)
{
    const int version = book.schemaVersion();
    if (version != currentSchemaVersion()) {
        throw BookError(BookError::Kind::NotABook,
                        Messages::tr("%1 has an older book format (%2; this version writes %3). "
                                     "Open it once with this version of Tenure, which upgrades "
                                     "it, then copy it.")
                            .arg(QFileInfo(path).fileName())
                            .arg(version)
                            .arg(currentSchemaVersion()));
    }
}

qint64 parseInteger(const std::string& text, const TableShape& table, int column)
{
    std::int64_t value = 0;
    const auto parsed = std::from_chars(text.data(), text.data() + text.size(), value);
    if (parsed.ec != std::errc{} || parsed.ptr != text.data() + text.size()) {
        throw BookError(BookError::Kind::NotABook,
                        Messages::tr("The server's %1.%2 holds \"%3\", not a whole number.")
                            .arg(table.name, table.columns[static_cast<std::size_t>(column)].name,
                                 QString::fromStdString(text)));
    }
    return value;
}

double parseReal(const std::string& text, const TableShape& table, int column)
{
    double value = 0;
    const auto parsed = std::from_chars(text.data(), text.data() + text.size(), value);
    if (parsed.ec != std::errc{} || parsed.ptr != text.data() + text.size()) {
        throw BookError(BookError::Kind::NotABook,
                        Messages::tr("The server's %1.%2 holds \"%3\", not a number.")
                            .arg(table.name, table.columns[static_cast<std::size_t>(column)].name,
                                 QString::fromStdString(text)));
    }
    return value;
}

// Rows between two reports of a download's progress.
constexpr std::int64_t kRowsPerReport = 65536;

// Copies one table; `rowsRead` hears how many of its rows are read so far.
qint64 downloadTable(Connection& server, store::Connection& file, const TableShape& table,
                     const std::function<void(std::int64_t)>& rowsRead)
{
    QStringList marks;
    for (std::size_t i = 0; i < table.columns.size(); ++i)
        marks.append(QStringLiteral("?"));
    Statement insert = file.prepare(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(quoted(table.name), columnList(table), marks.join(QStringLiteral(", ")))
            .toStdString());
    const QString copy =
        QStringLiteral("COPY %1 (%2) TO STDOUT").arg(quoted(table.name), columnList(table));
    std::int64_t rows = 0;
    server.copyOut(copy.toStdString(), [&](std::string_view line) {
        const auto fields = splitCopyRow(line);
        if (fields.size() != table.columns.size()) {
            throw BookError(BookError::Kind::Io,
                            Messages::tr("The server sent a row of %1 with %2 values, not %3.")
                                .arg(table.name)
                                .arg(fields.size())
                                .arg(table.columns.size()));
        }
        for (std::size_t i = 0; i < fields.size(); ++i) {
            const int column = static_cast<int>(i);
            if (!fields[i]) {
                insert.bindNull(column + 1);
                continue;
            }
            const QString& type = table.columns[i].type;
            if (type == QLatin1String("INTEGER"))
                insert.bind(column + 1,
                            static_cast<std::int64_t>(parseInteger(*fields[i], table, column)));
            else if (type == QLatin1String("REAL"))
                insert.bind(column + 1, parseReal(*fields[i], table, column));
            else
                insert.bind(column + 1, std::string_view(*fields[i]));
        }
        insert.exec();
        if (++rows % kRowsPerReport == 0)
            rowsRead(rows);
    });
    return rows;
}

void removeBookFile(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}

} // namespace

CopySummary copyFileToServer(const QString& path, const QString& uri)
{
    auto book = Book::open(path, Book::Access::ReadOnly);
    store::Connection& file = book->connection();
    checkIntact(file, QFileInfo(path).fileName());
    requireCurrentFile(*book, path);
    const std::vector<TableShape> tables = bookTables(file);
    QStringList names;
    for (const TableShape& table : tables)
        names.append(table.name);
    if (names != standardBookTableNames()) {
        throw BookError(BookError::Kind::NotABook,
                        Messages::tr("%1 has the tables (%2), not the ones this version of Tenure "
                                     "knows.")
                            .arg(QFileInfo(path).fileName(), names.join(QStringLiteral(", "))));
    }

    Connection server(uri);
    // One snapshot of the file, one transaction on the server.
    store::Transaction reading(file, store::Transaction::Kind::Deferred);
    Transaction writing(server);
    lockServerSchema(server);
    const DatabaseContents contents = inspectDatabase(server, names);
    if (!contents.otherRelations.isEmpty()) {
        throw BookError(
            BookError::Kind::AlreadyExists,
            Messages::tr("The database %1 is not empty: it holds %2, which are not a "
                         "Tenure book's. Copy the book into an empty database. "
                         "Nothing was changed.")
                .arg(server.describe(), contents.otherRelations.join(QStringLiteral(", "))));
    }
    if (!contents.filledTables.isEmpty()) {
        throw BookError(
            BookError::Kind::AlreadyExists,
            Messages::tr("The database %1 already holds a book (its tables %2 have "
                         "rows). Tenure copies a book only into an empty database. "
                         "Nothing was changed.")
                .arg(server.describe(), contents.filledTables.join(QStringLiteral(", "))));
    }
    applyServerMigrations(server);
    requireServerSchema(server, currentSchemaVersion());

    CopySummary summary;
    for (const TableShape& table : tables) {
        requireSameColumns(server, table);
        summary.rows += uploadTable(server, file, table);
        ++summary.tables;
    }
    advanceIdentities(server);
    writing.commit();
    return summary;
}

std::optional<QString> recordedChanges(Connection& server)
{
    if (!server.queryInt("SELECT 1 FROM pg_catalog.pg_class WHERE relname = $1 AND "
                         "relnamespace = current_schema()::regnamespace",
                         {kBookChangesTable}))
        return std::nullopt;
    const QString table = server.identifier(kBookChangesTable);
    return server.queryText(
        QStringLiteral("SELECT concat_ws('/', count(*), max(id), max(changed_at), "
                       "obj_description('%1'::regclass, 'pg_class')) FROM %1")
            .arg(table)
            .toStdString());
}

CopySummary copyServerToFile(const QString& uri, const QString& path, Progress* progress)
{
    if (QFileInfo::exists(path)) {
        throw BookError(BookError::Kind::AlreadyExists,
                        Messages::tr("%1 already exists; Tenure does not copy over a file. Choose "
                                     "another name.")
                            .arg(path));
    }
    Connection server(uri);
    Transaction snapshot(server, Transaction::Kind::ReadOnlySnapshot);
    // Doubles as the shortest text that reads back exactly.
    server.exec("SET LOCAL extra_float_digits = 3");
    requireServerSchema(server, currentSchemaVersion());
    for (const TableShape& table : standardBookTables())
        requireSameColumns(server, table);

    CopySummary summary;
    summary.encrypted = PQsslInUse(server.handle()) == 1;
    summary.server = server.describe();
    summary.changes = recordedChanges(server); // in the snapshot the copy is read from
    summary.snapshot = server.queryText("SELECT pg_current_snapshot()::text").value_or(QString());
    auto book = Book::create(path);
    try {
        store::Connection& file = book->connection();
        const std::vector<TableShape> tables = bookTables(file);
        const auto report = [&](const QString& table, std::int64_t rows) {
            if (!progress)
                return;
            if (progress->isCancelled())
                throw Cancelled();
            progress->report(summary.tables, static_cast<std::int64_t>(tables.size()),
                             Messages::tr("Reading %1 (%L2 rows so far)").arg(table).arg(rows));
        };
        store::Transaction writing(file);
        // A new book holds a few settings of its own (when it was made);
        // the server's book brings its own.
        std::for_each(tables.rbegin(), tables.rend(), [&](const TableShape& table) {
            file.exec(QStringLiteral("DELETE FROM %1").arg(quoted(table.name)).toStdString());
        });
        for (const TableShape& table : tables) {
            report(table.name, summary.rows);
            summary.rows += downloadTable(server, file, table, [&](std::int64_t rows) {
                report(table.name, summary.rows + rows);
            });
            ++summary.tables;
            summary.tablesRead.append(table.name);
        }
        writing.commit();
        book.reset();
    } catch (...) {
        book.reset();
        removeBookFile(path);
        throw;
    }
    return summary;
}

std::optional<CopySummary> refreshChangedTables(const QString& uri, const QString& path,
                                                const QString& since, Progress* progress)
{
    Connection server(uri);
    Transaction snapshot(server, Transaction::Kind::ReadOnlySnapshot);
    server.exec("SET LOCAL extra_float_digits = 3");
    const std::optional<QString> changes = recordedChanges(server);
    if (!changes || since.isEmpty())
        return std::nullopt;
    // The record's rows written by transactions the earlier snapshot did not see.
    const Result changed =
        server.query(QStringLiteral("SELECT DISTINCT table_name FROM %1 "
                                    "WHERE NOT pg_visible_in_snapshot(xid, $1::pg_snapshot)")
                         .arg(server.identifier(kBookChangesTable))
                         .toStdString(),
                     {since});
    QStringList names;
    for (int row = 0; row < changed.rows(); ++row)
        names.append(changed.text(row, 0));
    const QStringList known = standardBookTableNames();
    if (std::any_of(names.begin(), names.end(),
                    [&](const QString& name) { return !known.contains(name); }))
        return std::nullopt; // who may see which accounts changed: every table may differ

    CopySummary summary;
    summary.encrypted = PQsslInUse(server.handle()) == 1;
    summary.server = server.describe();
    summary.changes = changes;
    summary.snapshot = server.queryText("SELECT pg_current_snapshot()::text").value_or(QString());
    store::Connection file(path, store::Connection::Mode::ReadWrite);
    file.exec("PRAGMA foreign_keys = OFF"); // each table is emptied, then filled again
    store::Transaction writing(file);
    for (const TableShape& table : standardBookTables()) {
        if (!names.contains(table.name))
            continue;
        requireSameColumns(server, table);
        if (progress && progress->isCancelled())
            throw Cancelled();
        file.exec(QStringLiteral("DELETE FROM %1").arg(quoted(table.name)).toStdString());
        summary.rows += downloadTable(server, file, table, [](std::int64_t) {});
        ++summary.tables;
        summary.tablesRead.append(table.name);
    }
    writing.commit();
    return summary;
}

} // namespace tenure::store::postgres
