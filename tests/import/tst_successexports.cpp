#include "common/tempbook.h"
#include "common/testmain.h"
#include "import/importer.h"
#include "import/rowbuilders.h"
#include "importtesthelpers.h"

using namespace tenure;
using namespace tenure::import;

// Customer-success exports written from the vendors' documentation and from
// code that reads real exports (tests/import/fixtures/vendors/cs/), imported
// into a book that already holds the six companies' billing: each file is
// recognised with no question, its rows land on the right accounts, and a
// CRM's account list adds no duplicate however it writes the website.
class SuccessExportsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void domainsAreNormalised_data();
    void domainsAreNormalised();
    void crmAccountListsMatchTheBillingAccounts_data();
    void crmAccountListsMatchTheBillingAccounts();
    void helpDeskAndSurveyRowsLandOnTheirAccounts_data();
    void helpDeskAndSurveyRowsLandOnTheirAccounts();
    void legalFormsTellCompaniesApart_data();
    void legalFormsTellCompaniesApart();
    void signalsNamedWithAnotherLegalFormFindNoAccount();

private:
    ImportOutcome import(const char* name);
    std::int64_t perAccount(const char* sql, const QString& account);
    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<store::Book> m_book;
};

void SuccessExportsTest::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_book = store::Book::create(m_folder->path(QStringLiteral("book.tenure")));
    const QString billing = m_folder->write(QStringLiteral("billing.csv"), test::castBillingCsv());
    QVERIFY(test::importInto(*m_book, {billing}).committed);
}

void SuccessExportsTest::cleanup()
{
    m_book.reset();
    m_folder.reset();
}

ImportOutcome SuccessExportsTest::import(const char* name)
{
    return test::importInto(*m_book, {test::fixture((std::string("vendors/cs/") + name).c_str())});
}

std::int64_t SuccessExportsTest::perAccount(const char* sql, const QString& account)
{
    auto statement = m_book->connection().prepare(sql);
    statement.bind(1, account);
    return statement.step() ? statement.intValue(0) : -1;
}

void SuccessExportsTest::domainsAreNormalised_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("domain");
    QTest::newRow("url") << "https://www.Acme.example/about?x=1"
                         << "acme.example";
    QTest::newRow("www") << "www.beta.example"
                         << "beta.example";
    QTest::newRow("trailing dot and slash") << "gamma.example./"
                                            << "gamma.example";
    QTest::newRow("port") << "http://delta.example:8080"
                          << "delta.example";
    QTest::newRow("email") << "ops@echo.example"
                           << "echo.example";
    QTest::newRow("bare") << "foxtrot.example"
                          << "foxtrot.example";
    QTest::newRow("empty") << ""
                           << "";
}

void SuccessExportsTest::domainsAreNormalised()
{
    QFETCH(QString, written);
    QFETCH(QString, domain);
    QCOMPARE(QString::fromStdString(normaliseDomain(written.toStdString())), domain);
}

// Salesforce writes websites as https://www.acme.example/, www.beta.example
// or http://delta.example, with its report's footer lines below the data;
// HubSpot gives the domain and the website URL.
void SuccessExportsTest::crmAccountListsMatchTheBillingAccounts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("preset");
    QTest::addColumn<qint64>("skipped");
    QTest::newRow("salesforce") << "salesforce_accounts.csv"
                                << "salesforce-accounts" << 5ll;
    QTest::newRow("hubspot") << "hubspot_companies.csv"
                             << "hubspot-companies" << 0ll;
}

void SuccessExportsTest::crmAccountListsMatchTheBillingAccounts()
{
    QFETCH(QString, file);
    QFETCH(QString, preset);
    QFETCH(qint64, skipped);
    const ImportOutcome outcome = import(file.toUtf8().constData());
    for (const Rejection& rejection : outcome.allRejections())
        qWarning() << rejection.toText();
    QVERIFY(outcome.committed);
    const FileOutcome& result = outcome.files.front();
    QCOMPARE(QString::fromLatin1(result.plan.preset->id), preset);
    QCOMPARE(result.skipped, skipped);
    QCOMPARE(result.accountsCreated, 0);
    QVERIFY(result.reviews.empty());
    QCOMPARE(test::count(*m_book, "accounts"), 6);
    QCOMPARE(perAccount("SELECT count(*) FROM accounts WHERE name = ? AND owner = 'Sam Owner'",
                        QStringLiteral("Acme Inc")),
             1);
}

void SuccessExportsTest::helpDeskAndSurveyRowsLandOnTheirAccounts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("preset");
    QTest::addColumn<QString>("table");
    QTest::addColumn<qint64>("rows");
    QTest::addColumn<qint64>("acme");
    QTest::addColumn<qint64>("gamma");
    QTest::newRow("zendesk") << "zendesk_tickets.csv"
                             << "zendesk-tickets"
                             << "tickets" << 7ll << 2ll << 1ll;
    // Its "Service Task" type is a category of its own: read as other.
    QTest::newRow("freshdesk") << "freshdesk_tickets.csv"
                               << "freshdesk-tickets"
                               << "tickets" << 6ll << 2ll << 1ll;
    // HubSpot and Salesforce give a contact's first and last name apart.
    QTest::newRow("hubspot contacts") << "hubspot_contacts.csv"
                                      << "hubspot-contacts"
                                      << "contacts" << 7ll << 2ll << 1ll;
    QTest::newRow("salesforce contacts") << "salesforce_contacts.csv"
                                         << "salesforce-contacts"
                                         << "contacts" << 7ll << 2ll << 1ll;
    // A CRM's calls and meetings land in the action log.
    QTest::newRow("hubspot activities") << "hubspot_activities.csv"
                                        << "hubspot-activities"
                                        << "actions" << 7ll << 2ll << 2ll;
    QTest::newRow("salesforce activities") << "salesforce_activities.csv"
                                           << "salesforce-activities"
                                           << "actions" << 7ll << 2ll << 1ll;
    QTest::newRow("delighted") << "delighted_responses.csv"
                               << "delighted-responses"
                               << "survey_responses" << 7ll << 2ll << 1ll;
}

void SuccessExportsTest::helpDeskAndSurveyRowsLandOnTheirAccounts()
{
    QFETCH(QString, file);
    QFETCH(QString, preset);
    QFETCH(QString, table);
    QFETCH(qint64, rows);
    QFETCH(qint64, acme);
    QFETCH(qint64, gamma);
    const ImportOutcome outcome = import(file.toUtf8().constData());
    for (const Rejection& rejection : outcome.allRejections())
        qWarning() << rejection.toText();
    QVERIFY(outcome.committed);
    QCOMPARE(QString::fromLatin1(outcome.files.front().plan.preset->id), preset);
    QCOMPARE(outcome.files.front().inserted, rows);
    const std::string perCompany = "SELECT count(*) FROM " + table.toStdString() +
                                   " t JOIN accounts a ON a.id = t.account_id WHERE a.name = ?";
    QCOMPARE(perAccount(perCompany.c_str(), QStringLiteral("Acme Inc")), acme);
    QCOMPARE(perAccount(perCompany.c_str(), QStringLiteral("Gamma Corp")), gamma);
    if (table == QLatin1String("contacts")) {
        QCOMPARE(perAccount("SELECT count(*) FROM contacts c JOIN accounts a ON a.id = "
                            "c.account_id WHERE a.name = ? AND c.name = 'Alice Anders'",
                            QStringLiteral("Acme Inc")),
                 1);
    } else if (table == QLatin1String("actions")) {
        QCOMPARE(perAccount("SELECT count(*) FROM actions t JOIN accounts a ON a.id = "
                            "t.account_id WHERE a.name = ? AND t.kind = 'call'",
                            QStringLiteral("Gamma Corp")),
                 1);
    } else if (table == QLatin1String("tickets")) {
        // Gamma's ticket is the urgent one Gamma raised.
        QCOMPARE(perAccount("SELECT count(*) FROM tickets t JOIN accounts a ON a.id = "
                            "t.account_id WHERE a.name = ? AND t.priority = 'urgent'",
                            QStringLiteral("Gamma Corp")),
                 1);
    } else {
        QCOMPARE(perAccount("SELECT max(score) FROM survey_responses r JOIN accounts a ON a.id = "
                            "r.account_id WHERE a.name = ?",
                            QStringLiteral("Gamma Corp")),
                 3);
    }
}

// A CRM's company beside the billing's Beta LLC (beta.example): by name
// alone another legal form is another company, not a possible duplicate;
// the same name with no form, or the same form spelled out, is one to
// review; the domain agreeing, the form may differ and the account is the same.
void SuccessExportsTest::legalFormsTellCompaniesApart_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<int>("created");
    QTest::addColumn<QString>("reviewedAs");
    QTest::newRow("another form") << "Beta GmbH"
                                  << "" << 1 << "";
    QTest::newRow("no form") << "Beta"
                             << "" << 1 << "Beta LLC";
    QTest::newRow("the form spelled out") << "Acme Incorporated"
                                          << "" << 1 << "Acme Inc";
    QTest::newRow("another form, same domain") << "Beta GmbH"
                                               << "www.beta.example" << 0 << "";
}

void SuccessExportsTest::legalFormsTellCompaniesApart()
{
    QFETCH(QString, name);
    QFETCH(QString, domain);
    QFETCH(int, created);
    QFETCH(QString, reviewedAs);
    ImportOptions crm;
    crm.reading.source = QStringLiteral("crm");
    const QString file = m_folder->write(
        QStringLiteral("crm.csv"),
        QStringLiteral("account_id,account_name,domain\nX1,%1,%2\n").arg(name, domain).toUtf8());
    const ImportOutcome outcome = test::importInto(*m_book, {file}, crm);
    QVERIFY(outcome.committed);
    const FileOutcome& result = outcome.files.front();
    QCOMPARE(result.accountsCreated, created);
    QCOMPARE(result.reviews.size(), std::size_t(reviewedAs.isEmpty() ? 0 : 1));
    if (!reviewedAs.isEmpty())
        QCOMPARE(result.reviews.front().candidateName, reviewedAs);
    QCOMPARE(test::count(*m_book, "accounts"), 6 + created);
}

// A ticket naming "Beta GmbH" is not Beta LLC's: refused, naming what is
// missing; one naming "Beta" is.
void SuccessExportsTest::signalsNamedWithAnotherLegalFormFindNoAccount()
{
    const QString other =
        m_folder->write(QStringLiteral("other.csv"), "ticket_id,account_name,opened_on,priority\n"
                                                     "T1,Beta GmbH,2024-06-01,high\n");
    const ImportOutcome refused = test::importInto(*m_book, {other});
    QVERIFY(!refused.committed);
    QCOMPARE(refused.allRejections().size(), std::size_t{1});
    QVERIFY(refused.allRejections().front().reason.startsWith(QStringLiteral("No account")));
    const QString same =
        m_folder->write(QStringLiteral("same.csv"), "ticket_id,account_name,opened_on,priority\n"
                                                    "T1,Beta,2024-06-01,high\n");
    QVERIFY(test::importInto(*m_book, {same}).committed);
    QCOMPARE(perAccount("SELECT count(*) FROM tickets t JOIN accounts a ON a.id = t.account_id "
                        "WHERE a.name = ?",
                        QStringLiteral("Beta LLC")),
             1);
}

TENURE_TEST_MAIN(SuccessExportsTest)
#include "tst_successexports.moc"
