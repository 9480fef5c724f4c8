// A book in a place Tenure may not write to is read by every reading command,
// and reading writes nothing: the book's bytes and time stay, and no journal,
// log or shared-memory file appears beside it. Tests run as root, who may
// write anywhere, so the commands then run as nobody.
#include "clirun.h"
#include "common/tempbook.h"
#include "common/testmain.h"
#include "store/book.h"
#include "store/sqlite.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

using tenure::store::Book;
using tenure::test::Run;
using tenure::test::runTenure;
using tenure::test::TempFolder;

namespace {

constexpr uid_t kNobody = 65534;

void dropRootInChild()
{
    if (::geteuid() == 0) {
        if (::setgid(kNobody) != 0 || ::setuid(kNobody) != 0)
            ::_exit(99);
    }
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class ReadOnlyCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aBookInAReadOnlyFolderIsReadWithoutWriting_data()
    {
        QTest::addColumn<QString>("journal");
        QTest::addColumn<bool>("folderWritable");
        QTest::newRow("write-ahead log") << QStringLiteral("WAL") << false;
        QTest::newRow("rollback journal") << QStringLiteral("DELETE") << false;
        // Only the book is read-only: nothing may appear beside it either.
        QTest::newRow("read-only file, writable folder") << QStringLiteral("WAL") << true;
    }

    void aBookInAReadOnlyFolderIsReadWithoutWriting()
    {
        QFETCH(QString, journal);
        QFETCH(bool, folderWritable);
        TempFolder folder;
        const QString place = folder.path(QStringLiteral("shelf"));
        QVERIFY(QDir().mkpath(place));
        const QString book = QDir(place).filePath(QStringLiteral("kept.tenure"));
        {
            auto created = Book::create(book);
            created->connection().exec(
                "INSERT INTO accounts(id, name) VALUES (1, 'Acme');"
                "INSERT INTO subscription_periods(account_id, start_on, amount_minor, "
                "  interval_unit, currency, mrr_minor) "
                "VALUES (1, '2025-01-01', 10000, 'month', 'USD', 10000);"
                "PRAGMA journal_mode = " +
                journal.toStdString());
        }
        QCOMPARE(filesIn(place), QStringList{QStringLiteral("kept.tenure")});
        // A dry run checks a file against the book and writes nothing, here too.
        const QString csv = folder.write(QStringLiteral("new.csv"),
                                         "account_id,start_date,mrr\nA9,2026-01-01,10.00\n");
        const QByteArray bytes = tenure::test::readAll(book);
        const QDateTime modified = QFileInfo(book).lastModified();
        // Nobody may pass through the test's folder, but not write in the shelf
        // nor to the book.
        QVERIFY(QFile::setPermissions(folder.path({}),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                          QFileDevice::ExeOther));
        QVERIFY(QFile::setPermissions(book, QFileDevice::ReadOwner | QFileDevice::ReadOther));
        const QFileDevice::Permissions others =
            QFileDevice::ReadOther | QFileDevice::ExeOther |
            (folderWritable ? QFileDevice::WriteOther : QFileDevice::Permissions());
        QVERIFY(
            QFile::setPermissions(place, QFileDevice::ReadOwner | QFileDevice::ExeOwner | others));

        const QString asOf = QStringLiteral("--as-of");
        const QString day = QStringLiteral("2026-03-31");
        const QList<QStringList> commands{
            {QStringLiteral("actions")},
            {QStringLiteral("tasks"), asOf, day},
            {QStringLiteral("metrics"), QStringLiteral("--period"), QStringLiteral("month"), asOf,
             day},
            {QStringLiteral("survival"), asOf, day},
            {QStringLiteral("health"), asOf, day},
            {QStringLiteral("backtest"), asOf, day},
            {QStringLiteral("import"), QStringLiteral("--dry-run"), csv},
        };
        for (const QStringList& command : commands) {
            const Run run =
                runTenure(command + QStringList{QStringLiteral("--book"), book}, dropRootInChild);
            QVERIFY2(run.exitCode == 0, qPrintable(command.first() + u' ' + run.err));
            QCOMPARE(tenure::test::readAll(book), bytes);
            QCOMPARE(QFileInfo(book).lastModified(), modified);
            QCOMPARE(filesIn(place), QStringList{QStringLiteral("kept.tenure")});
        }
        QFile::setPermissions(place, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                         QFileDevice::ExeOwner);
    }
};

TENURE_TEST_MAIN(ReadOnlyCliTest)
#include "tst_readonlycli.moc"
