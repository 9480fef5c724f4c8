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
#include <QProcess>
#include <QTemporaryDir>

#include <unistd.h>

using tenure::store::Book;
using tenure::test::Run;
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

// Nobody may not reach a build folder kept private (a clone in a 0700
// temporary folder, as CI makes): the program and its private libraries are
// copied where anyone may read and run them.
class ReachableTenure
{
public:
    ReachableTenure()
    {
        const QDir app = QFileInfo(QStringLiteral(TENURE_EXECUTABLE)).dir();
        const QString files[] = {QStringLiteral(TENURE_EXECUTABLE),
                                 app.filePath(QStringLiteral("../models/libtenure_models.so")),
                                 app.filePath(QStringLiteral("../ui/libtenure_ui.so"))};
        const auto everyone = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                              QFileDevice::ExeOwner | QFileDevice::ReadOther |
                              QFileDevice::ExeOther;
        m_ok = m_dir.isValid() && QFile::setPermissions(m_dir.path(), everyone);
        for (const QString& file : files) {
            const QString copy = m_dir.filePath(QFileInfo(file).fileName());
            m_ok = m_ok && QFile::copy(file, copy) && QFile::setPermissions(copy, everyone);
        }
    }
    bool ok() const { return m_ok; }

    Run run(const QStringList& arguments) const
    {
        QProcess process;
        process.setChildProcessModifier(dropRootInChild);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LD_LIBRARY_PATH"), m_dir.path());
        process.setProcessEnvironment(environment);
        process.start(m_dir.filePath(QStringLiteral("tenure")), arguments);
        process.waitForFinished(60000);
        return {process.exitCode(), process.readAllStandardOutput(),
                QString::fromUtf8(process.readAllStandardError()),
                process.exitStatus() == QProcess::CrashExit};
    }

private:
    QTemporaryDir m_dir;
    bool m_ok = false;
};

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
        const ReachableTenure tenure;
        QVERIFY(tenure.ok());
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
            {QStringLiteral("forecast"), asOf, day},
            {QStringLiteral("import"), QStringLiteral("--dry-run"), csv},
        };
        for (const QStringList& command : commands) {
            const Run run = tenure.run(command + QStringList{QStringLiteral("--book"), book});
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
