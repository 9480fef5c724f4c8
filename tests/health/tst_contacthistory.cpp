// Honest absence of the CSM's contact history: on a book imported from CSV
// with no action at all, no account is "not contacted" and the score's CSM
// contact input has no data; one action anywhere makes the history known.
#include "accountpage/accountdetail.h"
#include "accountpage/accountpagetables.h"
#include "common/tempbook.h"
#include "common/testmain.h"
#include "health/bookhealth.h"
#include "health/riskreason.h"
#include "health/signalsloader.h"
#include "import/importer.h"
#include "import/importtesthelpers.h"
#include "playbooks/worklog.h"
#include "store/book.h"
#include "store/sqlite.h"
#include "today/todaybrief.h"

#include <algorithm>

using namespace tenure;

namespace {

const QDate kAsOf(2026, 6, 30);

bool fires(const health::AccountHealth& account, const QString& code)
{
    return std::any_of(account.reasons.begin(), account.reasons.end(),
                       [&](const health::RiskReason& reason) { return reason.code == code; });
}

} // namespace

class ContactHistoryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void noActivityInTheBookIsUnknownNotRisk();
    void oneActionAnywhereMakesTheHistoryKnown();
    void inboundActivityIsNotTheCsmsContact();

private:
    health::BookHealth evaluate(const QDate& asOf)
    {
        auto& connection = m_book->connection();
        const auto signals_ = health::loadSignals(connection, asOf);
        return health::evaluateBook(signals_, asOf, health::loadHealthConfig(connection));
    }
    std::int64_t accountId(const char* externalId)
    {
        return m_book->connection()
            .queryInt(std::string("SELECT account_id FROM account_external_ids WHERE "
                                  "external_id = '") +
                      externalId + "'")
            .value_or(0);
    }

    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<store::Book> m_book;
};

void ContactHistoryTest::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_book = store::Book::create(m_folder->path(QStringLiteral("book.tenure")));
    // Customers since early 2025: without honest absence every one would be
    // "not contacted since the account started".
    const QString accounts = m_folder->write(QStringLiteral("accounts.csv"),
                                             "account_id,account_name,segment,seats,created_on\n"
                                             "A1,Alpha Inc,Low touch,20,2025-01-01\n"
                                             "A2,Beta LLC,Low touch,20,2025-01-01\n"
                                             "A3,Gamma GmbH,High touch,20,2025-01-01\n");
    const QString subscriptions = m_folder->write(QStringLiteral("subscriptions.csv"),
                                                  "account_id,account_name,plan,start_date,mrr\n"
                                                  "A1,Alpha Inc,Pro,2025-01-01,1000.00\n"
                                                  "A2,Beta LLC,Pro,2025-01-01,800.00\n"
                                                  "A3,Gamma GmbH,Pro,2025-01-01,1200.00\n");
    QByteArray usage = "account_id,week_start,active_users\n";
    for (QDate week(2026, 3, 2); week <= kAsOf; week = week.addDays(7)) {
        for (const char* id : {"A1", "A2", "A3"})
            usage += QByteArray(id) + ',' + week.toString(Qt::ISODate).toLatin1() + ",15\n";
    }
    const QString usageFile = m_folder->write(QStringLiteral("usage.csv"), usage);
    test::CountingProgress progress;
    const auto outcome =
        import::importFiles(*m_book, {accounts, subscriptions, usageFile}, {}, progress);
    QVERIFY(outcome.committed);
    QCOMPARE(test::count(*m_book, "actions"), 0);
}

void ContactHistoryTest::cleanup()
{
    m_book.reset();
    m_folder.reset();
}

void ContactHistoryTest::noActivityInTheBookIsUnknownNotRisk()
{
    const auto book = evaluate(kAsOf);
    QCOMPARE(book.accounts.size(), std::size_t{3});
    for (const auto& account : book.accounts)
        QVERIFY2(!fires(account, health::reason::NoProactiveContact), qPrintable(account.name));

    // The score's CSM contact input is missing (its weight goes to the other
    // inputs), and says why.
    const auto signals_ = health::loadAccountSignals(m_book->connection(), accountId("A1"), kAsOf);
    QVERIFY(signals_);
    QVERIFY(!signals_->contactHistoryKnown);
    const auto score = health::scoreAccount(*signals_, kAsOf, {}, {}, health::Wording::Explained);
    const auto& inputs = score.relationship.inputs;
    const auto touch = std::find_if(inputs.begin(), inputs.end(), [](const auto& input) {
        return input.key == QLatin1String("csm_touch");
    });
    QVERIFY(touch != inputs.end());
    QVERIFY(!touch->value);
    QCOMPARE(touch->effectiveWeight, 0.0);
    QVERIFY(touch->detail.contains(QStringLiteral("unknown")));

    // The account page's breakdown shows the input missing, and why.
    const auto detail = account::loadAccountDetail(m_book->connection(), accountId("A1"), kAsOf);
    QVERIFY(detail);
    const auto table = account::decompositionTable(*detail, QLocale::c());
    const auto row = std::find_if(table.rows.begin(), table.rows.end(), [](const auto& cells) {
        return cells.key == QVariant(QStringLiteral("csm_touch"));
    });
    QVERIFY(row != table.rows.end());
    QCOMPARE(row->cells[1].text, QStringLiteral("no data"));
    QVERIFY2(row->cells.back().text.startsWith(QStringLiteral("Contact history unknown")),
             qPrintable(row->cells.back().text));

    // Today says so too, and puts no one at risk for it.
    test::CountingProgress progress;
    const auto brief = today::buildTodayBrief(m_book->connection(), {}, kAsOf, {}, progress);
    QVERIFY(!brief.contactHistoryKnown);
    for (const auto& line : brief.atRisk)
        QVERIFY(line.topReason != health::reason::NoProactiveContact);
}

void ContactHistoryTest::oneActionAnywhereMakesTheHistoryKnown()
{
    playbooks::Action call;
    call.accountId = accountId("A1");
    call.occurredOn = QDate(2026, 6, 1);
    call.kind = playbooks::WorkKind::Call;
    call.summary = QStringLiteral("Check-in");
    playbooks::addAction(m_book->connection(), call);

    const auto book = evaluate(kAsOf);
    QCOMPARE(book.accounts.size(), std::size_t{3});
    for (const auto& account : book.accounts) {
        // A1 was called 29 days ago; the others not since they started.
        QCOMPARE(fires(account, health::reason::NoProactiveContact), account.id != call.accountId);
    }
    const auto signals_ = health::loadAccountSignals(m_book->connection(), accountId("A2"), kAsOf);
    QVERIFY(signals_ && signals_->contactHistoryKnown);
    const auto score = health::scoreAccount(*signals_, kAsOf, {}, {}, health::Wording::Explained);
    QVERIFY(score.relationship.inputs.back().value);
    test::CountingProgress progress;
    QVERIFY(
        today::buildTodayBrief(m_book->connection(), {}, kAsOf, {}, progress).contactHistoryKnown);

    // Before that call the book had no history yet.
    for (const auto& account : evaluate(QDate(2026, 5, 31)).accounts)
        QVERIFY(!fires(account, health::reason::NoProactiveContact));
}

// A customer's email in is history, but not the CSM reaching out: Alpha's
// inbound email ten days before the as-of date leaves its last proactive
// contact at the call of 2025-12-01, 211 days before (more than the low-touch
// allowance); Beta's outbound email ten days before counts.
void ContactHistoryTest::inboundActivityIsNotTheCsmsContact()
{
    const QString activities =
        m_folder->write(QStringLiteral("activities.csv"),
                        "activity_id,account_id,date,kind,subject,direction\n"
                        "X1,A1,2026-06-20,Email,Question about an invoice,Inbound\n"
                        "X2,A1,2025-12-01,Call,Kick-off,Outbound\n"
                        "X3,A2,2026-06-20,Email,Monthly check-in,Outbound\n");
    QVERIFY(test::importInto(*m_book, {activities}).committed);
    QCOMPARE(test::count(*m_book, "actions"), 3);
    QCOMPARE(m_book->connection()
                 .queryInt("SELECT count(*) FROM actions WHERE direction = 'inbound'")
                 .value_or(-1),
             1);

    const auto book = evaluate(kAsOf);
    for (const auto& account : book.accounts) {
        const auto reason = std::find_if(account.reasons.begin(), account.reasons.end(),
                                         [](const health::RiskReason& r) {
                                             return r.code == health::reason::NoProactiveContact;
                                         });
        if (account.id == accountId("A1")) {
            QVERIFY(reason != account.reasons.end());
            QVERIFY2(reason->evidence.contains(QStringLiteral("211 days")) &&
                         reason->evidence.contains(QStringLiteral("2025-12-01")),
                     qPrintable(reason->evidence));
        } else {
            // Beta was written to ten days ago; Gamma never, since it started.
            QCOMPARE(reason != account.reasons.end(), account.id != accountId("A2"));
        }
    }
}

TENURE_TEST_MAIN(ContactHistoryTest)
#include "tst_contacthistory.moc"
