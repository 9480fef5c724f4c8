#include "book.h"

#include "bookcheck.h"
#include "bookerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QtEndian>

#include <sqlite3.h>

namespace tenure::store {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::store::Book)
};

QString fileName(const QString& path)
{
    return QFileInfo(path).fileName();
}

void configure(Connection& connection)
{
    connection.exec("PRAGMA foreign_keys = ON");
    // WAL lets readers in other processes see committed data while one writes.
    // Switching to it needs the book to itself, and SQLite answers "busy" at
    // once instead of waiting (another process's bulk import holds it in a
    // rollback journal): wait here as long as for any other write.
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        try {
            connection.exec("PRAGMA journal_mode = WAL");
            break;
        } catch (const BookError& error) {
            if (error.kind() != BookError::Kind::Busy || waited.elapsed() >= kBusyWaitMs)
                throw;
            QThread::msleep(50);
        }
    }
    connection.exec("PRAGMA synchronous = NORMAL");
}

// Refuses a book whose header says it is none this version of Tenure reads.
void judgeHeader(const QString& path, std::int64_t applicationId, int version, int newestKnown)
{
    if (applicationId != Book::kApplicationId) {
        throw BookError(
            BookError::Kind::NotABook,
            Messages::tr("%1 is not a Tenure book. It has not been changed.").arg(fileName(path)));
    }
    if (version == 0) {
        // Tenure's mark without a schema: not a book Tenure made.
        throw BookError(BookError::Kind::NotABook,
                        Messages::tr("%1 is marked as a Tenure book but holds none (it has no "
                                     "book format version). It has not been changed.")
                            .arg(fileName(path)));
    }
    if (version > newestKnown) {
        throw BookError(BookError::Kind::TooNew,
                        Messages::tr("%1 was written by a newer version of Tenure (book "
                                     "format %2; this version reads up to %3). Update "
                                     "Tenure to open it. It has not been changed.")
                            .arg(fileName(path))
                            .arg(version)
                            .arg(newestKnown));
    }
}

// The header fields judgeHeader needs, read from the file's first 100 bytes
// without SQLite, so that a file refused on them gets no log or shared-memory
// file beside it. Trusted only with no journal or log beside the book, which
// could hold a newer first page; then only SQLite's reading counts.
void judgeFileHeader(const QString& path, int newestKnown)
{
    for (const char* suffix : {"-wal", "-journal"}) {
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return; // SQLite says why
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        judgeHeader(path, 0, 0, newestKnown);
    const auto bigEndian = [&header](int at) {
        return static_cast<std::int32_t>(qFromBigEndian<quint32>(header.constData() + at));
    };
    judgeHeader(path, bigEndian(68), bigEndian(60), newestKnown);
}

// Reads the header of an existing file without writing to it, and refuses
// anything that is not a book this version of Tenure understands.
//
// The one exception: a write killed half-way while the book used a rollback
// journal (a bulk import does, RollbackJournal) leaves the journal beside it.
// A read-only connection cannot roll it back and fails, so the probe then
// opens the book for writing, and its first read rolls the book back to how
// it was before that write.
int inspect(const QString& path, const std::vector<Migration>& steps)
{
    const int newestKnown = steps.empty() ? 0 : steps.back().version;
    judgeFileHeader(path, newestKnown);
    try {
        const bool interruptedWrite = QFileInfo::exists(path + QStringLiteral("-journal"));
        Connection probe(path, interruptedWrite ? Connection::Mode::ReadWrite
                                                : Connection::Mode::ReadOnly);
        const auto applicationId = probe.queryInt("PRAGMA application_id").value_or(0);
        const int version = schemaVersionOf(probe);
        // Reading the schema catches a damaged first page early.
        probe.queryInt("SELECT count(*) FROM sqlite_schema");
        judgeHeader(path, applicationId, version, newestKnown);
        checkSchema(probe, steps, version, fileName(path));
        return version;
    } catch (const BookError& error) {
        switch (error.kind()) {
        case BookError::Kind::NotABook:
            if (error.message().contains(fileName(path)))
                throw; // already says why, in words
            throw BookError(error.kind(),
                            Messages::tr("%1 is not a Tenure book. It has not been changed.")
                                .arg(fileName(path)));
        case BookError::Kind::Corrupt:
            if (error.message().contains(fileName(path)))
                throw; // already says why, in words
            throw BookError(error.kind(),
                            Messages::tr("%1 is damaged and cannot be read. It has not been "
                                         "changed; restore it from a backup.")
                                .arg(fileName(path)));
        default:
            throw;
        }
    }
}

QString backupPathFor(const QString& path, int version)
{
    const QFileInfo info(path);
    QString candidate =
        info.dir().filePath(QStringLiteral("%1.before-upgrade-v%2.%3")
                                .arg(info.completeBaseName())
                                .arg(version)
                                .arg(info.suffix().isEmpty() ? Book::kFileSuffix : info.suffix()));
    for (int n = 2; QFileInfo::exists(candidate); ++n) {
        candidate = info.dir().filePath(QStringLiteral("%1.before-upgrade-v%2-%3.%4")
                                            .arg(info.completeBaseName())
                                            .arg(version)
                                            .arg(n)
                                            .arg(info.suffix()));
    }
    return candidate;
}

} // namespace

Book::Book(const QString& path, Access access)
    : m_path(path)
    , m_access(access)
{
}

std::unique_ptr<Book> Book::create(const QString& path, const QString& baseCurrency)
{
    if (QFileInfo::exists(path)) {
        throw BookError(BookError::Kind::AlreadyExists,
                        Messages::tr("%1 already exists; choose another name.").arg(path));
    }
    std::unique_ptr<Book> book(new Book(path, Access::ReadWrite));
    try {
        book->m_connection = std::make_unique<Connection>(path, Connection::Mode::Create);
        Connection& connection = *book->m_connection;
        connection.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
        configure(connection);
        applyMigrations(connection, standardMigrations());
        book->setMeta(QStringLiteral("base_currency"), baseCurrency);
        book->setMeta(QStringLiteral("created_at"),
                      QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        book->setMeta(QStringLiteral("created_by"), QStringLiteral("Tenure " TENURE_VERSION));
    } catch (...) {
        book.reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        throw;
    }
    return book;
}

std::unique_ptr<Book> Book::open(const QString& path, Access access)
{
    return open(path, access, standardMigrations());
}

std::unique_ptr<Book> Book::open(const QString& path, Access access,
                                 const std::vector<Migration>& steps)
{
    if (!QFileInfo(path).isFile()) {
        throw BookError(BookError::Kind::NotFound,
                        Messages::tr("There is no book at %1.").arg(path));
    }
    const int newest = steps.empty() ? 0 : steps.back().version;
    const int version = inspect(path, steps);

    std::unique_ptr<Book> book(new Book(path, access));
    if (access == Access::ReadOnly) {
        book->m_connection = std::make_unique<Connection>(path, Connection::Mode::ReadOnly);
        book->m_connection->exec("PRAGMA foreign_keys = ON");
        return book;
    }

    book->m_connection = std::make_unique<Connection>(path, Connection::Mode::ReadWrite);
    // A damaged book is refused before anything is written to it.
    checkIntact(*book->m_connection, fileName(path));
    if (version < newest) {
        book->m_upgradeBackupPath = backupPathFor(path, version);
        backup(*book->m_connection, book->m_upgradeBackupPath);
    }
    configure(*book->m_connection);
    applyMigrations(*book->m_connection, steps);
    return book;
}

int Book::schemaVersion()
{
    return schemaVersionOf(*m_connection);
}

std::optional<QString> readBookMeta(Connection& connection, const QString& key)
{
    Statement select = connection.prepare("SELECT value FROM book_meta WHERE key = ?");
    select.bind(1, key);
    if (!select.step())
        return std::nullopt;
    return select.textValue(0);
}

void writeBookMeta(Connection& connection, const QString& key, const QString& value)
{
    Statement upsert = connection.prepare("INSERT INTO book_meta(key, value) VALUES (?, ?) "
                                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    upsert.bind(1, key).bind(2, value).exec();
}

QString Book::meta(const QString& key)
{
    return readBookMeta(*m_connection, key).value_or(QString());
}

void Book::setMeta(const QString& key, const QString& value)
{
    writeBookMeta(*m_connection, key, value);
}

void Book::backup(Connection& source, const QString& target)
{
    Connection destination(target, Connection::Mode::Create);
    destination.replaceWith(source);
}

} // namespace tenure::store
