// The layouts that feed the relationship and value detectors: activities land
// in the action log by their id, milestones on the accounts' own rows, and
// customer events in account_events; each recognised by its headers and
// idempotent.
#include "common/tempbook.h"
#include "common/testmain.h"
#include "import/importer.h"
#include "import/importtesthelpers.h"
#include "playbooks/undocommands.h"
#include "store/book.h"
#include "store/bookdocument.h"

using namespace tenure;
using namespace tenure::import;

class HistoryImportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void eachLayoutIsRecognisedByItsHeaders_data();
    void eachLayoutIsRecognisedByItsHeaders();
    void activitiesLandInTheActionLogOnceAndUpdateById();
    void activitiesReadCommonWordsAndRejectOthers();
    void activitiesWithoutIdsAreKnownByDayKindAndSubject();
    void milestonesSetTheAccountsDates();
    void eventsKeepTheSourcesWord();
    void deletedActivityComesBackWhole();

private:
    QString write(const char* name, const QByteArray& bytes)
    {
        return m_folder->write(QString::fromLatin1(name), bytes);
    }
    ImportOutcome run(const QStringList& files, const ImportOptions& options = {})
    {
        return test::importInto(*m_book, files, options);
    }
    QString text(const char* sql)
    {
        return m_book->connection().queryText(sql).value_or(QString());
    }
    std::int64_t number(const char* sql) { return m_book->connection().queryInt(sql).value_or(-1); }

    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<store::Book> m_book;
};

void HistoryImportTest::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_book = store::Book::create(m_folder->path(QStringLiteral("book.tenure")));
    const ImportOutcome billing = run({write("customers.csv", "account_id,account_name,domain\n"
                                                              "C1,Acme Corp,acme.com\n"
                                                              "C2,Globex Ltd,globex.io\n")});
    QVERIFY(billing.committed);
    m_book->connection().exec("INSERT INTO contacts(account_id, name, email, role) "
                              "SELECT id, 'Jo Smith', 'jo@acme.com', 'champion' FROM accounts "
                              "WHERE name = 'Acme Corp'");
}

void HistoryImportTest::cleanup()
{
    m_book.reset();
    m_folder.reset();
}

void HistoryImportTest::eachLayoutIsRecognisedByItsHeaders_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("table");
    QTest::newRow("activities") << QByteArray("Activity ID,Account ID,Date,Activity Type,Subject\n"
                                              "A-1,C1,2026-05-04,Call,Kick-off\n")
                                << "actions";
    QTest::newRow("account events") << QByteArray("account_name,event_date,event,description\n"
                                                  "Globex Ltd,2026-05-01,Layoffs,20% of staff\n")
                                    << "account_events";
}

void HistoryImportTest::eachLayoutIsRecognisedByItsHeaders()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, table);
    const ImportOutcome outcome = run({write("file.csv", csv)});
    QVERIFY(outcome.committed);
    QCOMPARE(outcome.files.front().inserted, 1);
    QCOMPARE(test::count(*m_book, table.toLatin1().constData()), 1);
}

void HistoryImportTest::activitiesLandInTheActionLogOnceAndUpdateById()
{
    const QByteArray csv = "activity_id,account_id,date,kind,contact,owner,subject,direction,"
                           "outcome\n"
                           "A-1,C1,2026-05-04,Call,jo@acme.com,Dana,Kick-off,Outbound,Good\n"
                           "A-2,C1,2026-05-11,Email,,Dana,Follow-up,,\n"
                           "A-3,C2,2026-05-12,QBR,Ann Lee,Sam,Q2 review,outbound,\n";
    const ImportOutcome first = run({write("activities.csv", csv)});
    QVERIFY(first.committed);
    QCOMPARE(first.files.front().inserted, 3);
    QCOMPARE(text("SELECT group_concat(kind || '/' || summary || '/' || coalesce(direction, '-') "
                  "|| '/' || coalesce(created_by, '-') || '/' || source || '/' || external_id, "
                  "';') FROM (SELECT * FROM actions ORDER BY external_id)"),
             QStringLiteral("call/Kick-off/outbound/Dana/generic/A-1;"
                            "email/Follow-up/-/Dana/generic/A-2;"
                            "qbr/Q2 review/outbound/Sam/generic/A-3"));
    // The contact named by email is linked; the outcome is kept.
    QCOMPARE(text("SELECT c.name || '/' || x.outcome FROM actions x JOIN contacts c ON "
                  "c.id = x.contact_id"),
             QStringLiteral("Jo Smith/Good"));
    QCOMPARE(number("SELECT count(*) FROM actions WHERE import_id IS NOT NULL"), 3);

    // The same file again changes nothing.
    const ImportOutcome again = run({write("activities-again.csv", csv)});
    QVERIFY(again.committed);
    QCOMPARE(again.files.front().inserted, 0);
    QCOMPARE(again.files.front().unchanged, 3);
    QCOMPARE(test::count(*m_book, "actions"), 3);

    // A newer export updates A-2 by its id and adds A-4.
    const ImportOutcome newer =
        run({write("activities-newer.csv",
                   "activity_id,account_id,date,kind,contact,owner,subject,direction,outcome\n"
                   "A-2,C1,2026-05-11,Meeting,,Dana,Follow-up on site,,Renewal agreed\n"
                   "A-4,C2,2026-06-01,Note,,Sam,Champion on leave,,\n")});
    QVERIFY(newer.committed);
    QCOMPARE(newer.files.front().inserted, 1);
    QCOMPARE(newer.files.front().updated, 1);
    QCOMPARE(test::count(*m_book, "actions"), 4);
    QCOMPARE(text("SELECT kind || '/' || summary || '/' || outcome FROM actions "
                  "WHERE external_id = 'A-2'"),
             QStringLiteral("meeting/Follow-up on site/Renewal agreed"));
}

void HistoryImportTest::activitiesReadCommonWordsAndRejectOthers()
{
    ImportOptions options;
    options.skipInvalid = true;
    const ImportOutcome outcome =
        run({write("activities.csv", "activity_id,domain,date,type,subject,direction\n"
                                     "1,acme.com,2026-01-05,Business review,EBR,\n"
                                     "2,acme.com,2026-01-06,Task,Send deck,\n"
                                     "3,acme.com,2026-01-07,Phone call,Check-in,Incoming\n"
                                     "4,acme.com,2026-01-08,Webinar,Release tour,\n"
                                     "5,acme.com,2026-01-09,Training,Admins,\n"
                                     "6,acme.com,2026-01-10,Fax,Odd,\n"
                                     "7,acme.com,2026-01-11,Call,Odd,sideways\n"
                                     "8,nowhere.org,2026-01-12,Call,Unknown account,\n")},
            options);
    QVERIFY(outcome.committed);
    QCOMPARE(outcome.files.front().inserted, 5);
    QCOMPARE(outcome.files.front().rejected, 3);
    QCOMPARE(text("SELECT group_concat(kind || coalesce('/' || direction, ''), ',') FROM "
                  "(SELECT * FROM actions ORDER BY occurred_on)"),
             QStringLiteral("qbr,note,call/inbound,webinar,training"));
}

void HistoryImportTest::activitiesWithoutIdsAreKnownByDayKindAndSubject()
{
    const QByteArray csv = "account_id,date,kind,subject\n"
                           "C1,2026-02-02,call,Check-in\n"
                           "C1,2026-02-02,email,Check-in\n";
    QVERIFY(run({write("a.csv", csv)}).committed);
    const ImportOutcome again = run({write("b.csv", csv)});
    QVERIFY(again.committed);
    QCOMPARE(again.files.front().unchanged, 2);
    QCOMPARE(test::count(*m_book, "actions"), 2);
}

void HistoryImportTest::milestonesSetTheAccountsDates()
{
    const QByteArray csv = "account_id,onboarding_target_on,go_live_on\n"
                           "C1,2026-03-01,\n"
                           "C2,2026-02-01,2026-02-20\n";
    const ImportOutcome first = run({write("milestones.csv", csv)});
    QVERIFY(first.committed);
    QCOMPARE(first.files.front().plan.kind, Kind::Milestones);
    QCOMPARE(first.files.front().inserted, 2);
    QCOMPARE(text("SELECT group_concat(name || '/' || coalesce(onboarding_target_on, '-') || '/' "
                  "|| coalesce(go_live_on, '-'), ';') FROM (SELECT * FROM accounts ORDER BY "
                  "name)"),
             QStringLiteral("Acme Corp/2026-03-01/-;Globex Ltd/2026-02-01/2026-02-20"));
    const ImportOutcome again = run({write("milestones-again.csv", csv)});
    QCOMPARE(again.files.front().unchanged, 2);

    // A later file with only the go-live column sets it and keeps the target.
    ImportOptions options;
    options.reading.kind = Kind::Milestones;
    const ImportOutcome live =
        run({write("live.csv", "account_name,go_live_on\nAcme Corp,2026-04-10\n")}, options);
    QVERIFY(live.committed);
    QCOMPARE(live.files.front().updated, 1);
    QCOMPARE(text("SELECT onboarding_target_on || '/' || go_live_on FROM accounts WHERE "
                  "name = 'Acme Corp'"),
             QStringLiteral("2026-03-01/2026-04-10"));
}

void HistoryImportTest::eventsKeepTheSourcesWord()
{
    const QByteArray csv = "account_id,event_date,event,description\n"
                           "C1,2026-05-01,Layoffs,20% of staff\n"
                           "C1,2026-05-20,Acquired,By Initech\n"
                           "C2,2026-04-01,Bankruptcy,\n"
                           "C2,2026-04-15,New funding,Series C\n"
                           "C2,2026-04-20,Budget cut,\n"
                           "C2,2026-04-25,Leadership change,New CFO\n";
    const ImportOutcome first = run({write("events.csv", csv)});
    QVERIFY(first.committed);
    QCOMPARE(first.files.front().inserted, 6);
    QCOMPARE(text("SELECT group_concat(kind || '/' || coalesce(description, '-'), ';') FROM "
                  "(SELECT * FROM account_events ORDER BY occurred_on)"),
             QStringLiteral("closing/Bankruptcy;funding/New funding: Series C;"
                            "restructured/Budget cut;leadership_change/New CFO;"
                            "restructured/Layoffs: 20% of staff;acquired/By Initech"));
    const ImportOutcome again = run({write("events-again.csv", csv)});
    QCOMPARE(again.files.front().unchanged, 6);
    QCOMPARE(test::count(*m_book, "account_events"), 6);
}

// Deleting an imported activity in the window and undoing it puts back every
// column (its system, id, direction and import too): the same export again
// then finds it by its id and changes nothing.
void HistoryImportTest::deletedActivityComesBackWhole()
{
    const QByteArray csv = "activity_id,account_id,date,kind,subject,direction\n"
                           "A-1,C1,2026-05-04,Call,Kick-off,Inbound\n";
    QVERIFY(run({write("activities.csv", csv)}).committed);
    const char* wholeRow = "SELECT quote(id) || quote(account_id) || quote(occurred_on) || "
                           "quote(kind) || quote(summary) || quote(source) || quote(external_id) "
                           "|| quote(direction) || quote(import_id) FROM actions";
    const QString before = text(wholeRow);
    QVERIFY(before.contains(QStringLiteral("'A-1'")) &&
            before.contains(QStringLiteral("'inbound'")));
    const auto id = m_book->connection().queryInt("SELECT id FROM actions").value_or(0);
    const auto action = playbooks::loadAction(m_book->connection(), id);
    QVERIFY(action);
    {
        // The window's way: the deletion is a step of the book document's undo stack.
        store::BookDocument document(store::Book::open(m_book->path()));
        QVERIFY(document.push(new playbooks::DeleteActionCommand(document, *action)));
        QCOMPARE(test::count(*m_book, "actions"), 0);
        document.undoStack().undo();
        QCOMPARE(text(wholeRow), before);
    }
    const ImportOutcome again = run({write("activities-again.csv", csv)});
    QVERIFY(again.committed);
    QCOMPARE(again.files.front().unchanged, 1);
    QCOMPARE(test::count(*m_book, "actions"), 1);
}

TENURE_TEST_MAIN(HistoryImportTest)
#include "tst_historyimport.moc"
