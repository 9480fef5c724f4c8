// The demo book generator: deterministic, atomic, and a book whose numbers
// and evidence are what the views and the health score will be judged on.
#include "bookquery.h"
#include "common/tempbook.h"
#include "common/testmain.h"
#include "core/progress.h"
#include "demo/demogenerator.h"
#include "mrrtimeline.h"
#include "store/book.h"
#include "store/bookerror.h"

#include <QDir>

#include <memory>

using tenure::demo::DemoOptions;
using tenure::demo::generateDemoBook;
using tenure::store::Book;
using tenure::test::queryNumber;

namespace {

const QDate kToday(2025, 6, 15);

DemoOptions options(int accounts, std::uint64_t seed)
{
    DemoOptions result;
    result.accounts = accounts;
    result.seed = seed;
    result.today = kToday;
    return result;
}

// Says it is cancelled once it has been asked `patience` times.
class CancellingProgress : public tenure::Progress
{
public:
    explicit CancellingProgress(int patience)
        : m_patience(patience)
    {
    }
    void report(std::int64_t, std::int64_t, const QString&) override { ++reports; }
    bool isCancelled() const override { return ++m_asked > m_patience; }
    int reports = 0;

private:
    int m_patience;
    mutable int m_asked = 0;
};

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private:
    double number(const QString& sql)
    {
        return queryNumber(m_book->connection(),
                           QString(sql)
                               .replace(QStringLiteral("$TODAY"), kToday.toString(Qt::ISODate))
                               .toStdString());
    }

    tenure::test::TempFolder m_folder;
    std::unique_ptr<Book> m_book;
    tenure::demo::DemoSummary m_summary;

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = m_folder.path(QStringLiteral("demo.tenure"));
        m_summary = generateDemoBook(path, options(1500, 7));
        m_book = Book::open(path, Book::Access::ReadOnly);
    }

    void summaryCountsTheRows()
    {
        QCOMPARE(m_summary.accounts, 1500);
        QCOMPARE(static_cast<std::int64_t>(number(QStringLiteral("SELECT count(*) FROM usage"))),
                 m_summary.usageRows);
        QCOMPARE(static_cast<std::int64_t>(number(QStringLiteral("SELECT count(*) FROM tickets"))),
                 m_summary.tickets);
        QCOMPARE(m_book->meta(QStringLiteral("demo_seed")), QStringLiteral("7"));
        QCOMPARE(m_book->meta(QStringLiteral("demo_today")), QStringLiteral("2025-06-15"));
        QCOMPARE(m_book->meta(QStringLiteral("demo_accounts")), QStringLiteral("1500"));
        QCOMPARE(m_book->meta(QStringLiteral("book_name")), QStringLiteral("Demo book"));
    }

    void sameSeedSameBookOtherSeedOtherBook()
    {
        QByteArray hashes[3];
        const std::uint64_t seeds[3] = {5, 5, 6};
        for (int i = 0; i < 3; ++i) {
            const QString path = m_folder.path(QStringLiteral("seed%1.tenure").arg(i));
            generateDemoBook(path, options(300, seeds[i]));
            hashes[i] = tenure::test::contentHash(Book::open(path)->connection());
        }
        QCOMPARE(hashes[0], hashes[1]);
        QVERIFY(hashes[0] != hashes[2]);
    }

    void refusesToOverwrite()
    {
        const QString path = m_folder.write(QStringLiteral("taken.tenure"), "keep me");
        try {
            generateDemoBook(path, options(10, 1));
            QFAIL("an existing file was overwritten");
        } catch (const tenure::store::BookError& error) {
            QCOMPARE(error.kind(), tenure::store::BookError::Kind::AlreadyExists);
        }
        QCOMPARE(tenure::test::readAll(path), QByteArray("keep me"));
    }

    void cancelledGenerationLeavesNothing()
    {
        tenure::test::TempFolder folder;
        const QString path = folder.path(QStringLiteral("cancelled.tenure"));
        CancellingProgress progress(3);
        QVERIFY_THROWS_EXCEPTION(tenure::Cancelled,
                                 generateDemoBook(path, options(1000, 1), &progress));
        QVERIFY(progress.reports > 0);
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(QDir(folder.path(QString())).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void foreignKeysAndIntegrityHold()
    {
        auto& connection = m_book->connection();
        QVERIFY(!connection.prepare("PRAGMA foreign_key_check").step());
        QCOMPARE(connection.queryText("PRAGMA integrity_check").value(), QStringLiteral("ok"));
    }
};

TENURE_TEST_MAIN(TestDemo)
#include "tst_demo.moc"
