#include "common/tempbook.h"
#include "common/testmain.h"
#include "import/importer.h"
#include "import/importerror.h"
#include "importtesthelpers.h"
#include "metrics/historyloader.h"
#include "metrics/movements.h"

#include <numeric>

using namespace tenure;
using namespace tenure::import;

// Each billing system's export, written from the vendor's own documentation
// and public clients into tests/import/fixtures/vendors/ (the source of each
// layout is named beside its preset), imported with no question asked, and
// the MRR movements that come out checked against a hand computation as of
// 2024-06-30. Amounts in EUR convert at the fixed rate 1.25 the import is given.
namespace {

struct MonthCheck
{
    int month; // of 2024
    qint64 start;
    qint64 added; // new + reactivation
    qint64 churn;
    qint64 end;
};

} // namespace

Q_DECLARE_METATYPE(std::vector<MonthCheck>)

class VendorExportsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void movementsMatchHandComputation_data();
    void movementsMatchHandComputation();
    void chartmogulNamesFromLinkedFiles();
    void chartmogulLineItemsAloneSayWhatIsMissing();
    void paddleClassicDeletedRowSaysWhatToAdd();
    void stripeSelectionWithoutPriceIsRefusedNotReadAsCustomers();
    void cancelledStripeRowEndsAtBestDate_data();
    void cancelledStripeRowEndsAtBestDate();
};

void VendorExportsTest::movementsMatchHandComputation_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("preset");
    QTest::addColumn<qint64>("inserted");
    QTest::addColumn<qint64>("skipped");
    QTest::addColumn<qint64>("rejected");
    QTest::addColumn<std::vector<MonthCheck>>("months");

    const auto files = [](std::initializer_list<const char*> names) {
        QStringList paths;
        for (const char* name : names)
            paths.append(test::fixture((std::string("vendors/") + name).c_str()));
        return paths;
    };
    // Baremetrics: cents; Delta cancelled 2024-04-30 (no status: the
    // cancellation ends it); Gamma 300.00 a quarter from May; Echo 3 × 40 EUR.
    QTest::newRow("baremetrics") << files({"baremetrics_template.csv"})
                                 << "baremetrics-subscriptions" << 6ll << 0ll << 0ll
                                 << std::vector<MonthCheck>{{1, 12500, 5000, 0, 17500},
                                                            {3, 17500, 15000, 0, 32500},
                                                            {4, 32500, 0, 2500, 30000},
                                                            {5, 30000, 10000, 0, 40000},
                                                            {6, 40000, 0, 0, 40000}};
    // Stripe: Delta ended 2024-04-01; Golf cancels at period end, still paying
    // 2,400 a year; Foxtrot on trial pays nothing yet.
    QTest::newRow("stripe subscriptions")
        << files({"stripe_subscriptions_full.csv"}) << "stripe-subscriptions" << 6ll << 0ll << 0ll
        << std::vector<MonthCheck>{{4, 52500, 0, 2500, 50000}, {6, 50000, 0, 0, 50000}};
    // The same export opened and saved again by a German spreadsheet:
    // Windows-1252, semicolons, decimal commas, day-first dates, a title
    // line above the header and a total row below the data.
    QTest::newRow("stripe subscriptions, spreadsheet re-save")
        << files({"stripe_subscriptions_excel_de.csv"}) << "stripe-subscriptions" << 6ll << 2ll
        << 0ll << std::vector<MonthCheck>{{4, 52500, 0, 2500, 50000}, {6, 50000, 0, 0, 50000}};
    // Stripe lines: each line is its service period; the set-up fee has none.
    QTest::newRow("stripe invoice lines")
        << files({"stripe_invoice_line_items.csv"}) << "stripe-invoice-lines" << 5ll << 1ll << 0ll
        << std::vector<MonthCheck>{
               {3, 10000, 2500, 0, 12500}, {4, 12500, 0, 2500, 10000}, {6, 10000, 20000, 0, 30000}};
    // Chargebee: no billing period column; each term's length gives it. Delta
    // cancelled 2024-05-01; Foxtrot's trial starts 06-20 (trial_start, as
    // started_at is empty); Golf is non-renewing at 2,400 a year.
    QTest::newRow("chargebee bracketed")
        << files({"chargebee_subscriptions_bracketed.csv"}) << "chargebee-subscriptions" << 7ll
        << 0ll << 0ll
        << std::vector<MonthCheck>{{5, 52500, 10000, 2500, 60000}, {6, 60000, 0, 0, 60000}};
    // The same, saved as UTF-16 with tabs (a spreadsheet's "Unicode text").
    QTest::newRow("chargebee, UTF-16 with tabs")
        << files({"chargebee_subscriptions_utf16_tabs.csv"}) << "chargebee-subscriptions" << 7ll
        << 0ll << 0ll
        << std::vector<MonthCheck>{{5, 52500, 10000, 2500, 60000}, {6, 60000, 0, 0, 60000}};
    // Paddle Billing: minor units; Gamma's 300.00 a quarter less 30.00 off;
    // Echo's tax is not revenue (subtotal is before tax).
    QTest::newRow("paddle billing")
        << files({"paddle_billing_transactions.csv"}) << "paddle-transactions" << 6ll << 0ll << 0ll
        << std::vector<MonthCheck>{{3, 10000, 2500, 0, 12500},
                                   {4, 12500, 0, 2500, 10000},
                                   {5, 10000, 9000, 0, 19000},
                                   {6, 19000, 20000, 0, 39000}};
    // ChartMogul: four linked files in one import; amounts after discount and
    // with tax, which is taken out; the one-time onboarding fee is skipped.
    QTest::newRow("chartmogul linked files")
        << files({"chartmogul_line_items.csv", "chartmogul_customers.csv",
                  "chartmogul_invoices.csv", "chartmogul_plans.csv"})
        << "chartmogul-line-items" << 5ll << 1ll << 0ll
        << std::vector<MonthCheck>{{3, 10000, 2500, 0, 12500},
                                   {4, 12500, 0, 2500, 10000},
                                   {5, 10000, 9000, 0, 19000},
                                   {6, 19000, 20000, 0, 39000}};
}

void VendorExportsTest::movementsMatchHandComputation()
{
    QFETCH(QStringList, files);
    QFETCH(QString, preset);
    QFETCH(qint64, inserted);
    QFETCH(qint64, skipped);
    QFETCH(qint64, rejected);
    QFETCH(std::vector<MonthCheck>, months);

    test::TempFolder folder;
    auto book = store::Book::create(folder.path(QStringLiteral("book.tenure")));
    ImportOptions options;
    options.fixedRates.insert(QStringLiteral("EUR"), 1.25);
    const ImportOutcome outcome = test::importInto(*book, files, options);
    const auto periods =
        std::find_if(outcome.files.begin(), outcome.files.end(), [&](const FileOutcome& file) {
            return file.plan.preset && QLatin1String(file.plan.preset->id) == preset;
        });
    QVERIFY(periods != outcome.files.end());
    for (const Rejection& rejection : periods->rejections)
        qWarning() << rejection.toText();
    QCOMPARE(periods->inserted, inserted);
    QCOMPARE(periods->skipped, skipped);
    QCOMPARE(periods->rejected, rejected);
    QVERIFY(outcome.committed);
    // The fixed rate is kept from the first day a EUR row needed it.
    QCOMPARE(book->connection().queryInt("SELECT count(*) FROM currency_rates WHERE currency = "
                                         "'EUR' AND per_base = 1.25"),
             1);

    const metrics::MrrHistory history =
        metrics::loadMrrHistory(book->connection(), QDate(2024, 6, 30));
    std::vector<int> accounts(static_cast<std::size_t>(history.accountCount()));
    std::iota(accounts.begin(), accounts.end(), 0);
    for (const MonthCheck& expected : months) {
        const metrics::Month month = metrics::Month::of(2024, expected.month);
        const auto rows = metrics::monthlyMovements(history, accounts, month, month);
        QCOMPARE(rows.size(), 1u);
        const metrics::MonthMovements& got = rows.front();
        const QByteArray where = "month " + QByteArray::number(expected.month);
        QVERIFY2(got.startMrr == expected.start,
                 where + " start " + QByteArray::number(got.startMrr));
        QVERIFY2(got.newMrr + got.reactivationMrr == expected.added,
                 where + " new " + QByteArray::number(got.newMrr));
        QVERIFY2(got.churnMrr == expected.churn,
                 where + " churn " + QByteArray::number(got.churnMrr));
        QVERIFY2(got.endMrr == expected.end, where + " end " + QByteArray::number(got.endMrr));
    }
    // The MRR the summary shows is the file's own, on its latest start date.
    QVERIFY(periods->mrr.has_value());
    QVERIFY(periods->mrr->baseMinor > 0);
}

// The line items' customers and currencies come from the invoices file, the
// plan names from the plans file, the account names from the customers file.
void VendorExportsTest::chartmogulNamesFromLinkedFiles()
{
    test::TempFolder folder;
    auto book = store::Book::create(folder.path(QStringLiteral("book.tenure")));
    ImportOptions options;
    options.fixedRates.insert(QStringLiteral("EUR"), 1.25);
    const QStringList files{test::fixture("vendors/chartmogul_customers.csv"),
                            test::fixture("vendors/chartmogul_invoices.csv"),
                            test::fixture("vendors/chartmogul_line_items.csv"),
                            test::fixture("vendors/chartmogul_plans.csv")};
    QVERIFY(test::importInto(*book, files, options).committed);
    auto rows = book->connection().prepare(
        "SELECT a.name, p.plan, p.currency, p.mrr_minor FROM subscription_periods p JOIN "
        "accounts a ON a.id = p.account_id ORDER BY a.name");
    QStringList seen;
    while (rows.step())
        seen.append(QStringLiteral("%1|%2|%3|%4")
                        .arg(rows.textValue(0), rows.textValue(1), rows.textValue(2))
                        .arg(rows.intValue(3)));
    QCOMPARE(seen, (QStringList{QStringLiteral("Acme Inc|Team Monthly|USD|5000"),
                                QStringLiteral("Beta LLC|Business Annual|USD|10000"),
                                QStringLiteral("Delta Ltd|Team Monthly|USD|2500"),
                                QStringLiteral("Echo GmbH|Team Monthly EUR|EUR|12000"),
                                QStringLiteral("Gamma Corp|Team Quarterly|USD|9000")}));
    // The customers file made the accounts; the lines found them by id.
    QCOMPARE(test::count(*book, "accounts"), 6);
}

void VendorExportsTest::chartmogulLineItemsAloneSayWhatIsMissing()
{
    test::TempFolder folder;
    auto book = store::Book::create(folder.path(QStringLiteral("book.tenure")));
    try {
        test::importInto(*book, {test::fixture("vendors/chartmogul_line_items.csv")});
        QFAIL("line items without their invoices were imported");
    } catch (const ImportError& error) {
        QVERIFY2(error.message().contains(QStringLiteral("ChartMogul invoices")),
                 qPrintable(error.message()));
        QVERIFY2(error.message().contains(QStringLiteral("Customer external ID")),
                 qPrintable(error.message()));
    }
    QCOMPARE(test::count(*book, "imports"), 0);
}

void VendorExportsTest::paddleClassicDeletedRowSaysWhatToAdd()
{
    test::TempFolder folder;
    auto book = store::Book::create(folder.path(QStringLiteral("book.tenure")));
    ImportOptions options;
    options.fixedRates.insert(QStringLiteral("EUR"), 1.25);
    const QString file = test::fixture("vendors/paddle_classic_subscription_users.csv");
    const ImportOutcome refused = test::importInto(*book, {file}, options);
    QVERIFY(!refused.committed);
    QCOMPARE(refused.rejectedRows(), 1);
    const Rejection& deleted = refused.files.front().rejections.front();
    QCOMPARE(deleted.line, 5);
    QVERIFY2(deleted.reason.contains(QStringLiteral("current-period-end")),
             qPrintable(deleted.reason));

    options.skipInvalid = true;
    QVERIFY(test::importInto(*book, {file}, options).committed);
    // Acme 50.00 a month, Beta 1,200.00 a year, Gamma 300.00 a quarter (from
    // the gap between payments), Echo 120 EUR; the trial and the pause pay nothing.
    const metrics::MrrHistory history =
        metrics::loadMrrHistory(book->connection(), QDate(2024, 6, 30));
    std::vector<int> accounts(static_cast<std::size_t>(history.accountCount()));
    std::iota(accounts.begin(), accounts.end(), 0);
    const metrics::Month june = metrics::Month::of(2024, 6);
    QCOMPARE(metrics::monthlyMovements(history, accounts, june, june).front().endMrr,
             5000 + 10000 + 10000 + 15000);
}

// A Stripe export whose column selection left out Amount and Plan has the
// customer columns of a customer list, and must not become one.
void VendorExportsTest::stripeSelectionWithoutPriceIsRefusedNotReadAsCustomers()
{
    test::TempFolder folder;
    auto book = store::Book::create(folder.path(QStringLiteral("book.tenure")));
    const QString file = folder.write(
        QStringLiteral("subs.csv"),
        "id,Customer ID,Customer Name,Customer Email,Status,Created (UTC),Current Period End "
        "(UTC)\n"
        "sub_1,cus_1,Acme,ops@acme.example,active,2024-01-15 10:12,2024-07-15 10:12\n");
    try {
        test::importInto(*book, {file});
        QFAIL("read without a price");
    } catch (const ImportError& error) {
        QVERIFY2(error.message().contains(QStringLiteral("Stripe subscriptions")),
                 qPrintable(error.message()));
        QVERIFY2(error.message().contains(QStringLiteral("Amount")), qPrintable(error.message()));
    }
    QCOMPARE(test::count(*book, "accounts"), 0);
}

void VendorExportsTest::cancelledStripeRowEndsAtBestDate_data()
{
    QTest::addColumn<QByteArray>("columns");
    QTest::addColumn<QByteArray>("values");
    QTest::addColumn<QString>("end");

    const QByteArray head = "id,Customer ID,Plan,Quantity,Currency,Interval,Amount,Status,Created "
                            "(UTC),Start (UTC),Current Period Start (UTC)";
    const QByteArray row = "sub_1,cus_1,Pro,1,usd,month,49.00,canceled,2024-01-10 09:00,2024-01-10 "
                           "09:00,2024-03-10 09:00";
    QTest::newRow("ended at first")
        << head + ",Current Period End (UTC),Canceled At (UTC),Ended At (UTC)"
        << row + ",2024-04-10 09:00,2024-03-20 09:00,2024-04-02 09:00"
        << "2024-04-02";
    QTest::newRow("then canceled at") << head + ",Current Period End (UTC),Canceled At (UTC)"
                                      << row + ",2024-04-10 09:00,2024-03-20 09:00"
                                      << "2024-03-20";
    QTest::newRow("then the current period's end")
        << head + ",Current Period End (UTC)" << row + ",2024-04-10 09:00"
        << "2024-04-10";
}

void VendorExportsTest::cancelledStripeRowEndsAtBestDate()
{
    QFETCH(QByteArray, columns);
    QFETCH(QByteArray, values);
    QFETCH(QString, end);

    test::TempFolder folder;
    auto book = store::Book::create(folder.path(QStringLiteral("book.tenure")));
    const QString file = folder.write(QStringLiteral("subs.csv"), columns + '\n' + values + '\n');
    const ImportOutcome outcome = test::importInto(*book, {file});
    for (const Rejection& rejection : outcome.allRejections())
        qWarning() << rejection.toText();
    QVERIFY(outcome.committed);
    auto stored = book->connection().prepare("SELECT end_on, mrr_minor FROM subscription_periods");
    QVERIFY(stored.step());
    QCOMPARE(stored.textValue(0), end);
    QCOMPARE(stored.intValue(1), 4900);
}

TENURE_TEST_MAIN(VendorExportsTest)
#include "tst_vendorexports.moc"
