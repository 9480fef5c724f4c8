// DerivedCache: results kept for one state of one book file, lost with any
// committed change (Tenure's or another program's), and never in the way when
// the cache itself cannot be used.
#include "common/tempbook.h"
#include "common/testmain.h"
#include "store/book.h"
#include "store/derivedcache.h"
#include "store/sqlite.h"

#include <QFile>
#include <QStandardPaths>

using tenure::store::Book;
using tenure::store::Connection;
using tenure::store::DerivedCache;
using tenure::test::TempFolder;

namespace {

const QString kKind = QStringLiteral("test-kind");
const QString kKey = QStringLiteral("2026-06-30");
const QByteArray kPayload("scored accounts");

// Whether the cache, opened anew for `book` as it stands, holds the test entry.
bool holdsEntry(const Connection& book)
{
    return DerivedCache::forBook(book)->find(kKind, kKey) == kPayload;
}

// Rows the cache file keeps for the book at `path`.
qint64 rowsFor(const QString& path)
{
    Connection cache(DerivedCache::filePath(), Connection::Mode::ReadOnly);
    auto count = cache.prepare("SELECT count(*) FROM derived WHERE book = ?1");
    count.bind(1, path);
    count.step();
    return count.intValue(0);
}

} // namespace

class DerivedCacheTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { qunsetenv("TENURE_DERIVED_CACHE"); }
    void cleanup() { qunsetenv("TENURE_DERIVED_CACHE"); }

    void keepsAnEntryForTheUnchangedBook();
    void aWriteThroughTenureLosesIt();
    void aWriteByAnotherProgramLosesIt();
    void aNewBookAtTheSamePathDoesNotSeeIt();
    void keepsOnlyTheNewestStateAndBooksThatExist();
    void anUnchangedBookKeepsItsNewestEntriesUpToTheBound();
    void anUnusableCacheIsNoneAndNoError();
};

void DerivedCacheTest::keepsAnEntryForTheUnchangedBook()
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("book.tenure"));
    auto book = Book::create(path);
    auto cache = DerivedCache::forBook(book->connection());
    QVERIFY(cache->isEnabled());
    QVERIFY(!cache->find(kKind, kKey));
    cache->store(kKind, kKey, kPayload);
    QCOMPARE(cache->find(kKind, kKey), kPayload);
    QVERIFY(!cache->find(kKind, QStringLiteral("2026-03-31")));
    QVERIFY(!cache->find(QStringLiteral("other-kind"), kKey));
    // Another process reading the same book, read-only, finds it too.
    auto reader = Book::open(path, Book::Access::ReadOnly);
    QVERIFY(holdsEntry(reader->connection()));
    reader.reset();
    // The last writer to close folds the log into the book: its file changes,
    // so the cache starts again, and from then on every run finds its entry.
    book.reset();
    auto first = Book::open(path, Book::Access::ReadOnly);
    QVERIFY(!holdsEntry(first->connection()));
    DerivedCache::forBook(first->connection())->store(kKind, kKey, kPayload);
    first.reset();
    for (int run = 0; run < 2; ++run) {
        auto next = Book::open(path, Book::Access::ReadOnly);
        QVERIFY(holdsEntry(next->connection()));
    }
    auto window = Book::open(path, Book::Access::ReadWrite);
    QVERIFY(holdsEntry(window->connection()));
}

void DerivedCacheTest::aWriteThroughTenureLosesIt()
{
    TempFolder folder;
    auto book = Book::create(folder.path(QStringLiteral("book.tenure")));
    DerivedCache::forBook(book->connection())->store(kKind, kKey, kPayload);
    QVERIFY(holdsEntry(book->connection()));
    book->setMeta(QStringLiteral("fiscal_year_start_month"), QStringLiteral("4"));
    QVERIFY(!holdsEntry(book->connection()));
}

void DerivedCacheTest::aWriteByAnotherProgramLosesIt()
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("book.tenure"));
    auto book = Book::create(path);
    DerivedCache::forBook(book->connection())->store(kKind, kKey, kPayload);
    {
        // A plain SQLite connection, as the sqlite3 shell would make.
        Connection other(path, Connection::Mode::ReadWrite);
        other.exec("UPDATE book_meta SET value = 'EUR' WHERE key = 'base_currency'");
    }
    QVERIFY(!holdsEntry(book->connection()));
}

void DerivedCacheTest::aNewBookAtTheSamePathDoesNotSeeIt()
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("book.tenure"));
    auto book = Book::create(path);
    DerivedCache::forBook(book->connection())->store(kKind, kKey, kPayload);
    book.reset();
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    auto replacement = Book::create(path);
    QVERIFY(!holdsEntry(replacement->connection()));
}

void DerivedCacheTest::keepsOnlyTheNewestStateAndBooksThatExist()
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("book.tenure"));
    const QString gone = folder.path(QStringLiteral("gone.tenure"));
    auto book = Book::create(path);
    {
        auto temporary = Book::create(gone);
        DerivedCache::forBook(temporary->connection())->store(kKind, kKey, kPayload);
    }
    DerivedCache::forBook(book->connection())->store(kKind, kKey, kPayload);
    DerivedCache::forBook(book->connection())->store(kKind, QStringLiteral("other"), kPayload);
    QCOMPARE(rowsFor(path), 2);
    QCOMPARE(rowsFor(gone), 1);
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(gone + QLatin1String(suffix));

    book->setMeta(QStringLiteral("fiscal_year_start_month"), QStringLiteral("7"));
    DerivedCache::forBook(book->connection())->store(kKind, kKey, kPayload);
    QCOMPARE(rowsFor(path), 1); // the earlier state's two went
    QCOMPARE(rowsFor(gone), 0);
}

// An unchanged book asked about day after day: the oldest entries go once
// the book's entries would take more than the bound.
void DerivedCacheTest::anUnchangedBookKeepsItsNewestEntriesUpToTheBound()
{
    TempFolder folder;
    auto book = Book::create(folder.path(QStringLiteral("archive.tenure")));
    QCOMPARE(DerivedCache::forBook(book->connection())->maxBytesPerBook(),
             DerivedCache::kMaxBytesPerBook);
    const QByteArray day(1000, 'x');
    for (int i = 1; i <= 5; ++i) {
        auto cache = DerivedCache::forBook(book->connection());
        cache->setMaxBytesPerBook(3500);
        cache->store(kKind, QStringLiteral("day %1").arg(i), day);
    }
    auto cache = DerivedCache::forBook(book->connection());
    QCOMPARE(rowsFor(book->path()), 3);
    QVERIFY(!cache->find(kKind, QStringLiteral("day 2")));
    for (const char* kept : {"day 3", "day 4", "day 5"})
        QCOMPARE(cache->find(kKind, QLatin1String(kept)), day);
    // One entry larger than the bound is not kept at all.
    cache->setMaxBytesPerBook(500);
    cache->store(kKind, QStringLiteral("day 6"), day);
    QCOMPARE(rowsFor(book->path()), 0);
}

void DerivedCacheTest::anUnusableCacheIsNoneAndNoError()
{
    TempFolder folder;
    auto book = Book::create(folder.path(QStringLiteral("book.tenure")));

    qputenv("TENURE_DERIVED_CACHE", "off");
    auto off = DerivedCache::forBook(book->connection());
    QVERIFY(!off->isEnabled());
    off->store(kKind, kKey, kPayload);
    QVERIFY(!off->find(kKind, kKey));
    qunsetenv("TENURE_DERIVED_CACHE");

    // A cache file that is not a database: every lookup misses, nothing throws.
    const QString cacheFile = DerivedCache::filePath();
    QFile::remove(cacheFile + QStringLiteral("-wal"));
    QFile::remove(cacheFile + QStringLiteral("-shm"));
    QFile damaged(cacheFile);
    QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    damaged.write(QByteArray(4096, 'x'));
    damaged.close();
    auto unusable = DerivedCache::forBook(book->connection());
    unusable->store(kKind, kKey, kPayload);
    QVERIFY(!unusable->find(kKind, kKey));
    QVERIFY(!unusable->isEnabled());
    QVERIFY(QFile::remove(cacheFile));

    // A book in memory has no file state to key by.
    Connection memory(QStringLiteral(":memory:"), Connection::Mode::Create);
    QVERIFY(!DerivedCache::forBook(memory)->isEnabled());
}

TENURE_TEST_MAIN(DerivedCacheTest)
#include "tst_derivedcache.moc"
