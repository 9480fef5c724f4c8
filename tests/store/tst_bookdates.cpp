// The book's dates: ISO text read without QDate's general parser, a NULL or
// anything else read as no date, and a date after the as-of date as not known.
#include "common/tempbook.h"
#include "common/testmain.h"
#include "store/bookdates.h"
#include "store/sqlite.h"

using namespace tenure;

class BookDatesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesIsoDays_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("a day") << QByteArray("2024-03-15") << QDate(2024, 3, 15);
        QTest::newRow("a timestamp's day")
            << QByteArray("2024-03-15T10:00:00") << QDate(2024, 3, 15);
        QTest::newRow("leap day") << QByteArray("2024-02-29") << QDate(2024, 2, 29);
        QTest::newRow("no such day") << QByteArray("2023-02-29") << QDate();
        QTest::newRow("empty") << QByteArray() << QDate();
        QTest::newRow("day first") << QByteArray("15.03.2024") << QDate();
        QTest::newRow("letters") << QByteArray("2024-0a-15") << QDate();
        QTest::newRow("too short") << QByteArray("2024-3-15") << QDate();
    }

    void parsesIsoDays()
    {
        QFETCH(QByteArray, text);
        QFETCH(QDate, date);
        QCOMPARE(store::parseIsoDate(
                     std::string_view(text.constData(), static_cast<std::size_t>(text.size()))),
                 date);
    }

    void readsAColumnAndANullAsNoDate()
    {
        test::TempFolder folder;
        store::Connection db(folder.path(QStringLiteral("d.sqlite")),
                             store::Connection::Mode::Create);
        auto row = db.prepare("SELECT '2025-12-31', NULL, 'soon'");
        QVERIFY(row.step());
        QCOMPARE(store::dateAt(row, 0), QDate(2025, 12, 31));
        QVERIFY(!store::dateAt(row, 1).isValid());
        QVERIFY(!store::dateAt(row, 2).isValid());
    }

    void aLaterDateWasNotKnown()
    {
        const QDate asOf(2026, 3, 31);
        QCOMPARE(store::knownBy(QDate(2026, 3, 30), asOf), QDate(2026, 3, 30));
        QCOMPARE(store::knownBy(asOf, asOf), asOf); // the day itself is known
        QVERIFY(!store::knownBy(QDate(2026, 4, 1), asOf).isValid());
        QVERIFY(!store::knownBy(QDate(), asOf).isValid());
    }
};

TENURE_TEST_MAIN(BookDatesTest)
#include "tst_bookdates.moc"
