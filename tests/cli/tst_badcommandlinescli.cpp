// Command lines that are wrong in themselves exit 2 with a message; a far-away
// --as-of within the accepted years finishes quickly; a book that is not
// there is a failure (1), as the README says.
#include "clirun.h"
#include "common/tempbook.h"
#include "common/testmain.h"
#include "store/book.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using tenure::test::Run;
using tenure::test::runTenure;
using tenure::test::TempFolder;

class BadCommandLinesCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_book = m_folder.path(QStringLiteral("small.tenure"));
        auto book = tenure::store::Book::create(m_book);
        book->connection().exec(R"sql(
            INSERT INTO accounts(id, name) VALUES (1, 'Acme'), (2, 'Globex');
            INSERT INTO subscription_periods(account_id, start_on, end_on, amount_minor,
                                             interval_unit, currency, mrr_minor) VALUES
                (1, '2024-01-10', NULL, 120000, 'year', 'USD', 10000),
                (2, '2024-02-01', '2025-03-01', 20000, 'month', 'USD', 20000);
        )sql");
    }

    void refusedWithExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named"); // the message names it
        const QString book = QStringLiteral("--book");
        const QStringList months{QStringLiteral("metrics"), book, m_book,
                                 QStringLiteral("--period"), QStringLiteral("month")};
        QTest::newRow("as-of far future")
            << (months + QStringList{QStringLiteral("--as-of"), QStringLiteral("9999-12-31")})
            << QStringLiteral("9999-12-31");
        QTest::newRow("as-of before 1970")
            << (months + QStringList{QStringLiteral("--as-of"), QStringLiteral("0001-01-01")})
            << QStringLiteral("0001-01-01");
        QTest::newRow("as-of not a day")
            << (months + QStringList{QStringLiteral("--as-of"), QStringLiteral("2026-02-30")})
            << QStringLiteral("2026-02-30");
        QTest::newRow("to far future")
            << (months + QStringList{QStringLiteral("--to"), QStringLiteral("9999-12")})
            << QStringLiteral("--to");
        QTest::newRow("quarter of year zero") << QStringList{QStringLiteral("report"),
                                                             book,
                                                             m_book,
                                                             QStringLiteral("--quarter"),
                                                             QStringLiteral("0000Q1"),
                                                             QStringLiteral("--out"),
                                                             m_folder.path(QStringLiteral("r.pdf"))}
                                              << QStringLiteral("--quarter");
        QTest::newRow("due-by far future")
            << QStringList{QStringLiteral("tasks"), book, m_book, QStringLiteral("--due-by"),
                           QStringLiteral("3000-01-01")}
            << QStringLiteral("3000-01-01");
        QTest::newRow("demo today far future")
            << QStringList{QStringLiteral("demo"), QStringLiteral("--out"),
                           m_folder.path(QStringLiteral("demo.tenure")), QStringLiteral("--today"),
                           QStringLiteral("2999-01-01")}
            << QStringLiteral("2999-01-01");
        for (const char* command :
             {"actions", "tasks", "survival", "health", "backtest", "forecast"}) {
            QTest::addRow("%s with an extra argument", command)
                << QStringList{QString::fromLatin1(command), book, m_book,
                               QStringLiteral("stray.tenure")}
                << QStringLiteral("stray.tenure");
        }
        QTest::newRow("metrics with extra arguments")
            << (months + QStringList{QStringLiteral("one"), QStringLiteral("two")})
            << QStringLiteral("one two");
        QTest::newRow("report with an extra argument")
            << QStringList{QStringLiteral("report"),
                           book,
                           m_book,
                           QStringLiteral("--quarter"),
                           QStringLiteral("2025Q1"),
                           QStringLiteral("--out"),
                           m_folder.path(QStringLiteral("r.pdf")),
                           QStringLiteral("stray")}
            << QStringLiteral("stray");
        QTest::newRow("no --book")
            << QStringList{QStringLiteral("survival")} << QStringLiteral("--book");
    }

    void refusedWithExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const Run run = runTenure(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(named), qPrintable(run.err));
        QVERIFY(!QFile::exists(m_folder.path(QStringLiteral("r.pdf"))));
        QVERIFY(!QFile::exists(m_folder.path(QStringLiteral("demo.tenure"))));
    }

    void aMissingBookIsAFailure()
    {
        const Run run = runTenure({QStringLiteral("actions"), QStringLiteral("--book"),
                                   m_folder.path(QStringLiteral("nowhere.tenure"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("nowhere.tenure")), qPrintable(run.err));
    }

    // Beyond the data's last change nothing moves: the months up to 2190
    // are answered from the data's own span, in well under a second.
    void aFarAsOfFinishesQuickly()
    {
        QElapsedTimer timer;
        timer.start();
        const Run run = runTenure({QStringLiteral("metrics"), QStringLiteral("--book"), m_book,
                                   QStringLiteral("--period"), QStringLiteral("month"),
                                   QStringLiteral("--as-of"), QStringLiteral("2190-01-01"),
                                   QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(rows.size(), (2190 - 2024) * 12 + 1); // 2024-01 .. 2190-01
        QCOMPARE(rows.last().toObject()[QStringLiteral("end_mrr")].toDouble(), 100.0);
        QCOMPARE(rows.last().toObject()[QStringLiteral("nrr")].toDouble(), 1.0);
    }

private:
    TempFolder m_folder;
    QString m_book;
};

TENURE_TEST_MAIN(BadCommandLinesCliTest)
#include "tst_badcommandlinescli.moc"
