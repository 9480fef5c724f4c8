// The playbook library (JSON round trip, editing in the book), triggers, task
// scheduling, and undo/redo of single and bulk actions.
#include "common/tempbook.h"
#include "common/testmain.h"
#include "health/riskreason.h"
#include "playbooks/builtinplaybooks.h"
#include "playbooks/people.h"
#include "playbooks/playbookstore.h"
#include "playbooks/suggestions.h"
#include "playbooks/undocommands.h"
#include "store/book.h"
#include "store/bookdocument.h"
#include "store/sqlite.h"

#include <QJsonDocument>
#include <QSignalSpy>

using namespace tenure;
using namespace tenure::playbooks;

namespace {

const QDate kToday(2026, 11, 22);

const Playbook& find(const std::vector<Playbook>& library, const char* code)
{
    for (const Playbook& playbook : library) {
        if (playbook.code == QLatin1String(code))
            return playbook;
    }
    qFatal("no playbook %s", code);
}

Playbook customPlay()
{
    return {QStringLiteral("exec_dinner"),
            QStringLiteral("Executive dinner"),
            QStringLiteral("Dinner with the sponsor"),
            TriggerKind::Manual,
            {},
            {QStringLiteral("High touch")},
            false,
            false,
            {{QStringLiteral("Book the restaurant"), WorkKind::Note, 0, {}},
             {QStringLiteral("Dinner"), WorkKind::Meeting, 10, QStringLiteral("Bring the QBR")}}};
}

} // namespace

class PlaybooksTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void builtinLibraryCoversEveryReason();
    void libraryRoundTripsThroughJson();
    void malformedLibrariesAreRefused_data();
    void malformedLibrariesAreRefused();
    void editedPlaybooksLiveInTheBook();
    void playbooksWithRunsAreNotRemoved();
    void triggersSuggestPlays();
    void lifecycleTriggersHoldForAWeek();
    void startingAPlaySchedulesItsTasks();
    void actionsUndoAndRedo();
    void bulkPlayUndoesAsOne();
    void actionsBetweenDaysPerAccount();
    void taskChangesUndo();
    void aWriteTheBookRefusesLeavesTheStackTrue();
    void recipientsExportDefusesFormulas();
    void ownersComeFromAccountsAndTasksOnce();

private:
    std::int64_t count(const char* table)
    {
        return m_book->connection()
            .queryInt(std::string("SELECT count(*) FROM ") + table)
            .value_or(-1);
    }

    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<store::Book> m_book;
};

void PlaybooksTest::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_book = store::Book::create(m_folder->path(QStringLiteral("book.tenure")));
    m_book->connection().exec(
        "INSERT INTO accounts(id, name, segment) VALUES (1, 'Acme', 'High touch'), "
        "(2, 'Globex', 'Tech touch'), (3, 'Initech', 'Tech touch');"
        "INSERT INTO contacts(account_id, name, email, role, left_on) VALUES "
        "(2, 'Gail', 'gail@globex.io', 'admin', NULL), "
        "(2, 'Gus', 'gus@globex.io', 'user', NULL), "
        "(3, '=HYPERLINK(\"x\")', 'ian@initech.com', 'admin', NULL), "
        "(3, 'Gone', 'gone@initech.com', 'admin', '2026-01-01')");
}

void PlaybooksTest::cleanup()
{
    m_book.reset();
    m_folder.reset();
}

void PlaybooksTest::builtinLibraryCoversEveryReason()
{
    const auto library = builtinPlaybooks();
    for (const QString& code : health::allReasonCodes()) {
        const auto found = std::count_if(library.begin(), library.end(), [&](const Playbook& p) {
            return p.trigger == TriggerKind::RiskReason && p.triggerValue == code &&
                   !p.steps.empty();
        });
        QVERIFY2(found == 1, qPrintable(code));
    }
    const Playbook& sponsor = find(library, "sponsor_change");
    QCOMPARE(sponsor.steps.size(), 3u);
    QCOMPARE(sponsor.steps[1].kind, WorkKind::Meeting);
    QCOMPARE(sponsor.steps[1].dueOffsetDays, 7); // reach the executive within 7 days
    const auto oneToMany = std::count_if(library.begin(), library.end(),
                                         [](const Playbook& p) { return p.oneToMany; });
    QCOMPARE(oneToMany, 5); // webinar, community, user group, newsletter, advisory board
}

void PlaybooksTest::libraryRoundTripsThroughJson()
{
    std::vector<Playbook> library = builtinPlaybooks();
    library.push_back(customPlay());
    QString error;
    auto read = libraryFromJson(toJson(library), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->size(), library.size());
    for (std::size_t i = 0; i < library.size(); ++i) {
        Playbook expected = library[i];
        expected.builtin = false; // a shared file says nothing of what is built in
        QVERIFY2((*read)[i] == expected, qPrintable(expected.code));
    }
}

void PlaybooksTest::malformedLibrariesAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not a library") << QByteArray(R"({"format": "other"})") << "format";
    QTest::newRow("newer") << QByteArray(R"({"format": "tenure-playbooks", "version": 9})")
                           << "newer";
    QTest::newRow("no code") << QByteArray(R"({"format": "tenure-playbooks", "version": 1,
        "playbooks": [{"name": "x"}]})")
                             << "Playbook 1";
    QTest::newRow("bad trigger") << QByteArray(R"({"format": "tenure-playbooks", "version": 1,
        "playbooks": [{"code": "a", "name": "A", "trigger": "moon"}]})")
                                 << "moon";
    QTest::newRow("bad step") << QByteArray(R"({"format": "tenure-playbooks", "version": 1,
        "playbooks": [{"code": "a", "name": "A", "steps": [{"title": "t", "kind": "fax"}]}]})")
                              << "step 1";
    QTest::newRow("twice") << QByteArray(R"({"format": "tenure-playbooks", "version": 1,
        "playbooks": [{"code": "a", "name": "A"}, {"code": "a", "name": "B"}]})")
                           << "twice";
}

void PlaybooksTest::malformedLibrariesAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QString error;
    QVERIFY(!libraryFromJson(QJsonDocument::fromJson(json).object(), &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void PlaybooksTest::editedPlaybooksLiveInTheBook()
{
    auto& connection = m_book->connection();
    const std::size_t builtins = builtinPlaybooks().size();
    QCOMPARE(loadLibrary(connection).size(), builtins);

    Playbook edited = find(loadLibrary(connection), "sponsor_change");
    edited.steps[1].dueOffsetDays = 5;
    edited.segments = {QStringLiteral("High touch")};
    savePlaybook(connection, edited);
    savePlaybook(connection, customPlay());
    auto library = loadLibrary(connection);
    QCOMPARE(library.size(), builtins + 1);
    QVERIFY(find(library, "sponsor_change") == edited);
    QVERIFY(find(library, "sponsor_change").builtin);
    QCOMPARE(library.back().code, QStringLiteral("exec_dinner"));
    QVERIFY(!library.back().builtin);

    QString why;
    QVERIFY(removePlaybook(connection, QStringLiteral("sponsor_change"), &why));
    QCOMPARE(find(loadLibrary(connection), "sponsor_change").steps[1].dueOffsetDays, 7);

    // Importing a shared library: one new playbook, one replaced.
    Playbook changed = customPlay();
    changed.name = QStringLiteral("Executive lunch");
    Playbook fresh = customPlay();
    fresh.code = QStringLiteral("site_visit");
    QCOMPARE(importLibrary(connection, {changed, fresh}), 1);
    QCOMPARE(find(loadLibrary(connection), "exec_dinner").name, QStringLiteral("Executive lunch"));
    QCOMPARE(loadLibrary(connection).size(), builtins + 2);
}

void PlaybooksTest::playbooksWithRunsAreNotRemoved()
{
    auto& connection = m_book->connection();
    savePlaybook(connection, customPlay());
    startPlay(connection, customPlay(), 1, kToday, QStringLiteral("Maya"), {});
    QString why;
    QVERIFY(!removePlaybook(connection, QStringLiteral("exec_dinner"), &why));
    QVERIFY(why.contains(QStringLiteral("1 account")));
    QCOMPARE(count("playbook_runs"), 1);
}

void PlaybooksTest::triggersSuggestPlays()
{
    std::vector<Playbook> library = builtinPlaybooks();
    Playbook intoSilentRisk = customPlay();
    intoSilentRisk.segments.clear();
    intoSilentRisk.trigger = TriggerKind::QuadrantChange;
    intoSilentRisk.triggerValue = QStringLiteral("silent_risk");
    library.push_back(intoSilentRisk);

    AccountMoment moment;
    moment.segment = QStringLiteral("High touch");
    moment.firedReasons = {QStringLiteral("support_problems"), QStringLiteral("sponsor_change")};
    moment.quadrant = health::Quadrant::SilentRisk;
    moment.previousQuadrant = health::Quadrant::Thriving;
    auto suggested = suggestPlays(library, moment, kToday);
    QCOMPARE(suggested.size(), 3u);
    QCOMPARE(suggested[0].playbookCode, QStringLiteral("support_problems")); // most severe first
    QCOMPARE(suggested[1].playbookCode, QStringLiteral("sponsor_change"));
    QCOMPARE(suggested[2].playbookCode, QStringLiteral("exec_dinner"));
    QCOMPARE(suggested[0].why, QStringLiteral("Risk reason: Support problems."));

    // With the evidence known, the reason says what it saw.
    moment.firedEvidence = {QStringLiteral("3 tickets open more than 14 days"), QString()};
    suggested = suggestPlays(library, moment, kToday);
    QCOMPARE(suggested[0].why,
             QStringLiteral("Support problems: 3 tickets open more than 14 days"));
    QCOMPARE(suggested[1].why, QStringLiteral("Risk reason: Sponsor change."));

    moment.runningPlaybooks = {QStringLiteral("support_problems")};
    moment.previousQuadrant = health::Quadrant::SilentRisk; // no change, no quadrant play
    suggested = suggestPlays(library, moment, kToday);
    QCOMPARE(suggested.size(), 1u);
    QCOMPARE(suggested[0].playbookCode, QStringLiteral("sponsor_change"));

    library[1].segments = {QStringLiteral("Tech touch")}; // not this account's segment
    for (Playbook& playbook : library)
        playbook.segments = {QStringLiteral("Tech touch")};
    QVERIFY(suggestPlays(library, moment, kToday).empty());
}

void PlaybooksTest::lifecycleTriggersHoldForAWeek()
{
    const auto library = builtinPlaybooks();
    const auto codes = [&](const AccountMoment& moment) {
        QStringList found;
        for (const Suggestion& s : suggestPlays(library, moment, kToday))
            found.append(s.playbookCode);
        return found;
    };
    AccountMoment moment;
    moment.goLiveOn = kToday.addDays(-30);
    QCOMPARE(codes(moment), QStringList{QStringLiteral("after_onboarding")});
    moment.goLiveOn = kToday.addDays(-36);
    QCOMPARE(codes(moment), QStringList{QStringLiteral("after_onboarding")});
    moment.goLiveOn = kToday.addDays(-37);
    QVERIFY(codes(moment).isEmpty());

    moment.renewalOn = kToday.addDays(58);
    QCOMPARE(codes(moment), QStringList{QStringLiteral("before_renewal")});
    moment.renewalOn = kToday.addDays(61);
    QVERIFY(codes(moment).isEmpty());

    moment.powerUsersLastActive = {kToday.addDays(-3), kToday.addDays(-14)};
    QCOMPARE(codes(moment), QStringList{QStringLiteral("power_user_inactive")});
    moment.powerUsersLastActive = {kToday.addDays(-13)};
    QVERIFY(codes(moment).isEmpty());
}

void PlaybooksTest::startingAPlaySchedulesItsTasks()
{
    auto& connection = m_book->connection();
    const Playbook sponsor = find(builtinPlaybooks(), "sponsor_change");
    const PlayRun run = startPlay(connection, sponsor, 1, kToday.addDays(-10),
                                  QStringLiteral("Maya"), QStringLiteral("sponsor_change"));
    QCOMPARE(run.tasks.size(), 3u);
    QCOMPARE(run.tasks[0].due, kToday.addDays(-8));
    QCOMPARE(run.tasks[1].due, kToday.addDays(-3));
    QCOMPARE(run.tasks[2].due, kToday.addDays(4));
    startPlay(connection, find(builtinPlaybooks(), "webinar"), 2, kToday, QStringLiteral("Raj"),
              {});

    const auto maya = loadOpenTasks(connection, QStringLiteral("Maya"));
    QCOMPARE(maya.size(), 3u);
    QCOMPARE(maya[0].accountName, QStringLiteral("Acme"));
    QCOMPARE(maya[1].title, sponsor.steps[1].title);
    QCOMPARE(loadOpenTasks(connection, {}).size(), 4u);
    QCOMPARE(loadOpenTasks(connection, {}, kToday).size(), 3u); // due by today

    const TaskAgenda agenda = agendaOf(loadOpenTasks(connection, {}), kToday);
    QCOMPARE(agenda.overdue.size(), 2u);
    QCOMPARE(agenda.dueToday.size(), 1u);
    QCOMPARE(agenda.dueToday[0].accountName, QStringLiteral("Globex"));
    QCOMPARE(agenda.upcoming.size(), 1u);
}

void PlaybooksTest::actionsUndoAndRedo()
{
    auto& connection = m_book->connection();
    store::BookDocument document(store::Book::open(m_book->path()));
    QUndoStack& stack = document.undoStack();
    Action call;
    call.accountId = 1;
    call.occurredOn = kToday;
    call.kind = WorkKind::Call;
    call.reasonCode = QStringLiteral("sponsor_change");
    call.summary = QStringLiteral("Met the new VP");
    call.followUpOn = kToday.addDays(14);
    auto* add = new AddActionCommand(document, call);
    stack.push(add);
    const std::int64_t id = add->actionId();
    QCOMPARE(count("actions"), 1);
    const Action stored = *loadAction(connection, id);
    QCOMPARE(stored.summary, call.summary);
    QCOMPARE(stored.followUpOn, call.followUpOn);
    QCOMPARE(stored.accountName, QStringLiteral("Acme"));

    Action edited = stored;
    edited.outcome = QStringLiteral("Agreed a QBR");
    stack.push(new EditActionCommand(document, stored, edited));
    QCOMPARE(loadAction(connection, id)->outcome, edited.outcome);
    stack.push(new DeleteActionCommand(document, edited));
    QCOMPARE(count("actions"), 0);

    stack.undo(); // the delete
    QVERIFY(*loadAction(connection, id) == edited);
    stack.undo(); // the edit
    QVERIFY(*loadAction(connection, id) == stored);
    stack.undo(); // the add
    QCOMPARE(count("actions"), 0);
    stack.redo();
    stack.redo();
    QVERIFY(*loadAction(connection, id) == edited); // the same id back
    QCOMPARE(loadActions(connection, 1).size(), 1u);
    QCOMPARE(loadActions(connection, 2).size(), 0u);
}

void PlaybooksTest::bulkPlayUndoesAsOne()
{
    auto& connection = m_book->connection();
    store::BookDocument document(store::Book::open(m_book->path()));
    QUndoStack& stack = document.undoStack();
    const Playbook webinar = find(builtinPlaybooks(), "webinar");
    auto* bulk = new BulkPlayCommand(document, webinar, {2, 3}, kToday, QStringLiteral("Raj"),
                                     QStringLiteral("Q4 product webinar"));
    stack.push(bulk);
    QCOMPARE(count("actions"), 2);
    QCOMPARE(count("playbook_runs"), 2);
    QCOMPARE(loadActions(connection, 3).front().kind, WorkKind::Webinar);
    QCOMPARE(loadActions(connection, 3).front().bulkId, bulk->run().bulkId);
    const auto before = connection.queryText("SELECT group_concat(id) FROM actions");

    stack.undo();
    QCOMPARE(count("actions"), 0);
    QCOMPARE(count("playbook_runs"), 0);
    stack.redo();
    QCOMPARE(count("actions"), 2);
    QCOMPARE(connection.queryText("SELECT group_concat(id) FROM actions"), before);
}

// The report's reader: only the account's actions in the days asked, both
// ends included, newest first (ties: the later logged first), account after account.
void PlaybooksTest::actionsBetweenDaysPerAccount()
{
    auto& connection = m_book->connection();
    connection.exec(
        "INSERT INTO actions(id, account_id, occurred_on, kind, summary) VALUES "
        "(1, 1, '2026-06-30', 'call', 'before'), (2, 1, '2026-07-01', 'email', 'first'), "
        "(3, 1, '2026-08-15', 'call', 'middle'), (4, 1, '2026-09-30', 'qbr', 'last a'), "
        "(5, 1, '2026-09-30', 'note', 'last b'), (6, 1, '2026-10-01', 'call', 'after'), "
        "(7, 2, '2026-08-01', 'meeting', 'other account')");
    ActionsBetween between(connection, QDate(2026, 7, 1), QDate(2026, 9, 30));
    const auto summaries = [&](std::int64_t accountId) {
        QStringList list;
        for (const Action& action : between.of(accountId))
            list << action.summary;
        return list;
    };
    QCOMPARE(summaries(1).join(u'|'), QStringLiteral("last b|last a|middle|first"));
    QCOMPARE(summaries(2).join(u'|'), QStringLiteral("other account"));
    QCOMPARE(summaries(3), QStringList());
    QCOMPARE(summaries(1).size(), 4); // the statement is ready again after each account
}

void PlaybooksTest::taskChangesUndo()
{
    auto& connection = m_book->connection();
    store::BookDocument document(store::Book::open(m_book->path()));
    QUndoStack& stack = document.undoStack();
    const PlayRun run = startPlay(connection, customPlay(), 1, kToday, QStringLiteral("Maya"), {});
    const Task open = run.tasks[1];
    Task done = open;
    done.status = TaskStatus::Done;
    done.completedOn = kToday;
    stack.push(new TaskCommand(document, open, done));
    QCOMPARE(loadTask(connection, open.id)->status, TaskStatus::Done);
    Task skipped = done;
    skipped.status = TaskStatus::Skipped;
    skipped.completedOn = {};
    skipped.skipReason = QStringLiteral("Sponsor on leave");
    stack.push(new TaskCommand(document, done, skipped));
    QCOMPARE(loadTask(connection, open.id)->skipReason, skipped.skipReason);
    QCOMPARE(loadOpenTasks(connection, {}).size(), 1u);
    stack.undo();
    stack.undo();
    const Task back = *loadTask(connection, open.id);
    QCOMPARE(back.status, TaskStatus::Open);
    QCOMPARE(back.due, kToday.addDays(10));
    QVERIFY(back.skipReason.isEmpty());
    QCOMPARE(loadOpenTasks(connection, {}).size(), 2u);

    auto* start =
        new StartPlayCommand(document, customPlay(), 2, kToday, QStringLiteral("Raj"), {});
    stack.push(start);
    QCOMPARE(count("tasks"), 4);
    const auto ids = connection.queryText("SELECT group_concat(id) FROM tasks");
    stack.undo();
    QCOMPARE(count("tasks"), 2);
    stack.redo();
    QCOMPARE(connection.queryText("SELECT group_concat(id) FROM tasks"), ids);
}

// Another writer holds the book: the command's step is rolled back, told once,
// and the stack never lists a change the book does not have.
void PlaybooksTest::aWriteTheBookRefusesLeavesTheStackTrue()
{
    store::BookDocument document(store::Book::open(m_book->path()));
    QUndoStack& stack = document.undoStack();
    QSignalSpy failures(&document, &store::BookDocument::writeFailed);
    Action call;
    call.accountId = 1;
    call.occurredOn = kToday;
    call.kind = WorkKind::Call;
    call.summary = QStringLiteral("Renewal call");
    QVERIFY(document.push(new AddActionCommand(document, call)));
    QCOMPARE(count("actions"), 1);

    auto writer = store::Book::open(m_book->path());
    writer->connection().exec("BEGIN IMMEDIATE");
    // A second action cannot be written: not pushed, the first still undoable.
    QVERIFY(!document.push(new AddActionCommand(document, call)));
    QCOMPARE(failures.count(), 1);
    QVERIFY(!failures.front().front().toString().isEmpty());
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.index(), 1);
    QCOMPARE(count("actions"), 1);

    // Undoing the first cannot delete it: the book keeps it, and so the stack
    // no longer offers to undo (or redo) it.
    stack.undo();
    QCOMPARE(failures.count(), 2);
    QCOMPARE(stack.count(), 0);
    QVERIFY(!stack.canUndo());
    QVERIFY(!stack.canRedo());
    writer->connection().exec("ROLLBACK");
    QCOMPARE(count("actions"), 1);

    // The writer gone, changes go through again.
    QVERIFY(document.push(new AddActionCommand(document, call)));
    QCOMPARE(count("actions"), 2);
    QCOMPARE(failures.count(), 2);
}

void PlaybooksTest::recipientsExportDefusesFormulas()
{
    const auto recipients = loadRecipients(m_book->connection(), {2, 3}, {QStringLiteral("admin")});
    QCOMPARE(recipients.size(), 2u); // Gus is a user, Gone has left
    QCOMPARE(recipients[0].email, QStringLiteral("gail@globex.io"));
    const QString csv = recipientsCsv(recipients);
    QVERIFY(csv.startsWith(QStringLiteral("account,name,email,role\r\n")));
    QVERIFY(csv.contains(QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"")));
    QCOMPARE(loadRecipients(m_book->connection(), {2}, {}).size(), 2u);
}

void PlaybooksTest::ownersComeFromAccountsAndTasksOnce()
{
    auto& db = m_book->connection();
    QCOMPARE(loadOwners(db), QStringList());
    db.exec("UPDATE accounts SET owner = CASE id WHEN 1 THEN 'Dana' WHEN 2 THEN '' ELSE NULL END;"
            "INSERT INTO tasks(account_id, title, owner, due_on) VALUES "
            "(1, 'Call', 'Ben', '2026-11-23'), (1, 'Mail', 'Dana', '2026-11-24'), "
            "(2, 'Visit', 'Zoe', '2026-11-25'), (2, 'Demo', 'Ben', '2026-11-26'), "
            "(3, 'Note', NULL, '2026-11-27'), (3, 'QBR', '', '2026-11-28'), "
            "(3, 'Call', 'Anne Marie', '2026-11-29')");
    const QStringList expected = {QStringLiteral("Anne Marie"), QStringLiteral("Ben"),
                                  QStringLiteral("Dana"), QStringLiteral("Zoe")};
    QCOMPARE(loadOwners(db), expected);
    db.exec("DELETE FROM tasks");
    QCOMPARE(loadOwners(db), QStringList{QStringLiteral("Dana")});
}

TENURE_TEST_MAIN(PlaybooksTest)
#include "tst_playbooks.moc"
