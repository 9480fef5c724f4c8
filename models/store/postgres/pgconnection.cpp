#include "pgconnection.h"

#include "core/progress.h"

#include <QCoreApplication>

#include <cerrno>
#include <chrono>
#include <exception>
#include <libpq-fe.h>
#include <poll.h>

namespace tenure::store::postgres {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::store::postgres::Connection)
};

QString trimmed(const char* message)
{
    return QString::fromUtf8(message ? message : "").trimmed();
}

BookError::Kind kindFor(const QString& sqlState)
{
    // Serialization failure, deadlock, lock not available: try again later.
    if (sqlState == QLatin1String("40001") || sqlState == QLatin1String("40P01") ||
        sqlState == QLatin1String("55P03"))
        return BookError::Kind::Busy;
    return BookError::Kind::Io;
}

} // namespace

bool isServerLocation(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

Result::Result(pg_result* result)
    : m_result(result)
{
}

Result::Result(Result&& other) noexcept
    : m_result(other.m_result)
{
    other.m_result = nullptr;
}

Result::~Result()
{
    PQclear(m_result);
}

int Result::rows() const
{
    return PQntuples(m_result);
}

int Result::columns() const
{
    return PQnfields(m_result);
}

bool Result::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) == 1;
}

std::string_view Result::utf8(int row, int column) const
{
    return {PQgetvalue(m_result, row, column),
            static_cast<std::size_t>(PQgetlength(m_result, row, column))};
}

QString Result::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    const std::string_view value = utf8(row, column);
    return QString::fromUtf8(value.data(), static_cast<qsizetype>(value.size()));
}

std::int64_t Result::integer(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result, row, column)).toLongLong();
}

Connection::Connection(const QString& uri)
{
    open(uri, nullptr);
}

Connection::Connection(const QString& uri, const std::atomic<bool>& stop)
{
    open(uri, &stop);
}

void Connection::open(const QString& uri, const std::atomic<bool>* stop)
{
    // A server that does not answer is given up on after kConnectTimeout
    // seconds unless the URI says otherwise (it comes after, and wins), rather
    // than after the system's TCP timeouts, minutes later.
    const QByteArray target = uri.toUtf8();
    const QByteArray timeout = QByteArray::number(kConnectTimeoutSeconds);
    const char* const keywords[] = {"connect_timeout", "dbname", nullptr};
    const char* const values[] = {timeout.constData(), target.constData(), nullptr};
    m_connection =
        stop ? PQconnectStartParams(keywords, values, 1) : PQconnectdbParams(keywords, values, 1);
    if (!m_connection) {
        throw BookError(BookError::Kind::Io,
                        Messages::tr("Tenure could not reach the book's server: out of memory."));
    }
    if (stop && PQstatus(m_connection) != CONNECTION_BAD)
        reach(*stop);
    if (PQstatus(m_connection) != CONNECTION_OK)
        failToConnect(trimmed(PQerrorMessage(m_connection)));
    if (PQsetClientEncoding(m_connection, "UTF8") != 0) {
        const QString reason = trimmed(PQerrorMessage(m_connection));
        PQfinish(m_connection);
        m_connection = nullptr;
        throw BookError(
            BookError::Kind::Io,
            Messages::tr("The book's server cannot send text as UTF-8 (%1).").arg(reason));
    }
}

void Connection::reach(const std::atomic<bool>& stop)
{
    const auto deadline =
        std::chrono::steady_clock::now() + std::chrono::seconds(kConnectTimeoutSeconds);
    PostgresPollingStatusType state = PGRES_POLLING_WRITING;
    while (state != PGRES_POLLING_OK && state != PGRES_POLLING_FAILED) {
        pollfd socket{PQsocket(m_connection),
                      static_cast<short>(state == PGRES_POLLING_READING ? POLLIN : POLLOUT), 0};
        for (;;) {
            const int ready = ::poll(&socket, 1, kStopCheckMs);
            if (ready > 0 || (ready < 0 && errno != EINTR))
                break; // ready, or a failure PQconnectPoll will tell
            if (stop.load()) {
                PQfinish(m_connection);
                m_connection = nullptr;
                throw Cancelled();
            }
            if (std::chrono::steady_clock::now() > deadline)
                failToConnect(
                    Messages::tr("no answer within %n second(s)", nullptr, kConnectTimeoutSeconds));
        }
        state = PQconnectPoll(m_connection);
    }
}

void Connection::failToConnect(const QString& reason)
{
    PQfinish(m_connection);
    m_connection = nullptr;
    throw BookError(BookError::Kind::Io,
                    Messages::tr("Tenure could not reach the book's server (%1).").arg(reason));
}

Connection::~Connection()
{
    PQfinish(m_connection);
}

void Connection::check(pg_result* result, int expected) const
{
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    // A statement run for its effect may still return rows (SELECT pg_advisory_xact_lock).
    const bool expectedRun = status == expected || status == PGRES_EMPTY_QUERY ||
                             (expected == PGRES_COMMAND_OK && status == PGRES_TUPLES_OK);
    if (result && expectedRun) {
        PQclear(result);
        return;
    }
    if (!result) {
        throw BookError(BookError::Kind::Io,
                        Messages::tr("The connection to the book %1 failed (%2).")
                            .arg(describe(), trimmed(PQerrorMessage(m_connection))));
    }
    const QString sqlState = QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE));
    QString reason = trimmed(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY));
    if (reason.isEmpty())
        reason = trimmed(PQresultErrorMessage(result));
    if (reason.isEmpty())
        reason = trimmed(PQerrorMessage(m_connection));
    const QString detail = trimmed(PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL));
    if (!detail.isEmpty())
        reason += QStringLiteral(": ") + detail;
    // Where in a COPY the refused row was ("COPY accounts, line 3, column name").
    const QString context = trimmed(PQresultErrorField(result, PG_DIAG_CONTEXT));
    if (!context.isEmpty() && context.startsWith(QLatin1String("COPY ")))
        reason += QStringLiteral("; ") + context;
    PQclear(result);
    throw ServerError(
        kindFor(sqlState),
        Messages::tr("The server of the book %1 refused (%2).").arg(describe(), reason), sqlState);
}

void Connection::exec(std::string_view sql)
{
    check(PQexec(m_connection, std::string(sql).c_str()), PGRES_COMMAND_OK);
}

Result Connection::query(std::string_view sql, const QStringList& parameters)
{
    std::vector<QByteArray> values;
    values.reserve(static_cast<std::size_t>(parameters.size()));
    std::vector<const char*> pointers;
    for (const QString& parameter : parameters) {
        values.push_back(parameter.toUtf8());
        pointers.push_back(parameter.isNull() ? nullptr : values.back().constData());
    }
    pg_result* result =
        PQexecParams(m_connection, std::string(sql).c_str(), static_cast<int>(pointers.size()),
                     nullptr, pointers.data(), nullptr, nullptr, 0);
    if (result && PQresultStatus(result) == PGRES_TUPLES_OK)
        return Result(result);
    check(result, PGRES_COMMAND_OK);
    return Result(nullptr);
}

std::optional<std::int64_t> Connection::queryInt(std::string_view sql,
                                                 const QStringList& parameters)
{
    const Result result = query(sql, parameters);
    if (result.rows() == 0 || result.isNull(0, 0))
        return std::nullopt;
    return result.integer(0, 0);
}

std::optional<QString> Connection::queryText(std::string_view sql, const QStringList& parameters)
{
    const Result result = query(sql, parameters);
    if (result.rows() == 0 || result.isNull(0, 0))
        return std::nullopt;
    return result.text(0, 0);
}

void Connection::copyIn(std::string_view copySql,
                        const std::function<bool(QByteArray& buffer)>& produce)
{
    check(PQexec(m_connection, std::string(copySql).c_str()), PGRES_COPY_IN);
    QByteArray buffer;
    std::exception_ptr failure;
    try {
        for (;;) {
            buffer.clear();
            const bool more = produce(buffer);
            if (!buffer.isEmpty() && PQputCopyData(m_connection, buffer.constData(),
                                                   static_cast<int>(buffer.size())) != 1)
                break; // the result below says why
            if (!more)
                break;
        }
    } catch (...) {
        failure = std::current_exception();
    }
    // On a failure the server is told to abandon the COPY, and its error is
    // drained so that the connection can roll back.
    PQputCopyEnd(m_connection, failure ? "abandoned by Tenure" : nullptr);
    pg_result* result = PQgetResult(m_connection);
    while (pg_result* extra = PQgetResult(m_connection))
        PQclear(extra);
    if (failure) {
        PQclear(result);
        std::rethrow_exception(failure);
    }
    check(result, PGRES_COMMAND_OK);
}

void Connection::copyOut(std::string_view copySql,
                         const std::function<void(std::string_view row)>& row)
{
    check(PQexec(m_connection, std::string(copySql).c_str()), PGRES_COPY_OUT);
    std::exception_ptr failure;
    for (;;) {
        char* data = nullptr;
        const int size = PQgetCopyData(m_connection, &data, 0);
        if (size < 0)
            break; // -1: done; -2: failed, as the result says
        if (!failure) {
            try {
                std::string_view line(data, static_cast<std::size_t>(size));
                if (!line.empty() && line.back() == '\n')
                    line.remove_suffix(1);
                row(line);
            } catch (...) {
                // Read the rest of the COPY so that the connection stays usable.
                failure = std::current_exception();
            }
        }
        PQfreemem(data);
    }
    pg_result* result = PQgetResult(m_connection);
    while (pg_result* extra = PQgetResult(m_connection))
        PQclear(extra);
    if (failure) {
        PQclear(result);
        std::rethrow_exception(failure);
    }
    check(result, PGRES_COMMAND_OK);
}

QString Connection::identifier(const QString& name) const
{
    const QByteArray utf8 = name.toUtf8();
    char* quoted = PQescapeIdentifier(m_connection, utf8.constData(), utf8.size());
    if (!quoted) {
        throw BookError(BookError::Kind::Io, Messages::tr("Tenure cannot name \"%1\" on the "
                                                          "book's server (%2).")
                                                 .arg(name, trimmed(PQerrorMessage(m_connection))));
    }
    QString result = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return result;
}

bool Connection::inTransaction() const
{
    const PGTransactionStatusType status = PQtransactionStatus(m_connection);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR;
}

int Connection::serverProcessId() const
{
    return PQbackendPID(m_connection);
}

QString Connection::database() const
{
    return QString::fromUtf8(PQdb(m_connection));
}

QString Connection::user() const
{
    return QString::fromUtf8(PQuser(m_connection));
}

QString Connection::describe() const
{
    return Messages::tr("%1 on %2").arg(database(), QString::fromUtf8(PQhost(m_connection)));
}

Transaction::Transaction(Connection& connection, Kind kind)
    : m_connection(connection)
    , m_nested(connection.inTransaction())
{
    if (m_nested)
        m_connection.exec("SAVEPOINT tenure_nested");
    else if (kind == Kind::ReadOnlySnapshot)
        m_connection.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    else
        m_connection.exec("BEGIN");
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    const char* undo = m_nested
                           ? "ROLLBACK TO SAVEPOINT tenure_nested; RELEASE SAVEPOINT tenure_nested"
                           : "ROLLBACK";
    PQclear(PQexec(m_connection.handle(), undo));
}

void Transaction::commit()
{
    m_connection.exec(m_nested ? "RELEASE SAVEPOINT tenure_nested" : "COMMIT");
    m_open = false;
}

void appendCopyField(QByteArray& row, std::string_view utf8)
{
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            row.append("\\\\");
            break;
        case '\t':
            row.append("\\t");
            break;
        case '\n':
            row.append("\\n");
            break;
        case '\r':
            row.append("\\r");
            break;
        default:
            row.append(c);
        }
    }
}

void appendCopyNull(QByteArray& row)
{
    row.append("\\N");
}

namespace {

// The value of one digit in `base` (8 or 16), or -1.
int digitValue(char digit, int base)
{
    if (digit >= '0' && digit <= (base == 8 ? '7' : '9'))
        return digit - '0';
    if (base == 16 && digit >= 'a' && digit <= 'f')
        return digit - 'a' + 10;
    if (base == 16 && digit >= 'A' && digit <= 'F')
        return digit - 'A' + 10;
    return -1;
}

// Reads up to `most` digits in `base` from `text` at `at`, moving `at` past them.
int readCode(std::string_view text, std::size_t& at, int base, std::size_t most)
{
    int code = 0;
    for (std::size_t taken = 0; taken < most && at < text.size(); ++taken, ++at) {
        const int value = digitValue(text[at], base);
        if (value < 0)
            break;
        code = code * base + value;
    }
    return code;
}

// One field of COPY's text format without its escapes: a backslash before
// b, f, n, r, t or v is that control character, before up to three octal
// digits or x and up to two hex digits that byte, before anything else that
// character itself.
std::string unescapeCopyField(std::string_view raw)
{
    static constexpr std::string_view kLetters = "bfnrtv";
    static constexpr std::string_view kControls = "\b\f\n\r\t\v";
    std::string value;
    value.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size();) {
        if (raw[i] != '\\' || i + 1 == raw.size()) {
            value.push_back(raw[i++]);
            continue;
        }
        const char next = raw[++i];
        const std::size_t control = kLetters.find(next);
        const bool hex = next == 'x' && i + 1 < raw.size() && digitValue(raw[i + 1], 16) >= 0;
        if (control != std::string_view::npos) {
            value.push_back(kControls[control]);
            ++i;
        } else if (hex) {
            ++i;
            value.push_back(static_cast<char>(readCode(raw, i, 16, 2)));
        } else if (digitValue(next, 8) >= 0) {
            value.push_back(static_cast<char>(readCode(raw, i, 8, 3)));
        } else {
            value.push_back(next);
            ++i;
        }
    }
    return value;
}

} // namespace

std::vector<std::optional<std::string>> splitCopyRow(std::string_view row)
{
    std::vector<std::optional<std::string>> fields;
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = std::min(row.find('\t', start), row.size());
        const std::string_view raw = row.substr(start, end - start);
        if (raw == "\\N")
            fields.emplace_back(std::nullopt);
        else
            fields.emplace_back(unescapeCopyField(raw));
        if (end == row.size())
            break;
        start = end + 1;
    }
    return fields;
}

} // namespace tenure::store::postgres
