// A held-out book built only from CSV files (no demo generator): accounts,
// subscriptions, usage, contacts, surveys, the CSM's activities, onboarding
// milestones and customer events. One cause is planted per few accounts; each
// must fire on its accounts, through the evaluation `tenure health` runs, and
// on no healthy account.
#include "common/csvbook.h"
#include "common/testmain.h"
#include "health/bookhealth.h"
#include "health/riskreason.h"
#include "health/signalsloader.h"
#include "import/importer.h"
#include "import/importtesthelpers.h"
#include "store/book.h"

#include <QMap>

#include <algorithm>

using namespace tenure;

namespace {

const QDate kAsOf(2026, 6, 30);

// Healthy accounts, and those with one planted cause.
const QStringList kHealthy = {QStringLiteral("H1"), QStringLiteral("H2"), QStringLiteral("H3"),
                              QStringLiteral("H4")};
const QMap<QString, QString> kPlanted = {
    {QStringLiteral("S1"), health::reason::StalledOnboarding},
    {QStringLiteral("S2"), health::reason::StalledOnboarding},
    {QStringLiteral("N1"), health::reason::NoProactiveContact},
    {QStringLiteral("N2"), health::reason::NoProactiveContact},
    {QStringLiteral("E1"), health::reason::CustomerEvent},
    {QStringLiteral("E2"), health::reason::CustomerEvent},
};

QStringList allIds()
{
    return kHealthy + kPlanted.keys();
}

QByteArray latin(const QString& text)
{
    return text.toLatin1();
}

QByteArray accountsCsv()
{
    QByteArray csv = "account_id,account_name,domain,segment,seats,created_on,renewal_on\n";
    for (const QString& id : allIds()) {
        // The stalled ones are this year's customers, still onboarding.
        const char* since = id.startsWith(u'S') ? "2026-02-01" : "2025-01-01";
        csv += latin(id) + ",Company " + latin(id) + ',' + latin(id.toLower()) +
               ".example.com,Low touch,20," + since + ",2027-03-01\n";
    }
    return csv;
}

QByteArray subscriptionsCsv()
{
    QByteArray csv = "subscription_id,account_id,account_name,plan,start_date,mrr,currency\n";
    for (const QString& id : allIds()) {
        const char* start = id.startsWith(u'S') ? "2026-02-01" : "2025-01-01";
        csv += "sub_" + latin(id) + ',' + latin(id) + ",Company " + latin(id) + ",Business," +
               start + ",750.00,USD\n";
    }
    return csv;
}

// 15 of 20 seats in use every week: adoption is no one's problem.
QByteArray usageCsv()
{
    QByteArray csv = "account_id,week_start,active_users,sessions\n";
    for (QDate week(2026, 2, 2); week <= kAsOf; week = week.addDays(7)) {
        for (const QString& id : allIds())
            csv += latin(id) + ',' + latin(week.toString(Qt::ISODate)) + ",15,60\n";
    }
    return csv;
}

// A champion at every account, active lately.
QByteArray contactsCsv()
{
    QByteArray csv = "account_id,contact_id,name,email,role,last_active_on\n";
    for (const QString& id : allIds()) {
        csv += latin(id) + ",P-" + latin(id) + ",Champion of " + latin(id) + ",champion@" +
               latin(id.toLower()) + ".example.com,Champion,2026-06-20\n";
    }
    return csv;
}

QByteArray surveysCsv()
{
    QByteArray csv = "account_id,response_id,submitted_at,survey,score\n";
    for (const QString& id : allIds())
        csv += latin(id) + ",R-" + latin(id) + ",2026-05-15,NPS,9\n";
    return csv;
}

// A CRM's activity history: every account called this month except N1, last
// reached in February, and N2, never reached.
QByteArray activitiesCsv()
{
    QByteArray csv = "Activity ID,Account ID,Date,Activity Type,Contact,Owner,Subject,Direction,"
                     "Outcome\n";
    int next = 1;
    for (const QString& id : allIds()) {
        if (id == QLatin1String("N2"))
            continue;
        const QByteArray contact = "champion@" + latin(id.toLower()) + ".example.com";
        csv += "ACT-" + QByteArray::number(next++) + ',' + latin(id) +
               ",2026-01-15,Meeting,,Dana,Kick-off,Outbound,\n";
        if (id != QLatin1String("N1")) {
            csv += "ACT-" + QByteArray::number(next++) + ',' + latin(id) + ",2026-06-10,Call," +
                   contact + ",Dana,Monthly check-in,Outbound,Happy\n";
        } else {
            csv += "ACT-" + QByteArray::number(next++) + ',' + latin(id) + ",2026-02-01,Email," +
                   contact + ",Dana,Release notes,Outbound,\n";
        }
    }
    return csv;
}

// S1 and S2 are past their target with no go-live; H1 went live on time;
// H2's target was five days ago, inside the grace period.
QByteArray milestonesCsv()
{
    return "account_id,onboarding_target_on,go_live_on\n"
           "S1,2026-04-01,\n"
           "S2,2026-05-15,\n"
           "H1,2025-03-01,2025-02-20\n"
           "H2,2026-06-25,\n";
}

// E1's layoffs and E2's acquisition are recent; H3's funding is news, not
// risk, and H4's acquisition is more than 180 days old.
QByteArray eventsCsv()
{
    return "account_id,event_date,event,description\n"
           "E1,2026-06-01,Layoffs,20% of staff let go\n"
           "E2,2026-05-15,Acquisition,Bought by Initech\n"
           "H3,2026-05-01,New funding,Series C\n"
           "H4,2025-06-01,Acquired,Bought by Hooli\n";
}

} // namespace

class CsvBookTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyFileLands();
    void eachPlantedCauseFiresOnItsAccounts();
    void healthyAccountsAreNotFlagged();

private:
    const health::AccountHealth& account(const QString& externalId)
    {
        const std::int64_t id = m_book.accountId(externalId);
        const auto found =
            std::find_if(m_health.accounts.begin(), m_health.accounts.end(),
                         [id](const health::AccountHealth& account) { return account.id == id; });
        if (found == m_health.accounts.end())
            qFatal("account %s not scored", qPrintable(externalId));
        return *found;
    }

    test::CsvBook m_book;
    health::BookHealth m_health;
};

void CsvBookTest::initTestCase()
{
    m_book = test::bookFromCsv({
        {QStringLiteral("accounts.csv"), accountsCsv()},
        {QStringLiteral("subscriptions.csv"), subscriptionsCsv()},
        {QStringLiteral("usage.csv"), usageCsv()},
        {QStringLiteral("contacts.csv"), contactsCsv()},
        {QStringLiteral("surveys.csv"), surveysCsv()},
        {QStringLiteral("activities.csv"), activitiesCsv()},
        {QStringLiteral("milestones.csv"), milestonesCsv()},
        {QStringLiteral("events.csv"), eventsCsv()},
    });
    QVERIFY(m_book.outcome.committed);
    // As `tenure health` evaluates a book (app/commands/healthcommand.cpp).
    auto& connection = m_book.book->connection();
    const auto signals_ = health::loadSignals(connection, kAsOf);
    m_health = health::evaluateBook(signals_, kAsOf, health::loadHealthConfig(connection));
    QCOMPARE(m_health.accounts.size(), std::size_t(allIds().size()));
}

void CsvBookTest::cleanupTestCase()
{
    m_book = {};
}

void CsvBookTest::everyFileLands()
{
    QMap<QString, std::int64_t> inserted;
    for (const auto& file : m_book.outcome.files) {
        QCOMPARE(file.rejected, 0);
        inserted[import::kindName(file.plan.kind)] = file.inserted;
    }
    QCOMPARE(inserted.value(QStringLiteral("activities")), 18); // 2 each, none for N2
    QCOMPARE(inserted.value(QStringLiteral("milestones")), 4);
    QCOMPARE(inserted.value(QStringLiteral("account_events")), 4);
    QCOMPARE(test::count(*m_book.book, "actions"), 18);
    QCOMPARE(test::count(*m_book.book, "actions WHERE contact_id IS NOT NULL"), 9);
}

void CsvBookTest::eachPlantedCauseFiresOnItsAccounts()
{
    for (auto it = kPlanted.begin(); it != kPlanted.end(); ++it) {
        const auto& scored = account(it.key());
        QStringList codes;
        for (const auto& reason : scored.reasons)
            codes << reason.code;
        // Its cause, and no other planted cause.
        QVERIFY2(codes.contains(it.value()), qPrintable(it.key() + u' ' + codes.join(u',')));
        for (const QString& other : kPlanted) {
            if (other != it.value())
                QVERIFY2(!codes.contains(other), qPrintable(it.key() + u' ' + codes.join(u',')));
        }
    }
    // The evidence names what was planted.
    const auto evidence = [&](const char* id, const QString& code) {
        for (const auto& reason : account(QLatin1String(id)).reasons) {
            if (reason.code == code)
                return reason.evidence;
        }
        return QString();
    };
    QVERIFY(evidence("N1", health::reason::NoProactiveContact).contains(u"149 days"));
    QVERIFY(evidence("E1", health::reason::CustomerEvent).contains(u"Layoffs"));
    QVERIFY(evidence("E2", health::reason::CustomerEvent).contains(u"Initech"));
}

void CsvBookTest::healthyAccountsAreNotFlagged()
{
    for (const QString& id : kHealthy) {
        const auto& scored = account(id);
        QStringList codes;
        for (const auto& reason : scored.reasons)
            codes << reason.code;
        QVERIFY2(codes.isEmpty(), qPrintable(id + u' ' + codes.join(u',')));
        QVERIFY2(scored.score.overall && *scored.score.overall >= 50, qPrintable(id));
    }
}

TENURE_TEST_MAIN(CsvBookTest)
#include "tst_csvbook.moc"
