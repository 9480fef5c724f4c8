#include "common/testmain.h"
#include "import/amountparser.h"
#include "import/dateparser.h"
#include "import/interval.h"
#include "import/typedrows.h"

using namespace tenure::import;

Q_DECLARE_METATYPE(tenure::import::DateOrder)
Q_DECLARE_METATYPE(tenure::import::DateOrderEvidence::Verdict)
Q_DECLARE_METATYPE(tenure::import::AmountUnits)

class ValueParsersTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesDates_data();
    void parsesDates();
    void decidesDateOrderFromWholeColumn_data();
    void decidesDateOrderFromWholeColumn();
    void parsesAmounts_data();
    void parsesAmounts();
    void decidesDecimalSeparator();
    void readsScientificNotation();
    void readsCurrencySymbols();
    void normalisesIntervals_data();
    void normalisesIntervals();
    void infersIntervalOfPeriod();
    void writesIsoDatesAsQtDoes();
};

void ValueParsersTest::parsesDates_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<QDate>("expected"); // invalid: not read

    const QDate jan15(2024, 1, 15);
    const auto add = [](const char* name, const char* text, DateOrder order, QDate date) {
        QTest::newRow(name) << QByteArray(text) << order << date;
    };
    add("ISO date", "2024-01-15", DateOrder::Unknown, jan15);
    add("ISO date, slashes", "2024/01/15", DateOrder::Unknown, jan15);
    add("compact", "20240115", DateOrder::Unknown, jan15);
    add("ISO date-time Z", "2024-01-15T13:45:00Z", DateOrder::Unknown, jan15);
    add("RFC 3339 fraction and offset", "2024-01-15T13:45:00.123-08:00", DateOrder::Unknown, jan15);
    add("offset crosses midnight forward", "2024-01-15T20:00:00-08:00", DateOrder::Unknown,
        QDate(2024, 1, 16));
    add("offset crosses midnight back", "2024-01-15T01:00:00+03:00", DateOrder::Unknown,
        QDate(2024, 1, 14));
    add("offset without colon", "2024-01-15T13:45:00+0100", DateOrder::Unknown, jan15);
    add("Stripe UTC", "2024-01-15 13:45", DateOrder::Unknown, jan15);
    add("Recurly PST", "2024-01-15 17:30:00 PST", DateOrder::Unknown, QDate(2024, 1, 16));
    add("Recurly UTC", "2024-01-15 17:30:00 UTC", DateOrder::Unknown, jan15);
    add("epoch seconds", "1705276800", DateOrder::Unknown, jan15);
    add("epoch milliseconds", "1705276800000", DateOrder::Unknown, jan15);
    add("US", "01/15/2024", DateOrder::Unknown, jan15);
    add("US short", "1/15/24", DateOrder::MonthFirst, jan15);
    add("US with time", "01/15/2024 11:30 PM", DateOrder::MonthFirst, jan15);
    add("European slash", "15/01/2024", DateOrder::Unknown, jan15);
    add("European dot", "15.01.2024", DateOrder::Unknown, jan15);
    add("European dash", "15-01-2024", DateOrder::DayFirst, jan15);
    add("ambiguous not guessed", "03/04/2024", DateOrder::Unknown, QDate());
    add("ambiguous month first", "03/04/2024", DateOrder::MonthFirst, QDate(2024, 3, 4));
    add("ambiguous day first", "03/04/2024", DateOrder::DayFirst, QDate(2024, 4, 3));
    add("same day and month", "04/04/2024", DateOrder::Unknown, QDate(2024, 4, 4));
    add("contradicts column order", "01/15/2024", DateOrder::DayFirst, QDate());
    add("month name first", "Jan 15, 2024", DateOrder::Unknown, jan15);
    add("month name second", "15 January 2024", DateOrder::Unknown, jan15);
    add("spaces around", "  2024-01-15 ", DateOrder::Unknown, jan15);
    add("invalid day", "2024-02-30", DateOrder::Unknown, QDate());
    add("invalid month", "2024-13-01", DateOrder::Unknown, QDate());
    add("text", "yesterday", DateOrder::Unknown, QDate());
    add("empty", "", DateOrder::Unknown, QDate());
    add("unknown zone", "2024-01-15 10:00 XYZ", DateOrder::Unknown, QDate());
}

void ValueParsersTest::parsesDates()
{
    QFETCH(QByteArray, text);
    QFETCH(DateOrder, order);
    QFETCH(QDate, expected);
    const auto parsed = parseDate(std::string_view(text.constData(), text.size()), order);
    QCOMPARE(parsed.value_or(QDate()), expected);
}

void ValueParsersTest::decidesDateOrderFromWholeColumn_data()
{
    QTest::addColumn<QStringList>("column");
    QTest::addColumn<DateOrderEvidence::Verdict>("verdict");
    using V = DateOrderEvidence::Verdict;

    QTest::newRow("ISO needs nothing") << QStringList{QStringLiteral("2024-01-02")} << V::NotNeeded;
    QTest::newRow("dots are day first")
        << QStringList{QStringLiteral("02.03.2024")} << V::NotNeeded;
    QTest::newRow("last row proves US")
        << QStringList{QStringLiteral("01/02/2024"), QStringLiteral("03/04/2024"),
                       QStringLiteral("12/31/2024")}
        << V::MonthFirst;
    QTest::newRow("proves European")
        << QStringList{QStringLiteral("01/02/2024"), QStringLiteral("31/12/2024")} << V::DayFirst;
    QTest::newRow("truly ambiguous")
        << QStringList{QStringLiteral("01/02/2024"), QStringLiteral("03/04/2024")} << V::Ambiguous;
    QTest::newRow("mixed formats")
        << QStringList{QStringLiteral("31/01/2024"), QStringLiteral("01/31/2024")}
        << V::Conflicting;
}

void ValueParsersTest::decidesDateOrderFromWholeColumn()
{
    QFETCH(QStringList, column);
    QFETCH(DateOrderEvidence::Verdict, verdict);
    DateOrderEvidence evidence;
    for (const QString& value : column)
        evidence.add(value.toStdString());
    QCOMPARE(evidence.verdict(), verdict);
}

void ValueParsersTest::parsesAmounts_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<char>("decimal");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<AmountUnits>("units");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<bool>("valid");

    const auto add = [](const char* name, const char* text, char decimal, const char* currency,
                        AmountUnits units, qint64 minor, bool valid = true) {
        QTest::newRow(name) << QByteArray(text) << decimal << QString::fromLatin1(currency) << units
                            << minor << valid;
    };
    const auto major = AmountUnits::Major;
    const auto minorUnits = AmountUnits::Minor;
    add("plain", "19.99", '.', "USD", major, 1999);
    add("whole", "20", '.', "USD", major, 2000);
    add("dollar and thousands", "$1,234.50", '.', "USD", major, 123450);
    add("euro decimal comma", "1.234,50 \xE2\x82\xAC", ',', "EUR", major, 123450);
    add("no-break space thousands",
        "1\xC2\xA0"
        "234,5",
        ',', "EUR", major, 123450);
    add("apostrophe thousands", "1'234.50", '.', "CHF", major, 123450);
    add("code before", "USD 10", '.', "USD", major, 1000);
    add("code after", "10.00 EUR", '.', "EUR", major, 1000);
    add("parentheses negative", "($5.25)", '.', "USD", major, -525);
    add("minus", "-5.25", '.', "USD", major, -525);
    add("trailing minus", "5.25-", '.', "USD", major, -525);
    add("minus before symbol", "-$5.25", '.', "USD", major, -525);
    add("rounds half away", "0.125", '.', "USD", major, 13);
    add("rounds negative half away", "-0.125", '.', "USD", major, -13);
    add("cents", "1999", '.', "USD", minorUnits, 1999);
    add("cents with zero decimals", "1999.00", '.', "USD", minorUnits, 1999);
    add("cents with a fraction", "1999.5", '.', "USD", minorUnits, 0, false);
    add("yen are whole",
        "\xC2\xA5"
        "1,500",
        '.', "JPY", major, 1500);
    add("yen in minor units are not divided", "1500", '.', "JPY", minorUnits, 1500);
    add("dinar three digits", "1.250", '.', "KWD", major, 1250);
    add("lone comma with three digits is thousands", "1,234", '.', "USD", major, 123400);
    add("lone comma in comma column is decimal", "1,234", ',', "KWD", major, 1234);
    add("bad grouping", "12,34.5", '.', "USD", major, 0, false);
    add("too many leading digits", "1234,567.0", '.', "USD", major, 0, false);
    add("text", "n/a", '.', "USD", major, 0, false);
    add("empty", "", '.', "USD", major, 0, false);
    add("two decimal points", "1.2.3", ',', "USD", major, 0, false);
}

void ValueParsersTest::parsesAmounts()
{
    QFETCH(QByteArray, text);
    QFETCH(char, decimal);
    QFETCH(QString, currency);
    QFETCH(AmountUnits, units);
    QFETCH(qint64, minor);
    QFETCH(bool, valid);
    const auto decimalValue =
        parseDecimal(std::string_view(text.constData(), text.size()), decimal);
    int digits = 2;
    if (currency == QLatin1String("JPY"))
        digits = 0;
    else if (currency == QLatin1String("KWD"))
        digits = 3;
    const auto parsed = decimalValue ? toMinorUnits(*decimalValue, digits, units) : std::nullopt;
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(*parsed, minor);
}

void ValueParsersTest::decidesDecimalSeparator()
{
    DecimalSeparatorEvidence european;
    for (const char* value : {"1.234", "12,50", "7"})
        european.add(value);
    QCOMPARE(european.separator(), ',');
    DecimalSeparatorEvidence us;
    for (const char* value : {"1,234", "12.50", "1,234.5"})
        us.add(value);
    QCOMPARE(us.separator(), '.');
    DecimalSeparatorEvidence none;
    none.add("1,234");
    QCOMPARE(none.separator(), '.');
    // "1,234" and "12.500" alone read two ways: the user is asked.
    using Verdict = DecimalSeparatorEvidence::Verdict;
    QCOMPARE(none.verdict(), Verdict::Unclear);
    QCOMPARE(european.verdict(), Verdict::Decided);
    QCOMPARE(us.verdict(), Verdict::Decided);
    DecimalSeparatorEvidence both;
    both.add("1,234");
    both.add("1.234");
    QCOMPARE(both.verdict(), Verdict::Conflicting);
    // A lone 0, or four digits, before three decimals is never a thousands group.
    DecimalSeparatorEvidence fractions;
    for (const char* value : {"0.015", "1234.567"})
        fractions.add(value);
    QCOMPARE(fractions.verdict(), Verdict::Decided);
    QCOMPARE(fractions.separator(), '.');
    DecimalSeparatorEvidence grouped;
    grouped.add("1.234.567");
    QCOMPARE(grouped.separator(), ',');
}

void ValueParsersTest::readsScientificNotation()
{
    // As spreadsheets write large numbers: 1.2E+05 is 120000, exactly.
    const auto large = parseDecimal("1.2E+05", '.');
    QVERIFY(large);
    QCOMPARE(large->mantissa, 120000);
    QCOMPARE(large->scale, 0);
    const auto small = parseDecimal("2.5e-3", '.');
    QVERIFY(small);
    QCOMPARE(small->toDouble(), 0.0025);
    // Beyond 64 bits, or a malformed exponent, is no amount.
    QVERIFY(!parseDecimal("1e308", '.'));
    QVERIFY(!parseDecimal("1e", '.'));
    QVERIFY(!parseDecimal("1,000e3", '.'));
}

void ValueParsersTest::readsCurrencySymbols()
{
    QCOMPARE(currencyWrittenIn("\xE2\x82\xAC"
                               "5"),
             QStringLiteral("EUR"));
    QCOMPARE(currencyWrittenIn("5 \xC2\xA3"), QStringLiteral("GBP"));
    QCOMPARE(currencyWrittenIn("US$5"), QStringLiteral("USD"));
    QCOMPARE(currencyWrittenIn("5 SEK"), QStringLiteral("SEK"));
    QCOMPARE(currencyWrittenIn("5"), QString());
}

void ValueParsersTest::normalisesIntervals_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("amountMinor");
    QTest::addColumn<double>("quantity");
    QTest::addColumn<double>("discountMinor");
    QTest::addColumn<qint64>("mrrMinor");

    // ChartMogul's published examples.
    QTest::newRow("$2,000 per year")
        << QStringLiteral("year") << 1 << 200000.0 << 1.0 << 0.0 << qint64(16667);
    QTest::newRow("$90 per 3 months")
        << QStringLiteral("month") << 3 << 9000.0 << 1.0 << 0.0 << qint64(3000);
    QTest::newRow("quarterly") << QStringLiteral("quarterly") << 1 << 9000.0 << 1.0 << 0.0
                               << qint64(3000);
    QTest::newRow("3 months text")
        << QStringLiteral("3 months") << 1 << 9000.0 << 1.0 << 0.0 << qint64(3000);
    QTest::newRow("week x 52/12") << QStringLiteral("week") << 1 << 1200.0 << 1.0 << 0.0
                                  << qint64(5200);
    QTest::newRow("day x 365/12") << QStringLiteral("day") << 1 << 120.0 << 1.0 << 0.0
                                  << qint64(3650);
    QTest::newRow("quantity and discount")
        << QStringLiteral("monthly") << 1 << 1000.0 << 5.0 << 500.0 << qint64(4500);
    QTest::newRow("annual seats") << QStringLiteral("annual") << 1 << 12000.0 << 10.0 << 0.0
                                  << qint64(10000);
}

void ValueParsersTest::normalisesIntervals()
{
    QFETCH(QString, unit);
    QFETCH(int, count);
    QFETCH(double, amountMinor);
    QFETCH(double, quantity);
    QFETCH(double, discountMinor);
    QFETCH(qint64, mrrMinor);
    const auto interval = parseInterval(unit, count);
    QVERIFY(interval);
    QCOMPARE(monthlyMinor(amountMinor, quantity, discountMinor, *interval), mrrMinor);
}

void ValueParsersTest::infersIntervalOfPeriod()
{
    const auto month = intervalOfPeriod(QDate(2024, 1, 31), QDate(2024, 2, 29));
    QVERIFY(month);
    QCOMPARE(month->unit, Interval::Unit::Month);
    QCOMPARE(month->count, 1);
    const auto year = intervalOfPeriod(QDate(2024, 3, 1), QDate(2025, 3, 1));
    QVERIFY(year);
    QCOMPARE(year->unit, Interval::Unit::Year);
    const auto week = intervalOfPeriod(QDate(2024, 3, 1), QDate(2024, 3, 15));
    QVERIFY(week);
    QCOMPARE(week->unit, Interval::Unit::Week);
    QCOMPARE(week->count, 2);
    QVERIFY(!intervalOfPeriod(QDate(2024, 3, 1), QDate(2024, 3, 1)));
    QVERIFY(!parseInterval(QStringLiteral("fortnightly-ish")));
}

// Every day of two centuries, leap days and year ends among them.
void ValueParsersTest::writesIsoDatesAsQtDoes()
{
    int days = 0;
    for (QDate date(1900, 1, 1); date <= QDate(2100, 12, 31); date = date.addDays(1)) {
        const IsoDate iso(date);
        QCOMPARE(QString::fromLatin1(iso.view().data(), 10), date.toString(Qt::ISODate));
        ++days;
    }
    QCOMPARE(days, 73414);
}

TENURE_TEST_MAIN(ValueParsersTest)
#include "tst_valueparsers.moc"
