#include "common/tempbook.h"
#include "common/testmain.h"
#include "csvtesthelpers.h"
#include "import/dialectsniffer.h"
#include "import/encoding.h"
#include "import/fileplan.h"
#include "import/importerror.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QStringEncoder>

using namespace tenure::import;
using tenure::test::ReadResult;
using tenure::test::TrickleSource;

using Records = QList<QStringList>;
using Lines = QList<qint64>;

class CsvReaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsNastyCases_data();
    void readsNastyCases();
    void reportsBrokenQuoting_data();
    void reportsBrokenQuoting();
    void growsBufferForHugeField();
    void hashingSourceHandsOnEveryByteAndHashesThem();
    void hashingSourceRethrowsReadErrors();
    void hashingSourceStopsWhenDroppedEarly();
    void detectsEncoding_data();
    void detectsEncoding();
    void convertsToUtf8_data();
    void convertsToUtf8();
    void sniffsDialect_data();
    void sniffsDialect();
    void estimatesRowsFromTheFirstMegabyte_data();
    void estimatesRowsFromTheFirstMegabyte();
};

void CsvReaderTest::readsNastyCases_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<Records>("records");
    QTest::addColumn<Lines>("lines");

    const auto row = [](std::initializer_list<const char*> fields) {
        QStringList list;
        for (const char* field : fields)
            list.append(QString::fromUtf8(field));
        return list;
    };

    QTest::newRow("LF") << QByteArray("a,b\n1,2\n") << ','
                        << Records{row({"a", "b"}), row({"1", "2"})} << Lines{1, 2};
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << ','
                          << Records{row({"a", "b"}), row({"1", "2"})} << Lines{1, 2};
    QTest::newRow("CR only") << QByteArray("a,b\r1,2\r3,4") << ','
                             << Records{row({"a", "b"}), row({"1", "2"}), row({"3", "4"})}
                             << Lines{1, 2, 3};
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << ','
                                      << Records{row({"a", "b"}), row({"1", "2"})} << Lines{1, 2};
    QTest::newRow("quoted delimiter")
        << QByteArray("\"a,b\",c\n") << ',' << Records{row({"a,b", "c"})} << Lines{1};
    QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",\"\"\"\"\n") << ','
                                    << Records{row({"say \"hi\"", "\""})} << Lines{1};
    QTest::newRow("embedded LF keeps line numbers")
        << QByteArray("h1,h2\n\"two\nlines\",x\nnext,y\n") << ','
        << Records{row({"h1", "h2"}), row({"two\nlines", "x"}), row({"next", "y"})}
        << Lines{1, 2, 4};
    QTest::newRow("embedded CRLF and CR")
        << QByteArray("\"a\r\nb\rc\",d\r\ne,f\r\n") << ','
        << Records{row({"a\r\nb\rc", "d"}), row({"e", "f"})} << Lines{1, 4};
    QTest::newRow("blank lines skipped, counted")
        << QByteArray("a,b\n\n1,2\r\n\r\n\r\n3,4\n\n") << ','
        << Records{row({"a", "b"}), row({"1", "2"}), row({"3", "4"})} << Lines{1, 3, 6};
    QTest::newRow("quoted empty is not blank")
        << QByteArray("\"\"\n") << ',' << Records{row({""})} << Lines{1};
    QTest::newRow("trailing delimiters")
        << QByteArray("a,b,\n1,2,\n") << ',' << Records{row({"a", "b", ""}), row({"1", "2", ""})}
        << Lines{1, 2};
    QTest::newRow("trailing delimiter at end of file")
        << QByteArray("a,") << ',' << Records{row({"a", ""})} << Lines{1};
    QTest::newRow("ragged rows kept as read")
        << QByteArray("a,b,c\n1,2\n1,2,3,4\n") << ','
        << Records{row({"a", "b", "c"}), row({"1", "2"}), row({"1", "2", "3", "4"})}
        << Lines{1, 2, 3};
    QTest::newRow("empty fields") << QByteArray(",,\n") << ',' << Records{row({"", "", ""})}
                                  << Lines{1};
    QTest::newRow("quote inside unquoted field is text")
        << QByteArray("5\" disk,x\n") << ',' << Records{row({"5\" disk", "x"})} << Lines{1};
    QTest::newRow("semicolon") << QByteArray("a;\"b;c\"\n1,5;2\n") << ';'
                               << Records{row({"a", "b;c"}), row({"1,5", "2"})} << Lines{1, 2};
    QTest::newRow("tab") << QByteArray("a\tb\n\"x\ty\"\tz\n") << '\t'
                         << Records{row({"a", "b"}), row({"x\ty", "z"})} << Lines{1, 2};
    QTest::newRow("pipe") << QByteArray("a|b\n1|\"|\"\n") << '|'
                          << Records{row({"a", "b"}), row({"1", "|"})} << Lines{1, 2};
    QTest::newRow("UTF-8 text") << QByteArray("Société,Müller,北京\n") << ','
                                << Records{row({"Société", "Müller", "北京"})} << Lines{1};
    QTest::newRow("empty input") << QByteArray() << ',' << Records{} << Lines{};
    QTest::newRow("only blank lines") << QByteArray("\n\r\n\r") << ',' << Records{} << Lines{};
}

void CsvReaderTest::readsNastyCases()
{
    QFETCH(QByteArray, input);
    QFETCH(char, delimiter);
    QFETCH(Records, records);
    QFETCH(Lines, lines);

    MemorySource whole(input);
    const ReadResult fast = tenure::test::readAllRecords(whole, delimiter);
    QCOMPARE(fast.records, records);
    QCOMPARE(fast.lines, lines);

    TrickleSource trickle(input);
    const ReadResult slow = tenure::test::readAllRecords(trickle, delimiter);
    QCOMPARE(slow.records, records);
    QCOMPARE(slow.lines, lines);
}

void CsvReaderTest::reportsBrokenQuoting_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("record");
    QTest::addColumn<int>("problem");

    QTest::newRow("unterminated") << QByteArray("a,b\n1,\"open\n2,3\n") << 1
                                  << int(CsvRecord::Problem::UnterminatedQuote);
    QTest::newRow("text after quote")
        << QByteArray("a,b\n\"x\"y,2\n3,4\n") << 1 << int(CsvRecord::Problem::TextAfterQuote);
}

void CsvReaderTest::reportsBrokenQuoting()
{
    QFETCH(QByteArray, input);
    QFETCH(int, record);
    QFETCH(int, problem);
    MemorySource source(input);
    const ReadResult result = tenure::test::readAllRecords(source, ',');
    QVERIFY(result.problems.size() > record);
    QCOMPARE(result.problems[record], problem);
    QCOMPARE(result.problems[0], int(CsvRecord::Problem::None));
}

void CsvReaderTest::growsBufferForHugeField()
{
    const QByteArray big(3 * 1024 * 1024, 'x');
    const QByteArray input = "a,b\n\"" + big + "\",end\nlast,row\n";
    MemorySource source(input);
    const ReadResult result = tenure::test::readAllRecords(source, ',');
    QCOMPARE(result.records.size(), 3);
    QCOMPARE(result.records[1][0].size(), big.size());
    QCOMPARE(result.records[2], (QStringList{QStringLiteral("last"), QStringLiteral("row")}));
}

namespace {

// Many times HashingSource's read-ahead, so that its queue fills and drains.
QByteArray randomBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(20261130);
    for (char& byte : bytes)
        byte = static_cast<char>(generator.bounded(256));
    return bytes;
}

// A disk that fails after `good` bytes.
class FailingSource : public ByteSource
{
public:
    explicit FailingSource(qsizetype good)
        : m_good(good)
    {
    }
    qsizetype read(char* into, qsizetype capacity) override
    {
        if (m_at >= m_good)
            throw ImportError(QStringLiteral("the disk went away"));
        const qsizetype count = std::min(capacity, m_good - m_at);
        std::memset(into, 'x', static_cast<std::size_t>(count));
        m_at += count;
        return count;
    }
    qint64 position() const override { return m_at; }
    qint64 size() const override { return 2 * m_good; }

private:
    qsizetype m_good;
    qsizetype m_at = 0;
};

} // namespace

void CsvReaderTest::hashingSourceHandsOnEveryByteAndHashesThem()
{
    const QByteArray input = randomBytes(5 * 1024 * 1024 + 17);
    HashingSource source(std::make_unique<MemorySource>(input));
    QCOMPARE(source.size(), input.size());
    QByteArray output;
    QByteArray piece(7777, Qt::Uninitialized);
    while (const qsizetype got = source.read(piece.data(), piece.size()))
        output.append(piece.constData(), got);
    QCOMPARE(output.size(), input.size());
    QVERIFY(output == input);
    QCOMPARE(source.position(), input.size());
    QCOMPARE(
        source.sha256Hex(),
        QString::fromLatin1(QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(source.read(piece.data(), piece.size()), 0);
}

void CsvReaderTest::hashingSourceRethrowsReadErrors()
{
    const qsizetype good = 3 * 1024 * 1024;
    HashingSource source(std::make_unique<FailingSource>(good));
    QByteArray piece(64 * 1024, Qt::Uninitialized);
    qsizetype total = 0;
    QVERIFY_THROWS_EXCEPTION(ImportError,
                             for (;;) total += source.read(piece.data(), piece.size()));
    QCOMPARE(total, good); // every good byte came through before the error
}

void CsvReaderTest::hashingSourceStopsWhenDroppedEarly()
{
    const QByteArray input = randomBytes(8 * 1024 * 1024);
    auto source = std::make_unique<HashingSource>(std::make_unique<MemorySource>(input));
    char first[16];
    QCOMPARE(source->read(first, sizeof first), qsizetype(sizeof first));
    QVERIFY(QByteArrayView(first, sizeof first) == input.first(sizeof first));
    source.reset(); // must neither hang on the full queue nor crash
}

void CsvReaderTest::detectsEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    const auto encode = [](const char* encoding, const QString& text) {
        QStringEncoder encoder(encoding);
        return QByteArray(encoder(text));
    };
    const QString western = QStringLiteral("name,city\nCafé Müller,Zürich\nFrançois,Besançon\n");
    const QString russian =
        QStringLiteral("имя,город\nООО Ромашка,Москва\nИван Петров,Санкт-Петербург\n");
    const QString chinese = QStringLiteral("客户,城市\n北京科技有限公司,北京\n上海贸易,上海\n");

    QTest::newRow("ascii") << QByteArray("a,b\n1,2\n") << QStringLiteral("utf-8");
    QTest::newRow("utf-8") << western.toUtf8() << QStringLiteral("utf-8");
    QTest::newRow("utf-8 cut mid character") << russian.toUtf8().left(7) << QStringLiteral("utf-8");
    QTest::newRow("utf-8 bom") << "\xEF\xBB\xBF" + western.toUtf8() << QStringLiteral("utf-8-bom");
    QTest::newRow("utf-16le bom") << "\xFF\xFE" + encode("UTF-16LE", western)
                                  << QStringLiteral("utf-16le");
    QTest::newRow("utf-16be bom") << "\xFE\xFF" + encode("UTF-16BE", western)
                                  << QStringLiteral("utf-16be");
    QTest::newRow("windows-1252") << encode("windows-1252", western)
                                  << QStringLiteral("windows-1252");
    QTest::newRow("windows-1251") << encode("windows-1251", russian)
                                  << QStringLiteral("windows-1251");
    QTest::newRow("gb18030") << encode("GB18030", chinese) << QStringLiteral("gb18030");
}

void CsvReaderTest::detectsEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QCOMPARE(encodingName(detectEncoding(bytes)), expected);
}

void CsvReaderTest::convertsToUtf8_data()
{
    detectsEncoding_data();
}

void CsvReaderTest::convertsToUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const Encoding encoding = *encodingFromName(expected);
    // One byte at a time: characters cut between chunks must survive.
    Utf8Source source(std::make_unique<TrickleSource>(bytes), encoding);
    const ReadResult result = tenure::test::readAllRecords(source, ',');
    QVERIFY(!result.records.isEmpty());
    const QByteArray utf8 = utf8Head(bytes, encoding);
    QVERIFY(!utf8.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(result.records.first().join(u','), QString::fromUtf8(utf8).section(u'\n', 0, 0));
}

void CsvReaderTest::sniffsDialect_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<bool>("header");

    QTest::newRow("comma") << QByteArray("id,name,mrr\n1,\"Acme, Inc\",10.5\n2,Beta,20\n") << ','
                           << true;
    QTest::newRow("semicolon with decimal commas")
        << QByteArray("id;name;mrr;seats\n1;Acme;10,50;3\n2;Beta;20,00;4\n3;Gamma;5,25;1\n") << ';'
        << true;
    QTest::newRow("tab") << QByteArray("id\tname\n1\tAcme\n2\tBeta\n") << '\t' << true;
    QTest::newRow("pipe") << QByteArray("id|name\n1|Acme\n2|Beta\n") << '|' << true;
    QTest::newRow("no header") << QByteArray("1,Acme,2024-01-01\n2,Beta,2024-02-01\n") << ','
                               << false;
    QTest::newRow("header with trailing delimiter")
        << QByteArray("id,name,\n1,Acme,\n") << ',' << true;
}

void CsvReaderTest::sniffsDialect()
{
    QFETCH(QByteArray, sample);
    QFETCH(char, delimiter);
    QFETCH(bool, header);
    const CsvDialect dialect = sniffDialect(sample, true);
    QCOMPARE(dialect.delimiter, delimiter);
    QCOMPARE(dialect.hasHeader, header);
}

// An import chooses how to load from the expected number of rows, which the
// inspection estimates from the first megabyte: exactly for a small file,
// closely for a large one whose rows vary in length and hold line breaks.
void CsvReaderTest::estimatesRowsFromTheFirstMegabyte_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<bool>("withHeader");
    QTest::newRow("small, header") << 120 << true;
    QTest::newRow("small, no header") << 120 << false;
    QTest::newRow("large, header") << 60000 << true;
}

void CsvReaderTest::estimatesRowsFromTheFirstMegabyte()
{
    QFETCH(int, rows);
    QFETCH(bool, withHeader);
    QByteArray csv = withHeader ? "customer,week_start,note\n" : "";
    for (int i = 0; i < rows; ++i) {
        csv += "C" + QByteArray::number(i) + ",2024-01-0" + QByteArray::number(1 + i % 9) +
               (i % 3 == 0 ? ",\"two\nlines\"\n" : ",one line of some length\n");
    }
    tenure::test::TempFolder folder;
    const QString path = folder.write(QStringLiteral("rows.csv"), csv);
    ReadingChoices choices;
    choices.hasHeader = withHeader;
    const FilePlan plan = inspectFile(path, choices);
    if (csv.size() <= 1024 * 1024)
        QCOMPARE(plan.estimatedRows, rows);
    else
        QVERIFY2(std::abs(plan.estimatedRows - rows) <= rows / 100,
                 qPrintable(QString::number(plan.estimatedRows)));
}

TENURE_TEST_MAIN(CsvReaderTest)
#include "tst_csvreader.moc"
