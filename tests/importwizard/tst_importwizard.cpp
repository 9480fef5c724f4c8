// The import wizard driven offscreen with real CSV files and a real book: a
// known export goes straight through, an unknown layout is mapped once and
// offered the next time, ambiguous dates are asked about, and a messy legacy
// export goes through every page. With TENURE_SCREENSHOT_DIR set it saves
// each page there.
#include "common/testmain.h"
#include "import/importjob.h"
#include "import/rejectionmodel.h"
#include "import/reviewmodel.h"
#include "importwizard/amountsbox.h"
#include "importwizard/ratesbox.h"
#include "importwizard/reviewpage.h"
#include "store/book.h"
#include "wizarddriver.h"
#include "wizardtesthelpers.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTableView>

using namespace tenure;
using namespace tenure::test;

class ImportWizardTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void knownExportNeedsNoMapping();
    void unknownLayoutIsMappedOnceAndOfferedNextTime();
    void ambiguousDatesAreAsked();
    void centsAndIntervalAreAsked();
    void missingRatesAreTypedAndCheckedAgain();
    void summaryListsWhatANewerExportChanged();
    void messyLegacyExportGoesThroughEveryPage();

private:
    std::unique_ptr<test::TempFolder> m_folder;
    QString m_book;
};

void ImportWizardTest::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_book = m_folder->path(QStringLiteral("book.tenure"));
    store::Book::create(m_book);
}

void ImportWizardTest::cleanup()
{
    m_folder.reset();
}

void ImportWizardTest::knownExportNeedsNoMapping()
{
    ImportWizard wizard(m_book, {test::importFixture("stripe_subscriptions.csv")});
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.show();
    QTRY_VERIFY(!wizard.session().isInspecting());
    QCOMPARE(QLatin1String(wizard.session().file(0).plan.preset->id),
             QLatin1String("stripe-subscriptions"));
    QVERIFY(wizard.session().isReady()); // nothing to ask
    STEP(runToCheck(wizard));
    QVERIFY(!wizard.mappingPage()->findChild<QGroupBox*>()->isVisible()); // no date question
    QCOMPARE(wizard.checkPage()->rejections().rowCount(), 0);
    QCOMPARE(test::countRows(m_book, "subscription_periods"), 0); // the check wrote nothing
    STEP(runImport(wizard));
    QCOMPARE(imported.count(), 1);
    QCOMPARE(test::countRows(m_book, "subscription_periods"), 4);
    QCOMPARE(test::countRows(m_book, "accounts"), 4);
    QCOMPARE(test::countRows(m_book, "imports"), 1);
    QCOMPARE(test::countRows(m_book, "import_mappings"), 0); // a preset is not a user's mapping
}

void ImportWizardTest::unknownLayoutIsMappedOnceAndOfferedNextTime()
{
    const QByteArray header = "Client Ref,Company,Since,Monthly Fee,Curr\n";
    const QString first =
        m_folder->write(QStringLiteral("crm.csv"), header + "C1,Acme,2024-01-01,100,USD\n"
                                                            "C2,Beta,2024-02-01,50,USD\n");
    {
        ImportWizard wizard(m_book, {first});
        wizard.show();
        QTRY_VERIFY(!wizard.session().isInspecting());
        QVERIFY(!wizard.session().file(0).plan.preset);
        wizard.next();
        wizard.next();
        QCOMPARE(page(wizard), PageId::Mapping);
        QVERIFY(!wizard.currentPage()->isComplete()); // required fields without a column
        // The view's model (the styled mapping) stays consistent through every choice below.
        QAbstractItemModelTester tester(wizard.currentPage()->findChild<QTableView*>()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        STEP(choose(wizard, import::Field::AccountId, QStringLiteral("Client Ref")));
        STEP(choose(wizard, import::Field::AccountName, QStringLiteral("Company")));
        STEP(choose(wizard, import::Field::StartDate, QStringLiteral("Since")));
        QVERIFY(!wizard.currentPage()->isComplete()); // still no amount
        STEP(choose(wizard, import::Field::Mrr, QStringLiteral("Monthly Fee")));
        STEP(choose(wizard, import::Field::Currency, QStringLiteral("Curr")));
        QTRY_VERIFY(wizard.currentPage()->isComplete());
        grab(wizard, QStringLiteral("import-mapping-made"));
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.checkPage()->isChecking(), kSlow);
        STEP(runImport(wizard));
        QCOMPARE(test::countRows(m_book, "subscription_periods"), 2);
        QCOMPARE(test::countRows(m_book, "import_mappings"), 1);
    }
    // A newer export with the same columns: the mapping is offered, nothing is asked.
    const QString second =
        m_folder->write(QStringLiteral("crm-june.csv"), header + "C3,Gamma,2024-06-01,70,USD\n");
    ImportWizard wizard(m_book, {second});
    wizard.show();
    QTRY_VERIFY(!wizard.session().isInspecting());
    QVERIFY(wizard.session().file(0).plan.mappingRemembered);
    STEP(runToCheck(wizard));
    STEP(runImport(wizard));
    QCOMPARE(test::countRows(m_book, "subscription_periods"), 3);
    QCOMPARE(test::countRows(m_book, "accounts"), 3);
}

void ImportWizardTest::ambiguousDatesAreAsked()
{
    const QString file = m_folder->write(QStringLiteral("eu.csv"), "account_id,start_date,mrr\n"
                                                                   "A1,03/04/2024,10\n"
                                                                   "A2,05/06/2024,20\n");
    ImportWizard wizard(m_book, {file});
    wizard.show();
    QTRY_VERIFY(!wizard.session().isInspecting());
    wizard.next();
    wizard.next();
    QCOMPARE(page(wizard), PageId::Mapping);
    auto* question = wizard.mappingPage()->findChild<QGroupBox*>();
    QVERIFY(question->isVisible());
    QVERIFY(!wizard.currentPage()->isComplete());
    grab(wizard, QStringLiteral("import-dates"));
    QRadioButton* dayFirst = nullptr;
    for (auto* radio : question->findChildren<QRadioButton*>()) {
        if (radio->accessibleName() == QStringLiteral("Day first"))
            dayFirst = radio;
    }
    QVERIFY(dayFirst && dayFirst->text().contains(QStringLiteral("03/04/2024")));
    dayFirst->click();
    QTRY_VERIFY(wizard.currentPage()->isComplete());
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.checkPage()->isChecking(), kSlow);
    STEP(runImport(wizard));
    auto book = store::Book::open(m_book, store::Book::Access::ReadOnly);
    QCOMPARE(book->connection().queryText("SELECT min(start_on) FROM subscription_periods"),
             QStringLiteral("2024-04-03"));
}

// Whole amounts of thousands and prices without an interval: the mapping
// page asks both, and the page cannot be left until both are answered.
void ImportWizardTest::centsAndIntervalAreAsked()
{
    const QString file =
        m_folder->write(QStringLiteral("prices.csv"), "account_id,plan,start_date,amount\n"
                                                      "A1,Pro Annual,2024-01-01,120000\n"
                                                      "A2,Pro Annual,2024-02-01,240000\n");
    ImportWizard wizard(m_book, {file});
    wizard.show();
    QTRY_VERIFY(!wizard.session().isInspecting());
    wizard.next();
    wizard.next();
    QCOMPARE(page(wizard), PageId::Mapping);
    auto* amounts = wizard.mappingPage()->findChild<ui::AmountsBox*>();
    QVERIFY(amounts && amounts->isVisible());
    QVERIFY(!wizard.currentPage()->isComplete());
    grab(wizard, QStringLiteral("import-amounts"));
    QRadioButton* cents = nullptr;
    for (auto* radio : amounts->findChildren<QRadioButton*>()) {
        if (radio->accessibleName() == QStringLiteral("Amounts in cents"))
            cents = radio;
    }
    QVERIFY(cents && cents->text().contains(QStringLiteral("2,400.00")));
    cents->click();
    QTRY_VERIFY(!wizard.session().isInspecting());
    QVERIFY(!wizard.currentPage()->isComplete()); // the interval is still open
    auto* interval = amounts->findChild<QComboBox*>();
    QVERIFY(interval && interval->isVisible());
    interval->setCurrentIndex(interval->findText(QStringLiteral("every year")));
    Q_EMIT interval->activated(interval->currentIndex());
    QTRY_VERIFY(wizard.currentPage()->isComplete());
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.checkPage()->isChecking(), kSlow);
    STEP(runImport(wizard));
    auto book = store::Book::open(m_book, store::Book::Access::ReadOnly);
    // 1,200.00 and 2,400.00 a year.
    QCOMPARE(book->connection().queryInt("SELECT sum(mrr_minor) FROM subscription_periods"),
             10000 + 20000);
}

void ImportWizardTest::missingRatesAreTypedAndCheckedAgain()
{
    const QString file =
        m_folder->write(QStringLiteral("eur.csv"), "account_id,start_date,mrr,currency\n"
                                                   "A1,2024-01-10,10.00,EUR\n"
                                                   "A2,2024-02-10,20.00,USD\n");
    ImportWizard wizard(m_book, {file});
    wizard.show();
    STEP(runToCheck(wizard));
    auto* rates = wizard.checkPage()->findChild<ui::RatesBox*>();
    QVERIFY(rates && rates->isVisible());
    QVERIFY(!wizard.currentPage()->isComplete());
    auto* field = rates->findChild<QLineEdit*>();
    QVERIFY(field);
    QCOMPARE(field->accessibleName(), QStringLiteral("EUR rate"));
    field->setText(QLocale().toString(1.5));
    grab(wizard, QStringLiteral("import-rates"));
    rates->findChild<QPushButton*>()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.checkPage()->isChecking(), kSlow);
    QTRY_VERIFY(wizard.currentPage()->isComplete());
    QVERIFY(!rates->isVisible());
    STEP(runImport(wizard));
    auto book = store::Book::open(m_book, store::Book::Access::ReadOnly);
    QCOMPARE(book->connection().queryText("SELECT rate_on || ' ' || per_base FROM currency_rates"),
             QStringLiteral("2024-01-10 1.5"));
}

void ImportWizardTest::summaryListsWhatANewerExportChanged()
{
    const QByteArray header = "account_id,account_name,start_date,end_date,mrr\n";
    for (const QByteArray& rows : {QByteArray("A1,Acme,2024-01-01,,100\n"),
                                   QByteArray("A1,Acme,2024-01-01,2024-06-01,100\n")}) {
        ImportWizard wizard(m_book, {m_folder->write(QStringLiteral("export.csv"), header + rows)});
        wizard.show();
        STEP(runToCheck(wizard));
        STEP(runImport(wizard));
        auto* changes = wizard.currentPage()->findChild<QPlainTextEdit*>();
        QCOMPARE(changes->isVisible(), rows.contains("2024-06-01"));
        if (changes->isVisible()) {
            QVERIFY2(changes->toPlainText().contains(QStringLiteral("end_on — → 2024-06-01")),
                     qPrintable(changes->toPlainText()));
            STEP(grab(wizard, QStringLiteral("import-newer-summary")));
        }
    }
}

// A legacy export as it arrives: Windows-1252, semicolons, German headers,
// decimal commas, a customer that looks like an existing account, bad rows.
void ImportWizardTest::messyLegacyExportGoesThroughEveryPage()
{
    import::ImportJob setup;
    QSignalSpy done(&setup, &import::ImportJob::finished);
    setup.start(m_book,
                {test::importFixture("generic_accounts.csv"),
                 test::importFixture("generic_currency_rates.csv")},
                {});
    QVERIFY(done.wait(kSlow));
    QVERIFY(setup.result().outcome.committed);

    QStringEncoder latin("windows-1252");
    const QByteArray messy = latin(QStringLiteral(
        "Kunde Nr;Firma;E-Mail;Beginn;Monatsbetrag;Währung;Betreuer\r\n"
        "K-1001;Acme Labs;cfo@acme.example;15.01.2024;1.200,00;EUR;Jürgen\r\n"
        "K-1002;Müller & Söhne GmbH;info@mueller.example;01.02.2024;99,50;EUR;Anna\r\n"
        "K-1003;Café Zürich;;31.02.2024;45,00;EUR;Anna\r\n"
        "K-1004;Beta GmbH;ap@beta.example;01.03.2024;n/a;EUR;Jürgen\r\n"
        "K-1005;\"Delta; Berlin\";d@delta.example;01.04.2024;250,00\r\n"
        "K-1006;Omega AG;it@omega.example;02.04.2024;80,00;EUR;Anna\r\n"));
    ImportWizard wizard(m_book, {m_folder->write(QStringLiteral("kunden_export.csv"), messy)});
    wizard.resize(wizard.minimumSize());
    wizard.show();
    QTRY_VERIFY(!wizard.session().isInspecting());
    QCOMPARE(wizard.session().file(0).plan.encoding, import::Encoding::Windows1252);
    grab(wizard, QStringLiteral("import-1-files"));
    wizard.next();
    grab(wizard, QStringLiteral("import-2-reading"));
    wizard.next();
    STEP(choose(wizard, import::Field::AccountId, QStringLiteral("Kunde Nr")));
    STEP(choose(wizard, import::Field::AccountName, QStringLiteral("Firma")));
    STEP(choose(wizard, import::Field::Email, QStringLiteral("E-Mail")));
    STEP(choose(wizard, import::Field::StartDate, QStringLiteral("Beginn")));
    STEP(choose(wizard, import::Field::Mrr, QStringLiteral("Monatsbetrag")));
    STEP(choose(wizard, import::Field::Currency, QStringLiteral("Währung")));
    STEP(choose(wizard, import::Field::Owner, QStringLiteral("Betreuer")));
    QTRY_VERIFY2(wizard.currentPage()->isComplete(), qPrintable(wizard.session().blocker(0)));
    grab(wizard, QStringLiteral("import-3-mapping"));
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.checkPage()->isChecking(), kSlow);
    QCOMPARE(wizard.checkPage()->rejections().rowCount(), 3);
    grab(wizard, QStringLiteral("import-4-check"));
    wizard.checkPage()->findChild<QCheckBox*>(QStringLiteral("skipInvalid"))->click();
    wizard.next();
    QCOMPARE(page(wizard), PageId::Review);
    grab(wizard, QStringLiteral("import-5-review"));
    import::ReviewModel& reviews = wizard.reviewPage()->reviews();
    QCOMPARE(reviews.rowCount(), 1);
    QCOMPARE(reviews.index(0, import::ReviewModel::CandidateColumn).data().toString(),
             QStringLiteral("Acme Inc"));
    // Acme Labs is the same customer as Acme Inc: linked, not a fifth account.
    QVERIFY(reviews.setData(reviews.index(0, import::ReviewModel::SameColumn), Qt::Checked,
                            Qt::CheckStateRole));
    STEP(runImport(wizard));
    grab(wizard, QStringLiteral("import-6-summary"));
    QCOMPARE(test::countRows(m_book, "subscription_periods"), 3);
    QCOMPARE(test::countRows(m_book, "accounts"), 4);
    auto book = store::Book::open(m_book, store::Book::Access::ReadOnly);
    QCOMPARE(book->connection().queryInt("SELECT count(*) FROM subscription_periods WHERE "
                                         "account_id = (SELECT id FROM accounts WHERE name = "
                                         "'Acme Inc')"),
             1);
}

TENURE_TEST_MAIN(ImportWizardTest)
#include "tst_importwizard.moc"
