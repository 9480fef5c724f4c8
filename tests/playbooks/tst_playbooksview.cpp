// The Playbooks area in the window: My Tasks acts on tasks with undo and redo
// from the Edit menu's stack, the library edits and shares playbooks, and
// "Did it work?" measures on a worker. With TENURE_SCREENSHOT_DIR set it saves
// a PNG of each tab there.
#include "common/screenshot.h"
#include "common/tempbook.h"
#include "common/testmain.h"
#include "demo/demogenerator.h"
#include "mainwindow/mainwindow.h"
#include "playbooks/accountworkpanel.h"
#include "playbooks/builtinplaybooks.h"
#include "playbooks/bulkplaydialog.h"
#include "playbooks/effectspanel.h"
#include "playbooks/effecttablemodel.h"
#include "playbooks/librarypanel.h"
#include "playbooks/playbookeditor.h"
#include "playbooks/playbookstore.h"
#include "playbooks/playbooksview.h"
#include "playbooks/taskspanel.h"
#include "playbooks/undocommands.h"
#include "store/book.h"
#include "store/bookdocument.h"
#include "store/person.h"
#include "store/sqlite.h"

#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUndoStack>

using namespace tenure;

namespace {

const QDate kToday(2026, 11, 22);

playbooks::Playbook builtin(const char* code)
{
    for (const auto& playbook : playbooks::builtinPlaybooks()) {
        if (playbook.code == QLatin1String(code))
            return playbook;
    }
    qFatal("no playbook %s", code);
}

} // namespace

class PlaybooksViewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_folder.path(QStringLiteral("demo.tenure"));
        tenure::demo::DemoOptions options;
        options.accounts = 300;
        options.today = kToday;
        tenure::demo::generateDemoBook(m_path, options, nullptr);
        // Plays started over the last months, so that tasks are due and results exist.
        auto book = store::Book::open(m_path);
        auto& connection = book->connection();
        auto owners = connection.prepare("SELECT id, owner FROM accounts ORDER BY id LIMIT 60");
        int i = 0;
        while (owners.step()) {
            const char* code = i % 3 == 0   ? "sponsor_change"
                               : i % 3 == 1 ? "low_adoption"
                                            : "renewal_risk";
            playbooks::startPlay(connection, builtin(code), owners.intValue(0),
                                 kToday.addDays(-5 * i), owners.textValue(1), QLatin1String(code));
            ++i;
        }
    }

    void init()
    {
        m_window = std::make_unique<ui::MainWindow>();
        m_window->resize(1400, 900);
        m_window->show(); // each tab reads the book when shown
        QVERIFY(m_window->openBook(m_path));
        m_window->showArea(ui::MainWindow::Area::Playbooks);
        m_view = m_window->playbooksView();
        m_view->tasks()->setToday(kToday);
        m_view->tasks()->setOwner({});
    }

    void cleanup() { m_window.reset(); }

    void hiddenTasksAreReadWhenShown()
    {
        m_window.reset();
        ui::MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openBook(m_path)); // on Today, the tasks hidden
        ui::TasksPanel* tasks = window.playbooksView()->tasks();
        QVERIFY(!tasks->isVisible());
        QCOMPARE(tasks->tree()->topLevelItemCount(), 0);

        window.showArea(ui::MainWindow::Area::Playbooks);
        QVERIFY(tasks->isVisible());
        const auto& agenda = tasks->agenda();
        const auto listed = agenda.overdue.size() + agenda.dueToday.size() + agenda.upcoming.size();
        QVERIFY(listed > 0);
        // Three headings (overdue, due today, upcoming), then a row per task.
        QCOMPARE(tasks->tree()->topLevelItemCount(), static_cast<int>(listed) + 3);
        QVERIFY(test::saveScreenshot(window, QStringLiteral("playbooks-tasks-first-shown")));
    }

    void myTasksCompleteAndUndo()
    {
        ui::TasksPanel* tasks = m_view->tasks();
        const auto overdue = tasks->agenda().overdue.size();
        QVERIFY(overdue > 10);
        QVERIFY(!tasks->agenda().upcoming.empty());
        QVERIFY(test::saveScreenshot(*m_window, QStringLiteral("playbooks-tasks")));

        // Select the first overdue task (the row after its heading) and complete it.
        QTreeWidget* tree = tasks->tree();
        tree->setCurrentItem(tree->topLevelItem(1));
        const auto first = tasks->agenda().overdue.front();
        tasks->completeSelected();
        QCOMPARE(tasks->agenda().overdue.size(), overdue - 1);
        QUndoStack* undo = m_window->undoStack();
        QCOMPARE(undo->count(), 1);
        undo->undo(); // as Ctrl+Z does
        QCOMPARE(tasks->agenda().overdue.size(), overdue);
        QCOMPARE(tasks->agenda().overdue.front().id, first.id);
        undo->redo();
        QCOMPARE(tasks->agenda().overdue.size(), overdue - 1);

        tree->setCurrentItem(tree->topLevelItem(1));
        const auto second = tasks->agenda().overdue.front();
        tasks->rescheduleSelected(kToday.addDays(3));
        QCOMPARE(tasks->agenda().overdue.size(), overdue - 2);
        QVERIFY(std::any_of(
            tasks->agenda().upcoming.begin(), tasks->agenda().upcoming.end(),
            [&](const auto& t) { return t.id == second.id && t.due == kToday.addDays(3); }));

        QSignalSpy opened(m_view, &ui::PlaybooksView::accountActivated);
        Q_EMIT tree->itemActivated(tree->topLevelItem(1), 0);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.front().front().toLongLong(), tasks->agenda().overdue.front().accountId);
    }

    void aTaskChangedInAnotherWindowIsRefusedHere()
    {
        ui::TasksPanel* tasks = m_view->tasks();
        QTreeWidget* tree = tasks->tree();
        const auto task = tasks->agenda().overdue.front();
        // A second window on the same book completes the task first.
        ui::MainWindow other;
        QVERIFY(other.openBook(m_path));
        other.showArea(ui::MainWindow::Area::Playbooks);
        ui::TasksPanel* otherTasks = other.playbooksView()->tasks();
        otherTasks->setToday(kToday);
        otherTasks->setOwner({});
        otherTasks->tree()->setCurrentItem(otherTasks->tree()->topLevelItem(1));
        QCOMPARE(otherTasks->agenda().overdue.front().id, task.id);
        store::setCurrentPerson(QStringLiteral("Priya Raman"));
        otherTasks->completeSelected();
        store::setCurrentPerson({});

        // This window still lists it as overdue; moving it on is refused, and says why.
        tree->setCurrentItem(tree->topLevelItem(1));
        tasks->rescheduleSelected(kToday.addDays(3));
        const auto boxes = m_window->findChildren<QMessageBox*>();
        QCOMPARE(boxes.size(), 1);
        QVERIFY(boxes.front()->text().contains(u"was changed by Priya Raman at "));
        QVERIFY(boxes.front()->text().contains(u"done on"));
        QVERIFY(test::saveScreenshot(*boxes.front(), QStringLiteral("playbooks-second-save")));
        QCOMPARE(m_window->undoStack()->count(), 0);
        // The list now shows the book as it is: the task is done.
        QVERIFY(std::none_of(tasks->agenda().overdue.begin(), tasks->agenda().overdue.end(),
                             [&](const auto& t) { return t.id == task.id; }));
        boxes.front()->close();
    }

    void libraryEditsAndShares()
    {
        ui::LibraryPanel* library = m_view->library();
        m_view->findChild<QTabWidget*>()->setCurrentWidget(library);
        library->selectPlaybook(QStringLiteral("sponsor_change"));
        auto* name = library->editor()->findChild<QLineEdit*>();
        QVERIFY(name);
        name->setText(QStringLiteral("Sponsor change (EMEA)"));
        Q_EMIT name->textEdited(name->text());
        QVERIFY(library->save());
        QVERIFY(test::saveScreenshot(*m_window, QStringLiteral("playbooks-library")));
        {
            auto book = store::Book::open(m_path, store::Book::Access::ReadOnly);
            const auto stored = playbooks::loadLibrary(book->connection());
            QVERIFY(std::any_of(stored.begin(), stored.end(), [](const auto& p) {
                return p.code == QLatin1String("sponsor_change") &&
                       p.name == QLatin1String("Sponsor change (EMEA)") && p.builtin;
            }));
        }
        const QString file = m_folder.path(QStringLiteral("shared.json"));
        QVERIFY(library->exportTo(file));
        test::TempFolder other;
        store::BookDocument fresh(store::Book::create(other.path(QStringLiteral("other.tenure"))));
        ui::LibraryPanel into;
        into.setDocument(&fresh);
        QVERIFY(into.importFrom(file));
        QVERIFY(std::any_of(into.library().begin(), into.library().end(), [](const auto& p) {
            return p.name == QLatin1String("Sponsor change (EMEA)");
        }));
        QVERIFY(!into.importFrom(m_path)); // a book is not a library: refused, nothing changed
    }

    void didItWorkMeasuresOnAWorker()
    {
        ui::EffectsPanel* effects = m_view->effects();
        QSignalSpy measured(effects, &ui::EffectsPanel::measured);
        effects->measure();
        QVERIFY(effects->isBusy());
        QVERIFY(measured.wait(60000));
        // One row per playbook that ran: the demo's CSMs' plays and those started above.
        auto book = store::Book::open(m_path, store::Book::Access::ReadOnly);
        const auto playbooksRun =
            book->connection().queryInt("SELECT count(DISTINCT playbook_id) FROM playbook_runs");
        QVERIFY(*playbooksRun >= 3);
        QCOMPARE(effects->model()->rowCount(), static_cast<int>(*playbooksRun));
        int followed = 0;
        for (int row = 0; row < effects->model()->rowCount(); ++row)
            followed +=
                effects->model()->index(row, playbooks::EffectTableModel::Followed).data().toInt();
        QVERIFY(followed > 0); // plays started more than 90 days ago
        auto* tabs = m_view->findChild<QTabWidget*>();
        tabs->setCurrentWidget(effects);
        QVERIFY(test::saveScreenshot(*m_window, QStringLiteral("playbooks-results")));
    }

    void accountWorkStartsPlaysAndLogsActions()
    {
        store::BookDocument document(store::Book::open(m_path));
        auto& connection = document.connection();
        QUndoStack& undo = document.undoStack();
        ui::AccountWorkPanel panel;
        panel.setDocument(&document);
        panel.setOwner(QStringLiteral("Maya"));
        const qint64 account = *connection.queryInt("SELECT max(id) FROM accounts");
        playbooks::AccountMoment moment;
        moment.firedReasons = {QStringLiteral("support_problems")};
        panel.showAccount(account, moment);
        QCOMPARE(panel.suggestions().size(), 1u);
        QCOMPARE(panel.suggestions().front().playbookCode, QStringLiteral("support_problems"));
        const auto actionsBefore = panel.actions().size();

        panel.startSuggestion(0);
        QVERIFY(panel.suggestions().empty()); // running now
        QCOMPARE(playbooks::loadAccountTasks(connection, account).size(), 3u);

        playbooks::Action call;
        call.accountId = account;
        call.occurredOn = kToday;
        call.kind = playbooks::WorkKind::Call;
        call.summary = QStringLiteral("Walked through the open tickets");
        store::setCurrentPerson(QStringLiteral("Priya Raman"));
        panel.logAction(call);
        store::setCurrentPerson({});
        QCOMPARE(panel.actions().size(), actionsBefore + 1);
        QCOMPARE(panel.actions().front().summary, call.summary);
        // The log says who logged it, newest first.
        const auto trees = panel.findChildren<QTreeWidget*>();
        const auto log = std::find_if(trees.begin(), trees.end(), [](const QTreeWidget* tree) {
            return tree->accessibleName() == u"Action log";
        });
        QVERIFY(log != trees.end());
        QCOMPARE((*log)->headerItem()->text(7), QStringLiteral("By"));
        QCOMPARE((*log)->topLevelItem(0)->text(7), QStringLiteral("Priya Raman"));
        QVERIFY((*log)->topLevelItem(0)->toolTip(7).startsWith(u"Last changed by Priya Raman on "));
        panel.resize(1200, 700);
        QVERIFY(test::saveScreenshot(panel, QStringLiteral("account-work-by")));
        panel.deleteAction(panel.actions().front());
        QCOMPARE(panel.actions().size(), actionsBefore);

        undo.undo(); // the delete: the panel follows the stack
        QCOMPARE(panel.actions().size(), actionsBefore + 1);
        undo.undo(); // the log
        undo.undo(); // the start
        QCOMPARE(panel.actions().size(), actionsBefore);
        QVERIFY(playbooks::loadAccountTasks(connection, account).empty());
        QCOMPARE(panel.suggestions().size(), 1u);
    }

    void bulkPlayLogsEveryAccountAndExportsRecipients()
    {
        store::BookDocument document(store::Book::open(m_path));
        auto& connection = document.connection();
        QUndoStack& undo = document.undoStack();
        std::vector<std::int64_t> techTouch;
        auto rows = connection.prepare("SELECT id FROM accounts WHERE segment = 'Tech touch'");
        while (rows.step())
            techTouch.push_back(rows.intValue(0));
        QVERIFY(techTouch.size() > 20);
        const auto actionsBefore = *connection.queryInt("SELECT count(*) FROM actions");

        ui::BulkPlayDialog dialog(document, techTouch, QStringLiteral("Raj"));
        dialog.choosePlaybook(QStringLiteral("webinar"));
        dialog.chooseRoles({QStringLiteral("admin"), QStringLiteral("power_user")});
        const QString csv = m_folder.path(QStringLiteral("recipients.csv"));
        QVERIFY(dialog.run(csv));
        QCOMPARE(*connection.queryInt("SELECT count(*) FROM actions"),
                 actionsBefore + static_cast<std::int64_t>(techTouch.size()));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines.size() > 2);
        QVERIFY(lines[0].startsWith("account,name,email,role"));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (!lines[i].isEmpty())
                QVERIFY(lines[i].contains(",admin") || lines[i].contains(",power_user"));
        }
        QCOMPARE(undo.count(), 1);
        undo.undo();
        QCOMPARE(*connection.queryInt("SELECT count(*) FROM actions"), actionsBefore);
    }

private:
    test::TempFolder m_folder;
    QString m_path;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::PlaybooksView* m_view = nullptr;
};

TENURE_TEST_MAIN(PlaybooksViewTest)
#include "tst_playbooksview.moc"
