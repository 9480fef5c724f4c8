// CSV export: quoting, round trip, and cells a spreadsheet would run as formulas.
#include "common/testmain.h"
#include "core/csvwriter.h"

#include <QBuffer>
#include <QStandardItemModel>

class TestCsvWriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fields_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << QStringLiteral("Acme") << QStringLiteral("Acme");
        QTest::newRow("comma") << QStringLiteral("Acme, Inc.") << QStringLiteral("\"Acme, Inc.\"");
        QTest::newRow("quote") << QStringLiteral("The \"best\"")
                               << QStringLiteral("\"The \"\"best\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"x\")")
                                 << QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"");
        QTest::newRow("plus") << QStringLiteral("+1+2") << QStringLiteral("'+1+2");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("minus command") << QStringLiteral("-2+3+cmd") << QStringLiteral("'-2+3+cmd");
        QTest::newRow("negative number") << QStringLiteral("-12.50") << QStringLiteral("-12.50");
        QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
    }

    void fields()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(tenure::csvField(value), written);
    }

    void writesAModel()
    {
        QStandardItemModel model(2, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("Account"), QStringLiteral("MRR")});
        model.setItem(0, 0, new QStandardItem(QStringLiteral("Acme, Inc.")));
        model.setItem(0, 1, new QStandardItem(QStringLiteral("1,200.00")));
        model.setItem(1, 0, new QStandardItem(QStringLiteral("=cmd")));
        model.setItem(1, 1, new QStandardItem(QStringLiteral("-5")));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(tenure::writeCsv(model, buffer));
        QCOMPARE(buffer.data(),
                 QByteArray("Account,MRR\r\n\"Acme, Inc.\",\"1,200.00\"\r\n'=cmd,-5\r\n"));
    }
};

TENURE_TEST_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
