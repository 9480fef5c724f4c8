// The book's change signal hears writes made elsewhere: another connection in
// this process (another window, a job), and another process (`tenure import`),
// within a second; and a window's own writes only once.
#include "cli/clirun.h"
#include "common/tempbook.h"
#include "common/testmain.h"
#include "store/book.h"
#include "store/bookdocument.h"
#include "store/sqlite.h"

#include <QElapsedTimer>
#include <QSignalSpy>

#include <algorithm>
#include <vector>

using tenure::store::Book;
using tenure::store::BookChange;
using tenure::store::BookDocument;
using tenure::store::Connection;

namespace {

// Long enough for several polls: a signal that has not come by then does not come.
constexpr int kQuietMs = 3 * BookDocument::kElsewherePollMs;

BookChange::Parts partsOf(const QSignalSpy& spy, int index)
{
    return spy.at(index).first().value<BookChange>().parts;
}

} // namespace

class ChangedElsewhereTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_folder = std::make_unique<tenure::test::TempFolder>();
        m_path = m_folder->path(QStringLiteral("book.tenure"));
        Book::create(m_path);
    }
    void cleanup() { m_folder.reset(); }

    void anotherConnectionsCommitIsHeardWithinASecond()
    {
        BookDocument document(Book::open(m_path));
        QSignalSpy changed(&document, &BookDocument::changed);
        QSignalSpy elsewhere(&document, &BookDocument::changedElsewhere);
        QVERIFY(!changed.wait(kQuietMs)); // nothing happened, nothing heard

        // Five commits, one at a time: each heard alone, and how soon.
        Connection other(m_path, Connection::Mode::ReadWrite);
        std::vector<qint64> milliseconds;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer heard;
            heard.start();
            other.exec("INSERT INTO accounts(name) VALUES ('Acme')");
            QVERIFY(changed.wait(1000));
            milliseconds.push_back(heard.elapsed());
            QCOMPARE(partsOf(changed, i), BookChange::Parts(BookChange::Everything));
        }
        std::sort(milliseconds.begin(), milliseconds.end());
        qInfo("a commit reached the document in %lld ms (median of 5), %lld ms at most",
              static_cast<long long>(milliseconds[2]), static_cast<long long>(milliseconds.back()));
        QVERIFY(milliseconds.back() < 1000);
        QCOMPARE(elsewhere.size(), 5);
        QVERIFY(!changed.wait(kQuietMs)); // each heard once
    }

    void anotherProcesssImportIsHeard()
    {
        BookDocument document(Book::open(m_path));
        QSignalSpy elsewhere(&document, &BookDocument::changedElsewhere);
        const auto run = tenure::test::runTenure(
            {QStringLiteral("import"), QStringLiteral("--book"), m_path,
             QStringLiteral(TENURE_TEST_DATA "/../import/fixtures/generic_accounts.csv")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(elsewhere.wait(1000));
        QVERIFY(document.connection().queryInt("SELECT count(*) FROM accounts").value_or(0) > 0);
    }

    void aWindowsOwnWritesAreHeardOnce()
    {
        BookDocument document(Book::open(m_path));
        QSignalSpy changed(&document, &BookDocument::changed);
        QSignalSpy elsewhere(&document, &BookDocument::changedElsewhere);
        // On the document's own connection, as a command writes...
        document.connection().exec("INSERT INTO accounts(name) VALUES ('Acme')");
        document.notify({BookChange::Accounts, {}});
        // ...and on a job's connection, told when the job is done.
        {
            Connection job(m_path, Connection::Mode::ReadWrite);
            job.exec("INSERT INTO accounts(name) VALUES ('Globex')");
        }
        document.notify({BookChange::Accounts, {}});
        QVERIFY(!changed.wait(kQuietMs));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(partsOf(changed, 1), BookChange::Parts(BookChange::Accounts));
        QCOMPARE(elsewhere.size(), 0);
    }

private:
    std::unique_ptr<tenure::test::TempFolder> m_folder;
    QString m_path;
};

TENURE_TEST_MAIN(ChangedElsewhereTest)
#include "tst_changedelsewhere.moc"
