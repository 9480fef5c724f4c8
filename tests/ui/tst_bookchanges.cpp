// One source of change: an action logged in the window reaches the Accounts
// list and the two-by-two without reopening the book, and so does its undo; a
// write the book refuses is told and leaves the undo stack as the book is.
//
// The book is built through the import path from small CSV files written
// here with dates relative to today (the areas read the book as of today).
// Two paying accounts, alike but for the CSM's last contact: one goal
// achieved, an NPS of 10 answered 20 days ago, one ticket
// opened and closed last month, no usage and no sponsor on record. Globex's
// last CSM contact was 400 days ago, Acme's 10 days ago. By docs/domain.md:
//   outcome = goals 1 of 1 = 100 (usage unknown);
//   experience = NPS 10 → 100, support (a ticket, none open or escalated,
//   beside the answer) → 100, CSAT unknown: 100;
//   Globex relationship = CSM contact 100 − 0.5 × (400 − 30), within 0–100 = 0
//   (sponsors unknown: the contact input alone), so
//   health = 0.5 × 100 + 0.3 × 100 + 0.2 × 0 = 80, and "No proactive contact"
//   fires (400 days silent, 90 allowed). Its coverage: outcome 0.35 of its
//   weight known, experience 0.8 (NPS 0.4 + support 0.4 of 1), relationship
//   half: 0.5 × 0.35 + 0.3 × 0.8 + 0.2 × 0.5 = 0.515, shown as 52%, enough
//   to be placed (0.5).
//   A call logged today: contact 100 − 0.5 × max(0, 0 − 30) = 100, capped at
//   100, so health = 0.5 × 100 + 0.3 × 100 + 0.2 × 100 = 100, and the reason
//   is gone.
#include "accountlist/accountsview.h"
#include "accountlist/accounttablemodel.h"
#include "accountpage/accountpage.h"
#include "common/countingprogress.h"
#include "common/tempbook.h"
#include "common/testmain.h"
#include "health/riskreason.h"
#include "import/importer.h"
#include "mainwindow/mainwindow.h"
#include "playbooks/accountworkpanel.h"
#include "quadrant/quadrantchart.h"
#include "quadrant/quadrantview.h"
#include "store/book.h"
#include "store/bookdocument.h"
#include "store/sqlite.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

using namespace tenure;
using ui::MainWindow;
using Columns = accounts::AccountTableModel;

namespace {

QString day(int daysAgo)
{
    return QDate::currentDate().addDays(-daysAgo).toString(Qt::ISODate);
}

// The book: subscriptions, goals, surveys, tickets and activities, imported as
// the wizard does.
void buildBook(const test::TempFolder& folder, const QString& path)
{
    const QStringList files = {
        folder.write(QStringLiteral("subscriptions.csv"),
                     QStringLiteral("account_id,account_name,plan,start_date,end_date,mrr,"
                                    "currency,owner,segment\n"
                                    "A1,Acme,Pro,%1,,500,USD,Dana,Low touch\n"
                                    "G1,Globex,Pro,%1,,300,USD,Dana,Low touch\n")
                         .arg(day(720))
                         .toUtf8()),
        folder.write(QStringLiteral("goals.csv"),
                     QStringLiteral("account_id,account_name,goal,target,achieved,due_on\n"
                                    "A1,Acme,Seats live,10,10,%1\n"
                                    "G1,Globex,Seats live,10,10,%1\n")
                         .arg(day(30))
                         .toUtf8()),
        folder.write(QStringLiteral("surveys.csv"),
                     QStringLiteral("account_id,response_id,submitted_at,survey,score\n"
                                    "A1,R1,%1,NPS,10\nG1,R2,%1,NPS,10\n")
                         .arg(day(20))
                         .toUtf8()),
        folder.write(QStringLiteral("tickets.csv"),
                     QStringLiteral("ticket_id,account_id,opened_on,closed_on,priority\n"
                                    "T1,A1,%1,%2,normal\nT2,G1,%1,%2,normal\n")
                         .arg(day(40), day(35))
                         .toUtf8()),
        folder.write(QStringLiteral("activities.csv"),
                     QStringLiteral("activity_id,account_id,account_name,date,kind,subject\n"
                                    "1,A1,Acme,%1,call,Quarterly check-in\n"
                                    "2,G1,Globex,%2,call,Kick-off\n")
                         .arg(day(10), day(400))
                         .toUtf8()),
    };
    auto book = store::Book::create(path);
    test::CountingProgress progress;
    const auto outcome = import::importFiles(*book, files, {}, progress);
    QVERIFY(outcome.committed);
    QCOMPARE(outcome.rejectedRows(), std::int64_t(0));
}

QString cell(const ui::AccountsView* view, const QString& name, int column)
{
    const auto* model = view->findChild<QTableView*>()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, Columns::Name).data().toString() == name)
            return model->index(row, column).data().toString();
    }
    return QStringLiteral("(no row for %1)").arg(name);
}

} // namespace

class TestBookChanges : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_path = m_folder.path(QStringLiteral("book-%1.tenure").arg(++m_books));
        buildBook(m_folder, m_path);
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(m_window->openBook(m_path));
        m_globex = *m_window->document()->connection().queryInt(
            "SELECT id FROM accounts WHERE name = 'Globex'");
    }

    void cleanup() { m_window.reset(); }

    void anActionAndItsUndoReachTheListAndTheTwoByTwo()
    {
        QCOMPARE(accountsHealth(), QStringLiteral("80 (52%)"));
        QCOMPARE(accountsReason(), health::reasonTitle(health::reason::NoProactiveContact));
        QCOMPARE(twoByTwoHealth(), QStringLiteral("80"));

        logCallOnGlobex();
        QCOMPARE(m_window->undoStack()->count(), 1);
        QCOMPARE(accountsHealth(), QStringLiteral("100 (52%)"));
        QVERIFY(accountsReason() != health::reasonTitle(health::reason::NoProactiveContact));
        QCOMPARE(twoByTwoHealth(), QStringLiteral("100"));

        m_window->undoStack()->undo(); // as Edit > Undo does
        QCOMPARE(accountsHealth(), QStringLiteral("80 (52%)"));
        QCOMPARE(accountsReason(), health::reasonTitle(health::reason::NoProactiveContact));
        QCOMPARE(twoByTwoHealth(), QStringLiteral("80"));
    }

    // Another program holds the book's write lock: the call is not logged, the
    // user is told why, and nothing offers to undo a change that was not made.
    void aRefusedWriteIsToldAndLeavesTheStackTrue()
    {
        QCOMPARE(accountsHealth(), QStringLiteral("80 (52%)"));
        auto writer = store::Book::open(m_path);
        writer->connection().exec("BEGIN IMMEDIATE");
        logCallOnGlobex();
        writer->connection().exec("ROLLBACK");

        QMessageBox* told = nullptr;
        for (auto* box : m_window->findChildren<QMessageBox*>()) {
            if (box->isVisible())
                told = box;
        }
        QVERIFY(told);
        QVERIFY2(told->text().contains(QStringLiteral("being changed by another")),
                 qPrintable(told->text()));
        told->close();
        QCOMPARE(m_window->undoStack()->count(), 0);
        QVERIFY(!m_window->undoStack()->canUndo());
        QCOMPARE(*m_window->document()->connection().queryInt(
                     "SELECT count(*) FROM actions WHERE account_id = " + std::to_string(m_globex)),
                 std::int64_t(1));
        QCOMPARE(accountsHealth(), QStringLiteral("80 (52%)"));
    }

private:
    // On Globex's page, as its Plays and Actions tab does.
    void logCallOnGlobex()
    {
        m_window->openAccount(m_globex);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->accountPage()->isLoading(), 30000);
        playbooks::Action call;
        call.accountId = m_globex;
        call.occurredOn = QDate::currentDate();
        call.kind = playbooks::WorkKind::Call;
        call.summary = QStringLiteral("Renewal call");
        m_window->accountPage()->workPanel()->logAction(call);
        m_window->accountPage()->findChild<QPushButton*>(QStringLiteral("back"))->click();
    }

    // The Accounts list, shown, once it has read the book again.
    QString accountsHealth() { return accountsCell(Columns::Health); }
    QString accountsReason() { return accountsCell(Columns::TopReason); }
    QString accountsCell(int column)
    {
        m_window->showArea(MainWindow::Area::Accounts);
        const ui::AccountsView* view = m_window->accountsView();
        if (!QTest::qWaitFor([view] { return !view->isLoading(); }, 30000))
            return QStringLiteral("(still reading)");
        return cell(view, QStringLiteral("Globex"), column);
    }

    // Globex selected on the two-by-two: its scores beside the chart.
    QString twoByTwoHealth()
    {
        m_window->showArea(MainWindow::Area::TwoByTwo);
        ui::QuadrantView* view = m_window->quadrantView();
        if (!QTest::qWaitFor([view] { return !view->isBusy() && view->map(); }, 30000))
            return QStringLiteral("(still scoring)");
        view->chart()->select(m_globex);
        for (const QLabel* label : view->findChildren<QLabel*>()) {
            const QString text = label->text();
            const auto at = text.indexOf(QStringLiteral("Health "));
            if (text.contains(QStringLiteral("Globex")) && at >= 0)
                return text.mid(at + 7).section(u'<', 0, 0);
        }
        return QStringLiteral("(Globex not on the two-by-two)");
    }

    test::TempFolder m_folder;
    int m_books = 0;
    QString m_path;
    std::unique_ptr<MainWindow> m_window;
    std::int64_t m_globex = 0;
};

TENURE_TEST_MAIN(TestBookChanges)
#include "tst_bookchanges.moc"
