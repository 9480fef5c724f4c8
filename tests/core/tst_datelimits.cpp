// The one parser of the command line's days: YYYY-MM-DD exactly, years 1970
// to 2200.
#include "common/testmain.h"
#include "core/datelimits.h"

using tenure::DayParse;

class DateLimitsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesDays_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("status");
        const int ok = int(DayParse::Status::Ok);
        const int malformed = int(DayParse::Status::Malformed);
        const int outOfRange = int(DayParse::Status::OutOfRange);
        QTest::newRow("a day") << QStringLiteral("2026-03-15") << ok;
        QTest::newRow("first") << QStringLiteral("1970-01-01") << ok;
        QTest::newRow("last") << QStringLiteral("2200-12-31") << ok;
        QTest::newRow("leap day") << QStringLiteral("2024-02-29") << ok;
        QTest::newRow("no such day") << QStringLiteral("2025-02-29") << malformed;
        QTest::newRow("far future") << QStringLiteral("9999-12-31") << outOfRange;
        QTest::newRow("just after") << QStringLiteral("2201-01-01") << outOfRange;
        QTest::newRow("just before") << QStringLiteral("1969-12-31") << outOfRange;
        QTest::newRow("year zero") << QStringLiteral("0000-01-01") << malformed;
        QTest::newRow("short") << QStringLiteral("2026-3-15") << malformed;
        QTest::newRow("signed") << QStringLiteral("+026-03-15") << malformed;
        QTest::newRow("time") << QStringLiteral("2026-03-15T10:00") << malformed;
        QTest::newRow("empty") << QString() << malformed;
        QTest::newRow("arabic digits") << QStringLiteral("٢٠٢٦-03-15") << malformed;
    }

    void parsesDays()
    {
        QFETCH(QString, text);
        QFETCH(int, status);
        const DayParse parsed = tenure::parseDay(text);
        QCOMPARE(int(parsed.status), status);
        if (parsed.status == DayParse::Status::Ok)
            QCOMPARE(parsed.date, QDate::fromString(text, Qt::ISODate));
    }
};

TENURE_TEST_MAIN(DateLimitsTest)
#include "tst_datelimits.moc"
