#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace tenure::store {

class ChangeRecorder;
class CommitForwarder;
class Statement;

// How long a second writer waits for the book before it is told the book is busy.
inline constexpr int kBusyWaitMs = 2000;

// A thin RAII owner of one sqlite3 connection. Tenure talks to SQLite through
// its C API rather than QtSql: UTF-8 binds, the backup API and bulk inserts
// are several times faster that way (docs/architecture.md). Errors throw
// BookError. A connection belongs to the thread that uses it.
class Connection
{
public:
    enum class Mode { ReadOnly, ReadWrite, Create };

    Connection(const QString& path, Mode mode);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Runs one or more statements that return no rows.
    void exec(std::string_view sql);
    Statement prepare(std::string_view sql);

    // Convenience for "SELECT <one value>"; nullopt when there is no row or NULL.
    std::optional<std::int64_t> queryInt(std::string_view sql);
    std::optional<QString> queryText(std::string_view sql);

    std::int64_t lastInsertId() const;
    int changes() const;
    QString path() const { return m_path; }
    sqlite3* handle() const { return m_db; }
    // Whether the book was opened for reading only: every write to it fails.
    bool isReadOnly() const;

    // Throws BookError for result code `rc`: the problem in words with
    // SQLite's reason, never the SQL; `what` only names the step for readers.
    [[noreturn]] void fail(int rc, const QString& what) const;

    // Hands every transaction's changes to `forwarder` before committing them
    // here (a team book's copy, whose server has the last word); what it
    // refuses is rolled back. A write outside a Transaction is then refused
    // too, as it could not be forwarded. Null forwards nothing again.
    void forwardCommitsTo(std::shared_ptr<CommitForwarder> forwarder);

    // Makes this database a copy of `source`'s, page by page (SQLite's
    // backup), consistent even while others write to `source`. This
    // connection, and every statement and reader on it, stays; nothing is
    // forwarded: the copy takes what its origin already holds.
    void replaceWith(Connection& source);

private:
    friend class Transaction;
    static int allowCommit(void* connection);

    sqlite3* m_db = nullptr;
    QString m_path;
    std::shared_ptr<CommitForwarder> m_forwarder;
    std::unique_ptr<ChangeRecorder> m_recorder; // in a forwarded transaction
    bool m_forwarded = false;                   // its changes were accepted
};

// One prepared statement. Parameters are 1-based, columns 0-based, as in SQLite.
class Statement
{
public:
    Statement(Connection& connection, sqlite3_stmt* statement);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, std::int64_t{value}); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value); // a null QString binds NULL
    Statement& bind(int index, std::string_view utf8);
    Statement& bindBlob(int index, const QByteArray& bytes);
    Statement& bindNull(int index);

    // Advances to the next row; false when done. Statements that return no rows
    // are run with exec().
    bool step();
    void exec();
    void reset(); // ready to run again; keeps nothing bound

    // The storage class of a column's value in the current row.
    enum class ValueType { Integer, Real, Text, Blob, Null };
    ValueType type(int column) const;
    int columnCount() const;
    bool isNull(int column) const;
    std::int64_t intValue(int column) const;
    double doubleValue(int column) const;
    QString textValue(int column) const; // NULL reads as a null QString
    std::string_view utf8Value(int column) const;
    QByteArray blobValue(int column) const;

private:
    Connection* m_connection;
    sqlite3_stmt* m_statement;
};

// RAII transaction: rolls back unless commit() is called. Inside another
// transaction it is a savepoint, so that a step that keeps its own work atomic
// can also be one part of a larger change. On a connection that forwards its
// commits, commit() first forwards the whole transaction's changes.
class Transaction
{
public:
    enum class Kind { Deferred, Immediate };
    explicit Transaction(Connection& connection, Kind kind = Kind::Immediate);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Connection& m_connection;
    bool m_nested = false;
    bool m_open = true;
};

} // namespace tenure::store
