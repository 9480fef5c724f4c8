// Two windows on one book (two documents, two connections to the same file,
// as two Tenure processes would hold): a change made on what the second
// window saw before the first changed it is refused and says why, and the
// first change stands. So is undoing a change someone else has built on.
#include "common/tempbook.h"
#include "common/testmain.h"
#include "playbooks/playbookstore.h"
#include "playbooks/undocommands.h"
#include "store/book.h"
#include "store/bookdocument.h"
#include "store/bookerror.h"
#include "store/person.h"
#include "store/sqlite.h"

#include <QSignalSpy>

using namespace tenure;
using namespace tenure::playbooks;

namespace {

const QDate kToday(2026, 11, 22);

Playbook twoSteps()
{
    return {QStringLiteral("renewal_prep"),
            QStringLiteral("Renewal preparation"),
            {},
            TriggerKind::Manual,
            {},
            {},
            false,
            false,
            {{QStringLiteral("Review usage"), WorkKind::Note, 0, {}},
             {QStringLiteral("Renewal call"), WorkKind::Call, 7, {}}}};
}

// One window: its own connection to the book, its document and what it heard.
struct Window
{
    explicit Window(const QString& path)
        : document(store::Book::open(path))
        , failures(&document, &store::BookDocument::writeFailed)
        , changes(&document, &store::BookDocument::changed)
    {
    }
    QString lastFailure() const
    {
        return failures.isEmpty() ? QString() : failures.last().first().toString();
    }

    store::BookDocument document;
    QSignalSpy failures;
    QSignalSpy changes;
};

Task completed(Task task)
{
    task.status = TaskStatus::Done;
    task.completedOn = kToday;
    return task;
}

Task rescheduled(Task task, int days)
{
    task.due = task.due.addDays(days);
    return task;
}

} // namespace

class SecondSaveTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        // Everyone in these tests works as Maya unless a test says otherwise.
        store::setCurrentPerson(QStringLiteral("Maya"));
        m_folder = std::make_unique<test::TempFolder>();
        m_path = m_folder->path(QStringLiteral("book.tenure"));
        auto book = store::Book::create(m_path);
        book->connection().exec("INSERT INTO accounts(id, name) VALUES (1, 'Acme')");
        m_task = startPlay(book->connection(), twoSteps(), 1, kToday, QStringLiteral("Maya"), {})
                     .tasks[1];
        Action call;
        call.accountId = 1;
        call.occurredOn = kToday;
        call.kind = WorkKind::Call;
        call.summary = QStringLiteral("Renewal call booked");
        call.id = addAction(book->connection(), call);
        m_action = *loadAction(book->connection(), call.id);
    }

    void cleanup()
    {
        store::setCurrentPerson({});
        m_folder.reset();
    }

    void aTaskChangedInAnotherWindowIsNotOverwritten()
    {
        Window first(m_path), second(m_path);
        // Both show the task open; Maya, in the first, completes it.
        store::setCurrentPerson(QStringLiteral("Maya"));
        QVERIFY(first.document.push(new TaskCommand(first.document, m_task, completed(m_task))));
        // Raj, in the second, still showing it open, moves it a week on.
        store::setCurrentPerson(QStringLiteral("Raj"));
        QVERIFY(!second.document.push(
            new TaskCommand(second.document, m_task, rescheduled(m_task, 7))));
        QVERIFY(second.lastFailure().contains(u"was changed by Maya at 20"));
        QVERIFY(second.lastFailure().contains(u"Renewal call"));
        QVERIFY(second.lastFailure().contains(u"done on 2026-11-22"));
        QCOMPARE(second.document.undoStack().count(), 0);
        // The second window's views hear that the tasks changed, to show them as they are.
        QCOMPARE(second.changes.size(), 1);
        const Task stored = *loadTask(second.document.connection(), m_task.id);
        QCOMPARE(stored.status, TaskStatus::Done);
        QCOMPARE(stored.due, m_task.due);

        // Seen as it now is, the same change goes through.
        QVERIFY(second.document.push(
            new TaskCommand(second.document, stored, rescheduled(completed(stored), 0))));
    }

    void undoingATaskSomeoneElseChangedSinceIsRefused()
    {
        Window first(m_path), second(m_path);
        QVERIFY(first.document.push(new TaskCommand(first.document, m_task, completed(m_task))));
        // The second window reads the completed task and reopens it, due later.
        const Task done = *loadTask(second.document.connection(), m_task.id);
        Task reopened = rescheduled(m_task, 14);
        QVERIFY(second.document.push(new TaskCommand(second.document, done, reopened)));
        // The first window's undo would put back "open, due in 7 days" over it.
        first.document.undoStack().undo();
        QVERIFY(first.lastFailure().contains(u"open, due 2026-12-13"));
        QCOMPARE(loadTask(first.document.connection(), m_task.id)->due, reopened.due);
        QCOMPARE(first.document.undoStack().count(), 0); // the stack claims nothing false
    }

    void anActionEditedInAnotherWindowIsNotOverwritten()
    {
        Window first(m_path), second(m_path);
        Action outcome = m_action;
        outcome.outcome = QStringLiteral("Agreed to renew for two years");
        QVERIFY(first.document.push(new EditActionCommand(first.document, m_action, outcome)));
        Action summary = m_action;
        summary.summary = QStringLiteral("Renewal call held");
        QVERIFY(!second.document.push(new EditActionCommand(second.document, m_action, summary)));
        QVERIFY(second.lastFailure().contains(u"was changed by Maya at "));
        QVERIFY(second.lastFailure().contains(u"Renewal call booked"));
        const Action stored = *loadAction(second.document.connection(), m_action.id);
        QCOMPARE(stored.outcome, outcome.outcome);
        QCOMPARE(stored.summary, m_action.summary);
        // Nor is it deleted from what the second window saw before the edit.
        QVERIFY(!second.document.push(new DeleteActionCommand(second.document, m_action)));
        QVERIFY(loadAction(second.document.connection(), m_action.id));
    }

    void anActionDeletedInAnotherWindowStaysDeleted()
    {
        Window first(m_path), second(m_path);
        QVERIFY(first.document.push(new DeleteActionCommand(first.document, m_action)));
        Action edited = m_action;
        edited.outcome = QStringLiteral("Left a voicemail");
        QVERIFY(!second.document.push(new EditActionCommand(second.document, m_action, edited)));
        QVERIFY(second.lastFailure().contains(u"was deleted elsewhere"));
        QVERIFY(!loadAction(second.document.connection(), m_action.id));
    }

    void aPlaybookSavedInAnotherWindowIsNotOverwritten()
    {
        Window first(m_path), second(m_path);
        const Playbook seen = twoSteps(); // both opened it as startPlay stored it
        Playbook longer = seen;
        longer.steps.push_back({QStringLiteral("Send the proposal"), WorkKind::Email, 10, {}});
        replacePlaybook(first.document.connection(), seen, longer);
        Playbook renamed = seen;
        renamed.name = QStringLiteral("Renewal prep (90 days)");
        try {
            replacePlaybook(second.document.connection(), seen, renamed);
            QFAIL("the second save went through");
        } catch (const store::BookError& error) {
            QCOMPARE(error.kind(), store::BookError::Kind::Conflict);
            QVERIFY(error.message().contains(u"“Renewal preparation” was changed by Maya at "));
        }
        const auto library = loadLibrary(second.document.connection());
        const auto stored = std::find_if(library.begin(), library.end(), [](const Playbook& p) {
            return p.code == u"renewal_prep";
        });
        QVERIFY(stored != library.end());
        QCOMPARE(stored->name, seen.name);
        QCOMPARE(stored->steps.size(), 3u);
        // Saved over what the book now holds, it goes through.
        replacePlaybook(second.document.connection(), *stored, renamed);
    }

    void undoingAPlayWhoseTaskWasDoneElsewhereIsRefused()
    {
        Window first(m_path), second(m_path);
        auto* start =
            new StartPlayCommand(first.document, twoSteps(), 1, kToday, QStringLiteral("Maya"), {});
        QVERIFY(first.document.push(start));
        const auto tasks = loadAccountTasks(second.document.connection(), 1);
        QCOMPARE(tasks.size(), 4u); // the play of init() and this one, two steps each
        const Task mine = tasks.back();
        QVERIFY(second.document.push(new TaskCommand(second.document, mine, completed(mine))));
        first.document.undoStack().undo();
        QVERIFY(first.lastFailure().contains(u"done on 2026-11-22"));
        // The play and the work done on it stay.
        QCOMPARE(loadTask(first.document.connection(), mine.id)->status, TaskStatus::Done);
    }

private:
    std::unique_ptr<test::TempFolder> m_folder;
    QString m_path;
    Task m_task;
    Action m_action;
};

TENURE_TEST_MAIN(SecondSaveTest)
#include "tst_secondsave.moc"
