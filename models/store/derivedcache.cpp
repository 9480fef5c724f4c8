#include "derivedcache.h"

#include "bookerror.h"
#include "sqlite.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <cstdint>
#include <sys/stat.h>

namespace tenure::store {

namespace {

// Raise when what the cache holds changes shape or meaning (a new payload
// layout, a change to how health is scored): entries of older formats are
// then never read, and go with their book's next store.
constexpr int kFormat = 2;

// A file's identity and last change, precise to the nanosecond; empty when
// there is no file or it holds nothing (an empty write-ahead log has no
// committed change in it, and readers create and remove one as they come and go).
QString fileState(const QString& path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0 || info.st_size == 0)
        return {};
    return QStringLiteral("%1:%2:%3.%4")
        .arg(info.st_ino)
        .arg(info.st_size)
        .arg(info.st_mtim.tv_sec)
        .arg(info.st_mtim.tv_nsec);
}

void prepareSchema(Connection& cache)
{
    cache.exec("PRAGMA journal_mode = WAL");
    cache.exec("PRAGMA synchronous = NORMAL");
    cache.exec("CREATE TABLE IF NOT EXISTS derived ("
               " book TEXT NOT NULL, state TEXT NOT NULL, kind TEXT NOT NULL,"
               " key TEXT NOT NULL, payload BLOB NOT NULL,"
               " PRIMARY KEY (book, kind, key))");
}

} // namespace

QString DerivedCache::filePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    return folder.isEmpty() ? QString() : folder + QStringLiteral("/tenure/derived.sqlite");
}

std::unique_ptr<DerivedCache> DerivedCache::forBook(const Connection& book)
{
    const QString bookPath = QFileInfo(book.path()).absoluteFilePath();
    const QString state =
        QStringLiteral("%1/%2|%3|%4")
            .arg(QStringLiteral(TENURE_VERSION))
            .arg(kFormat)
            .arg(fileState(bookPath), fileState(bookPath + QStringLiteral("-wal")));
    std::unique_ptr<Connection> cache;
    const QString path = filePath();
    const bool wanted = book.path() != QLatin1String(":memory:") && !path.isEmpty() &&
                        qEnvironmentVariable("TENURE_DERIVED_CACHE") != QLatin1String("off") &&
                        QFileInfo::exists(bookPath) && QDir().mkpath(QFileInfo(path).path());
    if (wanted) {
        try {
            cache = std::make_unique<Connection>(path, Connection::Mode::Create);
            prepareSchema(*cache);
        } catch (const BookError&) {
            cache.reset(); // a cache that cannot be used is none
        }
    }
    return std::unique_ptr<DerivedCache>(new DerivedCache(std::move(cache), bookPath, state));
}

DerivedCache::DerivedCache(std::unique_ptr<Connection> cache, QString book, QString state)
    : m_cache(std::move(cache))
    , m_book(std::move(book))
    , m_state(std::move(state))
{
}

DerivedCache::~DerivedCache() = default;

std::optional<QByteArray> DerivedCache::find(const QString& kind, const QString& key)
{
    if (!m_cache)
        return std::nullopt;
    try {
        Statement lookup = m_cache->prepare("SELECT payload FROM derived WHERE book = ?1 AND kind "
                                            "= ?2 AND key = ?3 AND state = ?4");
        lookup.bind(1, m_book).bind(2, kind).bind(3, key).bind(4, m_state);
        if (lookup.step())
            return lookup.blobValue(0);
    } catch (const BookError&) {
        m_cache.reset();
    }
    return std::nullopt;
}

void DerivedCache::store(const QString& kind, const QString& key, const QByteArray& payload)
{
    if (!m_cache)
        return;
    try {
        Transaction transaction(*m_cache);
        // Entries of the book's earlier states are never looked up again.
        m_cache->prepare("DELETE FROM derived WHERE book = ?1 AND state <> ?2")
            .bind(1, m_book)
            .bind(2, m_state)
            .exec();
        m_cache
            ->prepare("INSERT OR REPLACE INTO derived (book, state, kind, key, payload) "
                      "VALUES (?1, ?2, ?3, ?4, ?5)")
            .bind(1, m_book)
            .bind(2, m_state)
            .bind(3, kind)
            .bind(4, key)
            .bindBlob(5, payload)
            .exec();
        // An unchanged book asked about day after day would gather a day's
        // scores each time: only its newest entries, up to a bound, are kept.
        m_cache
            ->prepare("DELETE FROM derived WHERE rowid IN (SELECT rowid FROM (SELECT rowid, "
                      "sum(length(payload)) OVER (ORDER BY rowid DESC) AS newer "
                      "FROM derived WHERE book = ?1) WHERE newer > ?2)")
            .bind(1, m_book)
            .bind(2, m_maxBytesPerBook)
            .exec();
        // Nor are those of books that are gone (temporary books, renamed ones).
        QStringList gone;
        for (Statement books = m_cache->prepare("SELECT DISTINCT book FROM derived");
             books.step();) {
            const QString book = books.textValue(0);
            if (!QFileInfo::exists(book))
                gone << book;
        }
        Statement forget = m_cache->prepare("DELETE FROM derived WHERE book = ?1");
        for (const QString& book : std::as_const(gone))
            forget.bind(1, book).exec();
        transaction.commit();
    } catch (const BookError&) {
        m_cache.reset();
    }
}

} // namespace tenure::store
