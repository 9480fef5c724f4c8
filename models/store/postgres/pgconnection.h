#pragma once

#include "store/bookerror.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct pg_conn;
struct pg_result;

namespace tenure::store::postgres {

// Whether `location` names a book on a PostgreSQL server (a postgresql:// or
// postgres:// connection URI) rather than a book file.
bool isServerLocation(const QString& location);

// A statement the server refused, with the server's own message and its
// SQLSTATE code ("42501" for a privilege the role lacks), so that a caller
// can tell a refusal from a failure without reading words.
class ServerError : public BookError
{
public:
    ServerError(Kind kind, const QString& message, const QString& sqlState)
        : BookError(kind, message)
        , m_sqlState(sqlState)
    {
    }
    const QString& sqlState() const { return m_sqlState; }

private:
    QString m_sqlState;
};

// The rows of one query, as the server sent them in text. Rows and columns
// are 0-based.
class Result
{
public:
    explicit Result(pg_result* result);
    ~Result();
    Result(Result&& other) noexcept;
    Result& operator=(Result&&) = delete;
    Result(const Result&) = delete;

    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const; // NULL reads as a null QString
    std::string_view utf8(int row, int column) const;
    std::int64_t integer(int row, int column) const;

private:
    pg_result* m_result;
};

// A thin RAII owner of one libpq connection, opened from a connection URI
// (postgresql://user@host:5432/dbname?sslmode=...; anything libpq accepts).
// Text travels as UTF-8 whatever the server's default. Errors throw
// BookError (ServerError when the server refused a statement) carrying the
// server's message and never the URI's password. A connection belongs to
// the thread that uses it.
class Connection
{
public:
    static constexpr int kConnectTimeoutSeconds = 10;
    static constexpr int kStopCheckMs = 100;

    explicit Connection(const QString& uri);
    // As above, but reaching the server without blocking, so that it gives
    // up (throwing Cancelled) within kStopCheckMs of `stop` being set: a
    // thread asked to end need not wait for a server that does not answer.
    // Gives up after kConnectTimeoutSeconds whatever the URI says.
    Connection(const QString& uri, const std::atomic<bool>& stop);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // Runs one or more statements without parameters, returning no rows.
    void exec(std::string_view sql);
    // One statement with parameters $1, $2, ... as text; a null QString is NULL.
    Result query(std::string_view sql, const QStringList& parameters = {});
    // The first column of the first row; nullopt when there is no row or NULL.
    std::optional<std::int64_t> queryInt(std::string_view sql, const QStringList& parameters = {});
    std::optional<QString> queryText(std::string_view sql, const QStringList& parameters = {});

    // COPY ... FROM STDIN in text format: `produce` is called until it returns
    // false, each time appending to `buffer` (cleared between calls) rows of
    // tab-separated fields ending in a newline (see copyField()). An
    // exception from `produce` aborts the COPY and is rethrown.
    void copyIn(std::string_view copySql, const std::function<bool(QByteArray& buffer)>& produce);
    // COPY ... TO STDOUT in text format: `row` gets each row, without its newline.
    void copyOut(std::string_view copySql, const std::function<void(std::string_view row)>& row);

    // `name` quoted as an identifier ("Sales team" -> "\"Sales team\"").
    QString identifier(const QString& name) const;

    bool inTransaction() const;
    QString database() const;
    QString user() const;
    // Where the book is, for messages: "database on host" (never a password).
    QString describe() const;
    pg_conn* handle() const { return m_connection; }
    // The server process serving this connection, as notifications name it.
    int serverProcessId() const;

    // Throws for a result that is not `expected` (a PGRES_ status), and for
    // a null result (the connection broke); frees `result` either way.
    void check(pg_result* result, int expected) const;

private:
    void open(const QString& uri, const std::atomic<bool>* stop);
    // Waits until libpq's connection attempt ends, or `stop` is set.
    void reach(const std::atomic<bool>& stop);
    [[noreturn]] void failToConnect(const QString& reason);

    pg_conn* m_connection = nullptr;
};

// RAII transaction: rolls back unless commit() is called. Inside another
// transaction it is a savepoint, so that a step that keeps its own work
// atomic (a schema step) can also be one part of a larger change (a copy).
class Transaction
{
public:
    enum class Kind {
        ReadWrite,
        // One consistent view of the whole database, for reading it through.
        ReadOnlySnapshot,
    };
    explicit Transaction(Connection& connection, Kind kind = Kind::ReadWrite);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Connection& m_connection;
    bool m_nested = false;
    bool m_open = true;
};

// COPY's text format for one field: backslash, tab, newline and carriage
// return escaped; appends to `row`. appendNull() writes COPY's NULL (\N).
void appendCopyField(QByteArray& row, std::string_view utf8);
void appendCopyNull(QByteArray& row);
// Splits a row of COPY's text format into its fields, undoing the escapes;
// nullopt stands for NULL.
std::vector<std::optional<std::string>> splitCopyRow(std::string_view row);

} // namespace tenure::store::postgres
