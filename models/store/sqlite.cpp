#include "sqlite.h"

#include "bookerror.h"
#include "changerecorder.h"
#include "rowchange.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sqlite3.h>
#include <unistd.h>

namespace tenure::store {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::store::Connection)
};

BookError::Kind kindFor(int rc, const QString& detail)
{
    switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return BookError::Kind::Busy;
    case SQLITE_NOTADB:
        return BookError::Kind::NotABook;
    case SQLITE_CORRUPT:
        return BookError::Kind::Corrupt;
    case SQLITE_ERROR:
        // Tenure's own statements name only tables and columns its schema
        // has: one that is missing means the book was damaged or edited.
        if (detail.startsWith(QLatin1String("no such table")) ||
            detail.startsWith(QLatin1String("no such column")))
            return BookError::Kind::Corrupt;
        return BookError::Kind::Io;
    default:
        return BookError::Kind::Io;
    }
}

// What went wrong in words, without the SQL that met it: SQLite's own reason
// ("database disk image is malformed") goes in brackets.
QString describe(int rc, const QString& fileName, const QString& detail)
{
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return Messages::tr("The disk is full: Tenure could not write %1. Free some space and "
                            "try again.")
            .arg(fileName);
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return Messages::tr("Tenure may not change %1 (%2).").arg(fileName, detail);
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return Messages::tr("Tenure could not read or write %1 on the disk (%2).")
            .arg(fileName, detail);
    default:
        break;
    }
    switch (kindFor(rc, detail)) {
    case BookError::Kind::Corrupt:
        return Messages::tr("The book %1 is damaged (%2). Restore it from a backup.")
            .arg(fileName, detail);
    case BookError::Kind::NotABook:
        return Messages::tr("%1 is not a Tenure book (%2).").arg(fileName, detail);
    default:
        return Messages::tr("Tenure could not use the book %1 (%2).").arg(fileName, detail);
    }
}

// A book whose folder we may not write to, with no shared-memory file and no
// write-ahead log holding changes beside it: nobody can be changing it (a
// writer would need to create its journal or log there), and SQLite could
// not create the shared-memory file a reader of a WAL book needs. Such a book
// is read as immutable, so that it can be read at all, without anything
// written. With a shared-memory file there, SQLite reads it as usual.
bool isInReadOnlyPlace(const QString& path)
{
    const QFileInfo file(path);
    const QByteArray folder = QFile::encodeName(file.absolutePath());
    // A book file one may not write is read the same way, even in a folder
    // one may: reading it must not leave a log and shared memory beside it.
    if (::access(folder.constData(), W_OK) == 0 &&
        ::access(QFile::encodeName(file.absoluteFilePath()).constData(), W_OK) == 0)
        return false;
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return !QFileInfo::exists(path + QStringLiteral("-shm")) && (!wal.exists() || wal.size() == 0);
}

} // namespace

Connection::Connection(const QString& path, Mode mode)
    : m_path(path)
{
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    QByteArray name = path == QLatin1String(":memory:")
                          ? path.toUtf8()
                          : QFileInfo(path).absoluteFilePath().toUtf8();
    if (mode == Mode::ReadOnly && isInReadOnlyPlace(path)) {
        name = "file:" + QUrl::toPercentEncoding(QString::fromUtf8(name), "/") + "?immutable=1";
        flags |= SQLITE_OPEN_URI;
    }
    const int rc = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
        sqlite3_close(m_db);
        m_db = nullptr;
        throw BookError(kindFor(rc, detail), describe(rc, QFileInfo(path).fileName(), detail));
    }
    sqlite3_extended_result_codes(m_db, 1);
    // SQL stored in a book (views, triggers) may call only harmless functions.
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    // A second writer waits this long for the lock before it is told the book is busy.
    sqlite3_busy_timeout(m_db, kBusyWaitMs);
}

Connection::~Connection()
{
    m_recorder.reset();
    sqlite3_close_v2(m_db);
}

void Connection::forwardCommitsTo(std::shared_ptr<CommitForwarder> forwarder)
{
    m_forwarder = std::move(forwarder);
    sqlite3_commit_hook(m_db, m_forwarder ? &Connection::allowCommit : nullptr, this);
}

void Connection::replaceWith(Connection& source)
{
    m_forwarded = true;
    sqlite3_backup* copy = sqlite3_backup_init(m_db, "main", source.handle(), "main");
    const int rc = copy ? sqlite3_backup_step(copy, -1) : sqlite3_errcode(m_db);
    if (copy)
        sqlite3_backup_finish(copy);
    m_forwarded = false;
    if (rc != SQLITE_DONE)
        fail(rc, Messages::tr("Copying a book"));
}

// SQLite asks before every commit of a write: only a forwarded transaction's
// may go through (a nonzero answer turns the commit into a rollback).
int Connection::allowCommit(void* connection)
{
    return static_cast<Connection*>(connection)->m_forwarded ? 0 : 1;
}

bool Connection::isReadOnly() const
{
    return sqlite3_db_readonly(m_db, "main") == 1;
}

void Connection::fail(int rc, const QString&) const
{
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_db));
    const auto kind = kindFor(rc, detail);
    if (kind == BookError::Kind::Busy) {
        throw BookError(kind, Messages::tr("The book %1 is being changed by another Tenure window "
                                           "or process. Try again when it has finished.")
                                  .arg(QFileInfo(m_path).fileName()));
    }
    throw BookError(kind, describe(rc, QFileInfo(m_path).fileName(), detail));
}

void Connection::exec(std::string_view sql)
{
    const std::string text(sql);
    char* error = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &error);
    sqlite3_free(error);
    if (rc != SQLITE_OK)
        fail(rc, Messages::tr("Running SQL"));
}

Statement Connection::prepare(std::string_view sql)
{
    sqlite3_stmt* statement = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
    if (rc != SQLITE_OK)
        fail(rc, Messages::tr("Preparing SQL"));
    return Statement(*this, statement);
}

std::optional<std::int64_t> Connection::queryInt(std::string_view sql)
{
    Statement statement = prepare(sql);
    if (!statement.step() || statement.isNull(0))
        return std::nullopt;
    return statement.intValue(0);
}

std::optional<QString> Connection::queryText(std::string_view sql)
{
    Statement statement = prepare(sql);
    if (!statement.step() || statement.isNull(0))
        return std::nullopt;
    return statement.textValue(0);
}

std::int64_t Connection::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Connection::changes() const
{
    return sqlite3_changes(m_db);
}

Statement::Statement(Connection& connection, sqlite3_stmt* statement)
    : m_connection(&connection)
    , m_statement(statement)
{
}

Statement::Statement(Statement&& other) noexcept
    : m_connection(other.m_connection)
    , m_statement(other.m_statement)
{
    other.m_statement = nullptr;
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Statement& Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    if (value.isNull())
        return bindNull(index);
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), static_cast<int>(utf8.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, std::string_view utf8)
{
    sqlite3_bind_text(m_statement, index, utf8.data(), static_cast<int>(utf8.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindBlob(int index, const QByteArray& bytes)
{
    sqlite3_bind_blob64(m_statement, index, bytes.constData(),
                        static_cast<sqlite3_uint64>(bytes.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_connection->fail(rc, QString::fromUtf8(sqlite3_sql(m_statement)).section(u' ', 0, 2));
}

void Statement::exec()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

Statement::ValueType Statement::type(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return ValueType::Integer;
    case SQLITE_FLOAT:
        return ValueType::Real;
    case SQLITE_TEXT:
        return ValueType::Text;
    case SQLITE_BLOB:
        return ValueType::Blob;
    default:
        return ValueType::Null;
    }
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

std::int64_t Statement::intValue(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double Statement::doubleValue(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString Statement::textValue(int column) const
{
    if (isNull(column))
        return {};
    return QString::fromUtf8(utf8Value(column));
}

std::string_view Statement::utf8Value(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    const int size = sqlite3_column_bytes(m_statement, column);
    return text ? std::string_view(text, static_cast<std::size_t>(size)) : std::string_view();
}

QByteArray Statement::blobValue(int column) const
{
    const auto* bytes = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
    return QByteArray(bytes, sqlite3_column_bytes(m_statement, column));
}

Transaction::Transaction(Connection& connection, Kind kind)
    : m_connection(connection)
    , m_nested(sqlite3_get_autocommit(connection.handle()) == 0)
{
    if (m_nested) {
        m_connection.exec("SAVEPOINT tenure_nested");
        return;
    }
    m_connection.exec(kind == Kind::Immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
    if (m_connection.m_forwarder) {
        try {
            m_connection.m_recorder = std::make_unique<ChangeRecorder>(m_connection);
        } catch (...) {
            sqlite3_exec(m_connection.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
            throw;
        }
    }
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    const char* undo = m_nested ? "ROLLBACK TO tenure_nested; RELEASE tenure_nested" : "ROLLBACK";
    sqlite3_exec(m_connection.handle(), undo, nullptr, nullptr, nullptr);
    if (!m_nested)
        m_connection.m_recorder.reset();
}

void Transaction::commit()
{
    if (m_nested) {
        m_connection.exec("RELEASE tenure_nested");
        m_open = false;
        return;
    }
    if (m_connection.m_recorder) {
        const std::unique_ptr<ChangeSet> changes = m_connection.m_recorder->changes();
        m_connection.m_recorder.reset();
        if (!changes->empty())
            m_connection.m_forwarder->forward(*changes); // throws when refused: rolled back
        m_connection.m_forwarded = true;
    }
    struct EndForwarded
    {
        bool& forwarded;
        ~EndForwarded() { forwarded = false; }
    } end{m_connection.m_forwarded};
    m_connection.exec("COMMIT");
    m_open = false;
}

} // namespace tenure::store
