// Damaged and hostile books under every command, run as processes: each is
// refused with a message in words and exit 1, never a crash, and the book's
// bytes stay as they were. A period whose account is missing is left out.
#include "clirun.h"
#include "common/tempbook.h"
#include "common/testmain.h"
#include "store/book.h"
#include "store/sqlite.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <csignal>
#include <string>
#include <sys/resource.h>

using tenure::store::Book;
using tenure::store::Connection;
using tenure::test::Run;
using tenure::test::runTenure;
using tenure::test::TempFolder;

namespace {

const QString kAsOf = QStringLiteral("2026-06-30");

QByteArray fingerprint(const QString& path)
{
    return QCryptographicHash::hash(tenure::test::readAll(path), QCryptographicHash::Sha256);
}

// Every command, as it would be run on `book`; `folder` takes what they write.
QList<QStringList> everyCommand(const QString& book, const TempFolder& folder)
{
    const QString asOf = QStringLiteral("--as-of");
    const QString bookOption = QStringLiteral("--book");
    const QString csv = folder.write(QStringLiteral("accounts.csv"),
                                     "account_id,account_name,owner\nZ1,Zeta,ann\n");
    return {
        {QStringLiteral("actions"), bookOption, book},
        {QStringLiteral("tasks"), bookOption, book, asOf, kAsOf},
        {QStringLiteral("metrics"), bookOption, book, QStringLiteral("--period"),
         QStringLiteral("month"), asOf, kAsOf},
        {QStringLiteral("survival"), bookOption, book, asOf, kAsOf},
        {QStringLiteral("health"), bookOption, book, asOf, kAsOf},
        {QStringLiteral("backtest"), bookOption, book, asOf, kAsOf},
        {QStringLiteral("forecast"), bookOption, book, asOf, kAsOf},
        {QStringLiteral("report"), bookOption, book, QStringLiteral("--quarter"),
         QStringLiteral("2026Q1"), asOf, kAsOf, QStringLiteral("--out"),
         folder.path(QStringLiteral("report.pdf"))},
        {QStringLiteral("import"), bookOption, book, QStringLiteral("--kind"),
         QStringLiteral("accounts"), csv},
    };
}

// Opens `path` bypassing Tenure's checks, as someone editing the file would.
void editRaw(const QString& path, const char* sql)
{
    Connection raw(path, Connection::Mode::ReadWrite);
    raw.exec(sql);
}

} // namespace

class HostileBooksCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // One file, no write-ahead log beside it: damage is where we put it.
        m_demo = tenure::test::smallDemoBook(m_folder.path(QStringLiteral("demo.tenure")), kAsOf);
        QVERIFY(!m_demo.isEmpty());
    }

    void damagedBooksAreRefusedByEveryCommand_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("truncated") << QStringLiteral("truncated");
        QTest::newRow("garbage mid-file") << QStringLiteral("garbage");
        QTest::newRow("missing table") << QStringLiteral("missing table");
        QTest::newRow("planted trigger") << QStringLiteral("trigger");
        QTest::newRow("marked but no schema version") << QStringLiteral("no version");
    }

    void damagedBooksAreRefusedByEveryCommand()
    {
        QFETCH(QString, damage);
        TempFolder folder;
        const QString book = folder.path(QStringLiteral("damaged.tenure"));
        QVERIFY(QFile::copy(m_demo, book));
        const qint64 size = QFileInfo(book).size();
        if (damage == QLatin1String("truncated")) {
            QFile file(book);
            QVERIFY(file.resize(size / 2));
        } else if (damage == QLatin1String("garbage")) {
            QFile file(book);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek((size / 2) & ~qint64{4095});
            file.write(QByteArray(8192, '\xA5'));
        } else if (damage == QLatin1String("missing table")) {
            editRaw(book, "PRAGMA foreign_keys = OFF; DROP TABLE actions");
        } else if (damage == QLatin1String("trigger")) {
            editRaw(book, "CREATE TRIGGER wipe AFTER INSERT ON accounts "
                          "BEGIN DELETE FROM actions; END");
        } else {
            QFile::remove(book);
            Connection raw(book, Connection::Mode::Create);
            raw.exec("PRAGMA application_id = " + std::to_string(Book::kApplicationId) +
                     "; CREATE TABLE notes(text)");
        }
        const QByteArray before = fingerprint(book);
        for (const QStringList& command : everyCommand(book, folder)) {
            const Run run = runTenure(command);
            const QString what = command.first() + u' ' + damage + u' ' + run.err;
            QVERIFY2(!run.crashed, qPrintable(what));
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QLatin1String("damaged.tenure")), qPrintable(what));
            // Nothing read from a damaged book reaches the output.
            QVERIFY2(run.out.isEmpty(), qPrintable(what + u' ' + QString::fromUtf8(run.out)));
            QVERIFY2(!run.err.contains(QLatin1String("SELECT")) &&
                         !run.err.contains(QLatin1String("INSERT")),
                     qPrintable(what));
            QCOMPARE(fingerprint(book), before);
            QVERIFY2(!QFile::exists(folder.path(QStringLiteral("report.pdf"))), qPrintable(what));
        }
    }

    void damageTellsWhatInWords()
    {
        TempFolder folder;
        const QString book = folder.path(QStringLiteral("damaged.tenure"));
        QVERIFY(QFile::copy(m_demo, book));
        editRaw(book, "PRAGMA foreign_keys = OFF; DROP TABLE actions");
        const Run run = runTenure({QStringLiteral("actions"), QStringLiteral("--book"), book});
        QVERIFY2(run.err.contains(QLatin1String("damaged")) &&
                     run.err.contains(QLatin1String("actions")),
                 qPrintable(run.err));
    }

    // A period whose account was deleted with foreign keys off.
    void anOrphanPeriodIsLeftOut()
    {
        TempFolder folder;
        const QString book = folder.path(QStringLiteral("orphan.tenure"));
        QVERIFY(QFile::copy(m_demo, book));
        const QList<QStringList> commands = everyCommand(book, folder).mid(2, 5);
        QList<QByteArray> outputs;
        for (const QStringList& command : commands)
            outputs.append(runTenure(command).out);
        editRaw(book, "PRAGMA foreign_keys = OFF; "
                      "INSERT INTO subscription_periods(account_id, start_on, amount_minor, "
                      "  interval_unit, currency, mrr_minor) "
                      "VALUES (999999, '2025-01-01', 5000, 'month', 'USD', 5000)");
        for (qsizetype i = 0; i < commands.size(); ++i) {
            const Run run = runTenure(commands[i]);
            QVERIFY2(!run.crashed && run.exitCode == 0, qPrintable(run.err));
            if (commands[i].first() != QLatin1String("report")) // its output has a timing
                QCOMPARE(run.out, outputs[i]);
        }
    }

private:
    TempFolder m_folder;
    QString m_demo;
};

TENURE_TEST_MAIN(HostileBooksCliTest)
#include "tst_hostilebookscli.moc"
