// `tenure book copy` between a book file and a real PostgreSQL server: a
// round trip keeps every row of every table and every metric; a database that
// is not empty is refused and left as it was; an upload is all or nothing.
#include "bookdump.h"
#include "cli/clirun.h"
#include "common/csvbook.h"
#include "common/tempbook.h"
#include "common/testmain.h"
#include "health/bookhealth.h"
#include "health/signalsloader.h"
#include "health/snapshots.h"
#include "plantedbook/plantedbook.h"
#include "store/book.h"
#include "store/bookerror.h"
#include "store/booktables.h"
#include "store/postgres/bookcopy.h"
#include "store/postgres/pgconnection.h"
#include "store/postgres/serverschema.h"
#include "testdatabase.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

using tenure::store::Book;
using tenure::store::BookError;
using tenure::store::postgres::Connection;
using tenure::test::Run;
using tenure::test::runTenure;
using tenure::test::TempFolder;
using tenure::test::TestDatabase;
namespace pg = tenure::store::postgres;

namespace {

const QDate kAsOf(2026, 6, 30);

Run copyBook(const QString& from, const QString& to)
{
    return runTenure({QStringLiteral("book"), QStringLiteral("copy"), QStringLiteral("--from"),
                      from, QStringLiteral("--to"), to});
}

// The planted book's CSV files (billing, CRM, usage, help desk, surveys)
// imported as `tenure import` does, with a day of health scores stored, and
// rows whose values are awkward to carry: text with tabs, newlines,
// backslashes and other scripts, empty text beside NULL, doubles that need
// all 17 digits, and an amount beyond a double's exact integers.
QString buildBook(const TempFolder& folder)
{
    const auto planted = tenure::test::writePlantedBook(folder.path(QString()));
    QString path = folder.path(QStringLiteral("team.tenure"));
    auto book = Book::create(path);
    const auto outcome = tenure::test::importInto(*book, planted.files);
    if (!outcome.committed)
        return {};
    auto& connection = book->connection();
    const auto health =
        tenure::health::evaluateBook(tenure::health::loadSignals(connection, kAsOf), kAsOf,
                                     tenure::health::loadHealthConfig(connection));
    tenure::health::saveSnapshots(connection, health);
    connection.exec(R"sql(
        INSERT INTO actions(account_id, occurred_on, kind, summary, outcome, created_by)
        SELECT min(id), '2026-06-01', 'call', 'Line one' || char(10) || 'line two' || char(9)
               || 'tabbed \ back\\slash', '', 'Zoë Ångström' FROM accounts;
        INSERT INTO actions(account_id, occurred_on, kind, summary, outcome)
        SELECT max(id), '2026-06-02', 'note', '日本語のメモ 🎉 \N', NULL FROM accounts;
        INSERT INTO goals(account_id, title, target, achieved)
        SELECT min(id), 'Thirds', 1.0 / 3.0, 0.1 + 0.2 FROM accounts;
        INSERT INTO goals(account_id, title, target, achieved)
        SELECT max(id), 'Extremes', 1e-300, 1.7976931348623157e308 FROM accounts;
        INSERT INTO subscription_periods(account_id, start_on, amount_minor, interval_unit,
                                         currency, mrr_minor, quantity)
        SELECT min(id), '2026-01-01', 9007199254740993, 'year', 'JPY', 750599937895083,
               2.5 FROM accounts;
        INSERT INTO currency_rates(currency, rate_on, per_base) VALUES ('JPY', '2020-01-01', 0.0067);
        INSERT INTO tasks(account_id, title, due_on, owner)
        SELECT min(id), 'Call back', '2026-07-01', 'Dana' FROM accounts;
    )sql");
    book->setMeta(QStringLiteral("book_name"), QStringLiteral("Team\tbook\\2026"));
    return path;
}

QStringList serverDump(Connection& server)
{
    QStringList lines;
    for (const auto& table : tenure::store::standardBookTables()) {
        QStringList rows;
        server.copyOut(QStringLiteral("COPY \"%1\" TO STDOUT").arg(table.name).toStdString(),
                       [&](std::string_view row) {
                           rows.append(
                               table.name + u'|' +
                               QString::fromUtf8(row.data(), static_cast<qsizetype>(row.size())));
                       });
        rows.sort();
        lines += rows;
    }
    return lines;
}

QByteArray metricsJson(const QString& path)
{
    const Run run =
        runTenure({QStringLiteral("metrics"), QStringLiteral("--book"), path,
                   QStringLiteral("--period"), QStringLiteral("month"), QStringLiteral("--as-of"),
                   kAsOf.toString(Qt::ISODate), QStringLiteral("--json")});
    return run.exitCode == 0 ? run.out : QByteArray("failed: ") + run.err.toUtf8();
}

} // namespace

class TestBookCopy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripKeepsEveryRow()
    {
        TestDatabase database;
        QVERIFY2(database.valid(), qPrintable(database.why()));
        TempFolder folder;
        const QString original = buildBook(folder);
        QVERIFY(!original.isEmpty());
        const QStringList before = tenure::test::dumpBook(original);
        // Enough of the book that a dropped table or row shows.
        QVERIFY2(tenure::test::tablesWithRows(before) >= 14,
                 qPrintable(QString::number(tenure::test::tablesWithRows(before))));
        QVERIFY(before.size() > 10000);

        const Run up = copyBook(original, database.uri());
        QVERIFY2(up.exitCode == 0, qPrintable(up.err));
        QVERIFY2(up.out.contains("Copied "), up.out.constData());
        const QString copy = folder.path(QStringLiteral("copy.tenure"));
        const Run down = copyBook(database.uri(), copy);
        QVERIFY2(down.exitCode == 0, qPrintable(down.err));
        QCOMPARE(down.out, up.out);

        const QStringList after = tenure::test::dumpBook(copy);
        QCOMPARE(after.size(), before.size());
        QCOMPARE(after, before);
        QCOMPARE(Book::open(copy, Book::Access::ReadOnly)->meta(QStringLiteral("book_name")),
                 QStringLiteral("Team\tbook\\2026"));

        const QByteArray metrics = metricsJson(original);
        QVERIFY2(QJsonDocument::fromJson(metrics).array().size() > 12, metrics.constData());
        QCOMPARE(metricsJson(copy), metrics);

        // The server numbers new rows after the ids the copy brought.
        Connection server(database.uri());
        const auto highest = server.queryInt("SELECT max(id) FROM accounts");
        QVERIFY(highest.has_value());
        QCOMPARE(
            server.queryInt("INSERT INTO accounts(name) VALUES ('New') RETURNING id").value_or(-1),
            *highest + 1);
    }

    // metrics, health and the report read a server book through a snapshot,
    // and print exactly what they print for the file it was copied from.
    void readingCommandsReadAServerBookAsTheFile()
    {
        TestDatabase database;
        QVERIFY2(database.valid(), qPrintable(database.why()));
        TempFolder folder;
        const QString original = buildBook(folder);
        QVERIFY(!original.isEmpty());
        const Run up = copyBook(original, database.uri());
        QVERIFY2(up.exitCode == 0, qPrintable(up.err));

        const QByteArray metrics = metricsJson(original);
        QVERIFY2(QJsonDocument::fromJson(metrics).array().size() > 12, metrics.constData());
        QCOMPARE(metricsJson(database.uri()), metrics);

        const auto health = [](const QString& book) {
            const Run run = runTenure({QStringLiteral("health"), QStringLiteral("--book"), book,
                                       QStringLiteral("--as-of"), kAsOf.toString(Qt::ISODate),
                                       QStringLiteral("--json")});
            return run.exitCode == 0 ? run.out : QByteArray("failed: ") + run.err.toUtf8();
        };
        const QByteArray fileHealth = health(original);
        QVERIFY2(QJsonDocument::fromJson(fileHealth).array().size() > 20, fileHealth.constData());
        QCOMPARE(health(database.uri()), fileHealth);

        const auto reportTables = [&](const QString& book, const QString& name) {
            const QString out = folder.path(name);
            QDir().mkpath(out);
            const Run run = runTenure({QStringLiteral("report"), QStringLiteral("--book"), book,
                                       QStringLiteral("--quarter"), QStringLiteral("2026Q2"),
                                       QStringLiteral("--as-of"), kAsOf.toString(Qt::ISODate),
                                       QStringLiteral("--out"), out + QStringLiteral("/r.pdf"),
                                       QStringLiteral("--csv"), out});
            QStringList tables;
            if (run.exitCode != 0)
                return QStringList{QStringLiteral("failed: ") + run.err};
            const auto files =
                QDir(out).entryList({QStringLiteral("*.csv")}, QDir::Files, QDir::Name);
            for (const QString& file : files)
                tables << file + u'\n' +
                              QString::fromUtf8(tenure::test::readAll(out + u'/' + file));
            return tables;
        };
        const QStringList fileReport = reportTables(original, QStringLiteral("from-file"));
        QVERIFY2(fileReport.size() >= 10, qPrintable(fileReport.join(u'\n').left(400)));
        QCOMPARE(reportTables(database.uri(), QStringLiteral("from-server")), fileReport);

        // A server that cannot be reached is said so, and nothing is printed.
        const Run unreachable = runTenure(
            {QStringLiteral("metrics"), QStringLiteral("--book"),
             QStringLiteral("postgresql://nobody@/no_such_book?host=/nonexistent"),
             QStringLiteral("--period"), QStringLiteral("month"), QStringLiteral("--json")});
        QCOMPARE(unreachable.exitCode, 1);
        QVERIFY(unreachable.out.isEmpty());
        QVERIFY2(unreachable.err.contains(u"could not reach the book's server"),
                 qPrintable(unreachable.err));
    }

    void downloadRefusesToOverwrite()
    {
        TestDatabase database;
        QVERIFY2(database.valid(), qPrintable(database.why()));
        {
            Connection server(database.uri());
            pg::applyServerMigrations(server);
        }
        TempFolder folder;
        const QString existing = folder.write(QStringLiteral("mine.tenure"), "not to be lost");
        const Run down = copyBook(database.uri(), existing);
        QCOMPARE(down.exitCode, 1);
        QVERIFY2(down.err.contains(QStringLiteral("already exists")), qPrintable(down.err));
        QCOMPARE(tenure::test::readAll(existing), QByteArray("not to be lost"));
    }

    void downloadRefusesADatabaseWithoutABook()
    {
        TestDatabase database;
        QVERIFY2(database.valid(), qPrintable(database.why()));
        TempFolder folder;
        const QString target = folder.path(QStringLiteral("none.tenure"));
        const Run down = copyBook(database.uri(), target);
        QCOMPARE(down.exitCode, 1);
        QVERIFY2(down.err.contains(QStringLiteral("holds no Tenure book")), qPrintable(down.err));
        QVERIFY(!QFileInfo::exists(target));
    }

    void uploadRefusesADatabaseWithABook()
    {
        TestDatabase database;
        QVERIFY2(database.valid(), qPrintable(database.why()));
        TempFolder folder;
        const QString first = tenure::test::smallDemoBook(folder.path(QStringLiteral("a.tenure")),
                                                          QStringLiteral("2026-06-30"));
        const QString second = tenure::test::smallDemoBook(folder.path(QStringLiteral("b.tenure")),
                                                           QStringLiteral("2025-12-31"));
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        const Run up = copyBook(first, database.uri());
        QVERIFY2(up.exitCode == 0, qPrintable(up.err));

        Connection server(database.uri());
        const QStringList before = serverDump(server);
        QVERIFY(before.size() > 1000);
        const Run again = copyBook(second, database.uri());
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already holds a book")), qPrintable(again.err));
        QVERIFY2(again.err.contains(QStringLiteral("Nothing was changed")), qPrintable(again.err));
        QCOMPARE(serverDump(server), before);
    }

    void uploadRefusesADatabaseWithOtherTables()
    {
        TestDatabase database;
        QVERIFY2(database.valid(), qPrintable(database.why()));
        TempFolder folder;
        const QString book = tenure::test::smallDemoBook(folder.path(QStringLiteral("a.tenure")),
                                                         QStringLiteral("2026-06-30"));
        QVERIFY(!book.isEmpty());
        Connection server(database.uri());
        server.exec("CREATE TABLE notes (body text); INSERT INTO notes VALUES ('keep me')");
        const Run up = copyBook(book, database.uri());
        QCOMPARE(up.exitCode, 1);
        QVERIFY2(up.err.contains(QStringLiteral("is not empty")), qPrintable(up.err));
        QVERIFY2(up.err.contains(QStringLiteral("public.notes")), qPrintable(up.err));
        QCOMPARE(pg::serverSchemaVersion(server), 0);
        QCOMPARE(server.queryText("SELECT string_agg(body, ',') FROM notes").value_or(QString()),
                 QStringLiteral("keep me"));
    }

    void uploadIsAllOrNothing()
    {
        TestDatabase database;
        QVERIFY2(database.valid(), qPrintable(database.why()));
        TempFolder folder;
        const QString book = tenure::test::smallDemoBook(folder.path(QStringLiteral("a.tenure")),
                                                         QStringLiteral("2026-06-30"));
        QVERIFY(!book.isEmpty());
        // SQLite keeps text in an integer column; the server refuses it, on
        // the last account, after every table before it was sent.
        tenure::store::Connection(book, tenure::store::Connection::Mode::ReadWrite)
            .exec("UPDATE accounts SET seats_purchased = 'many' "
                  "WHERE id = (SELECT max(id) FROM accounts)");
        const Run up = copyBook(book, database.uri());
        QCOMPARE(up.exitCode, 1);
        QVERIFY2(up.err.contains(QStringLiteral("many")), qPrintable(up.err));
        QVERIFY2(up.err.contains(QStringLiteral("COPY accounts")), qPrintable(up.err));
        // Not even the schema stayed: the database is as empty as before.
        Connection server(database.uri());
        QVERIFY(pg::inspectDatabase(server, tenure::store::standardBookTableNames()).isEmpty());
    }

    void uploadRefusesAnOlderOrForeignSource()
    {
        TestDatabase database;
        QVERIFY2(database.valid(), qPrintable(database.why()));
        TempFolder folder;
        const QString notABook = folder.write(QStringLiteral("x.tenure"), "hello");
        const Run up = copyBook(notABook, database.uri());
        QCOMPARE(up.exitCode, 1);
        QVERIFY2(up.err.contains(QStringLiteral("not a Tenure book")), qPrintable(up.err));
        const Run both = copyBook(notABook, folder.path(QStringLiteral("y.tenure")));
        QCOMPARE(both.exitCode, 2);
        Connection server(database.uri());
        QVERIFY(pg::inspectDatabase(server, tenure::store::standardBookTableNames()).isEmpty());
    }
};

TENURE_TEST_MAIN(TestBookCopy)
#include "tst_bookcopy.moc"
