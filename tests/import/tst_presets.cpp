#include "common/tempbook.h"
#include "common/testmain.h"
#include "import/fieldmapping.h"
#include "import/importer.h"
#include "importtesthelpers.h"

using namespace tenure;
using namespace tenure::import;

// Each preset against a sample written in that system's column layout.
class PresetsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsSample_data();
    void importsSample();
    void recurlyZonesAndEnds();
    void remembersMappingPerHeaderSignature();
};

void PresetsTest::importsSample_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("preset");
    QTest::addColumn<qint64>("inserted");
    QTest::addColumn<qint64>("skipped");
    QTest::addColumn<qint64>("mrrMinor");

    const auto add = [](const char* file, const char* preset, qint64 inserted, qint64 skipped,
                        qint64 mrr) {
        QTest::newRow(file) << test::fixture(file) << QString::fromLatin1(preset) << inserted
                            << skipped << mrr;
    };
    // Expected MRR by hand, per docs/metrics.md §1.
    add("stripe_subscriptions.csv", "stripe-subscriptions", 4, 0, 14700 + 16667 + 0 + 4900);
    add("stripe_invoice_lines.csv", "stripe-invoice-lines", 3, 1, 14700 + 16667 + 14700);
    add("stripe_customers.csv", "stripe-customers", 2, 0, 0);
    add("recurly_subscriptions.csv", "recurly-subscriptions", 3, 0, 9900 + 10000 + 3000);
    // Paddle's report re-saved with decimals: whole units, not cents.
    add("paddle_transactions.csv", "paddle-transactions", 2, 0, 2500 + 10000);
    add("zuora_rate_plan_charges.csv", "zuora-rate-plan-charges", 2, 0, 25000 + 8000);
    add("baremetrics_subscriptions.csv", "baremetrics-subscriptions", 2, 0, 5000 + 1000);
    add("generic_subscriptions.csv", "generic-subscriptions", 2, 0, 120000 + 9900);
    // Priced instead: 1,200.00 a year for 2 seats, 30 a quarter, 49 a month.
    add("generic_priced_subscriptions.csv", "generic-subscriptions", 3, 0, 20000 + 1000 + 4900);
    add("generic_accounts.csv", "generic-accounts", 2, 0, 0);
    add("generic_currency_rates.csv", "generic-currency-rates", 2, 0, 0);
}

void PresetsTest::importsSample()
{
    QFETCH(QString, file);
    QFETCH(QString, preset);
    QFETCH(qint64, inserted);
    QFETCH(qint64, skipped);
    QFETCH(qint64, mrrMinor);

    test::TempFolder folder;
    auto book = store::Book::create(folder.path(QStringLiteral("book.tenure")));
    test::CountingProgress progress;
    const ImportOutcome outcome = importFiles(*book, {file}, {}, progress);
    QCOMPARE(outcome.files.size(), 1u);
    const FileOutcome& result = outcome.files.front();
    QVERIFY(result.plan.preset);
    QCOMPARE(QString::fromLatin1(result.plan.preset->id), preset);
    for (const Rejection& rejection : result.rejections)
        qWarning() << rejection.toText();
    QCOMPARE(result.rejected, 0);
    QVERIFY(outcome.committed);
    QCOMPARE(result.inserted, inserted);
    QCOMPARE(result.skipped, skipped);
    QCOMPARE(test::mrrSum(*book), mrrMinor);
    QCOMPARE(test::count(*book, "imports"), 1);
}

void PresetsTest::recurlyZonesAndEnds()
{
    test::TempFolder folder;
    auto book = store::Book::create(folder.path(QStringLiteral("book.tenure")));
    test::CountingProgress progress;
    importFiles(*book, {test::fixture("recurly_subscriptions.csv")}, {}, progress);
    auto& connection = book->connection();
    // 17:30 PST on the 15th is the 16th in UTC.
    QCOMPARE(connection.queryText("SELECT start_on FROM subscription_periods WHERE external_id = "
                                  "'5a1b2c3d4e'"),
             QStringLiteral("2024-01-16"));
    // Recurly's "canceled" runs to the end of its term.
    QCOMPARE(connection.queryText("SELECT end_on FROM subscription_periods WHERE external_id = "
                                  "'6b2c3d4e5f'"),
             QStringLiteral("2024-12-01"));
    QCOMPARE(
        connection.queryText("SELECT interval_unit || interval_count FROM subscription_periods "
                             "WHERE external_id = '6b2c3d4e5f'"),
        QStringLiteral("month12"));
}

void PresetsTest::remembersMappingPerHeaderSignature()
{
    test::TempFolder folder;
    auto book = store::Book::create(folder.path(QStringLiteral("book.tenure")));
    const QStringList headers{QStringLiteral("Kunde"), QStringLiteral("Beginn"),
                              QStringLiteral("Monatlich")};
    FieldMapping mapping;
    mapping.set(Field::AccountId, 0);
    mapping.set(Field::StartDate, 1);
    mapping.set(Field::Mrr, 2);
    rememberMapping(book->connection(), headers, QStringLiteral("crm"), Kind::Subscriptions,
                    mapping);

    // The same headers in another order and spelling find it again.
    const QStringList reordered{QStringLiteral("monatlich"), QStringLiteral("KUNDE"),
                                QStringLiteral(" Beginn")};
    const auto remembered = rememberedMapping(book->connection(), reordered);
    QVERIFY(remembered);
    QCOMPARE(remembered->kind, Kind::Subscriptions);
    QCOMPARE(remembered->source, QStringLiteral("crm"));
    QCOMPARE(remembered->mapping.column(Field::AccountId), 1);
    QCOMPARE(remembered->mapping.column(Field::Mrr), 0);

    const QString file =
        folder.write(QStringLiteral("crm.csv"), "Monatlich,Kunde,Beginn\n49.00,K-1,2024-01-01\n");
    test::CountingProgress progress;
    const ImportOutcome outcome = importFiles(*book, {file}, {}, progress);
    QVERIFY(outcome.committed);
    QVERIFY(outcome.files.front().plan.mappingRemembered);
    QCOMPARE(test::mrrSum(*book), 4900);
}

TENURE_TEST_MAIN(PresetsTest)
#include "tst_presets.moc"
