// A headless smoke test of the window over a generated demo book: it opens,
// lists every account, switches areas, filters, opens accounts from the
// areas and comes back, runs a one-to-many play on a selection, and refuses a
// file that is not a book while keeping the one that was open. With
// TENURE_SCREENSHOT_DIR set it saves a PNG of every area there.
#include "accountlist/accountsview.h"
#include "accountpage/accountdetail.h"
#include "accountpage/accountpage.h"
#include "common/messageanswerer.h"
#include "common/screenshot.h"
#include "common/tempbook.h"
#include "common/testmain.h"
#include "demo/demogenerator.h"
#include "importwizard/importwizard.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/shortcutsdialog.h"
#include "playbooks/actiondialog.h"
#include "playbooks/bulkplaydialog.h"
#include "playbooks/playbookeditor.h"
#include "quadrant/quadrantview.h"
#include "report/reportview.h"
#include "retention/retentionview.h"
#include "store/book.h"
#include "store/bookdocument.h"
#include "store/sqlite.h"
#include "today/todayview.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>

using tenure::ui::MainWindow;

namespace {

constexpr int kAccounts = 300;

// Every visible control of `root` that takes focus and has no accessible
// name a screen reader could speak, as "Class in Parent" lines.
QStringList unnamedControls(QWidget* root)
{
    QStringList unnamed;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        const bool control = qobject_cast<QComboBox*>(widget) || qobject_cast<QLineEdit*>(widget) ||
                             qobject_cast<QAbstractSpinBox*>(widget) ||
                             qobject_cast<QAbstractItemView*>(widget) ||
                             qobject_cast<QAbstractButton*>(widget);
        if (!control || !widget->isVisible() || widget->focusPolicy() == Qt::NoFocus)
            continue;
        if (qobject_cast<QLineEdit*>(widget) && qobject_cast<QAbstractSpinBox*>(widget->parent()))
            continue; // a spin box's own editor: the box is what is named
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        if (accessible && !accessible->text(QAccessible::Name).trimmed().isEmpty())
            continue;
        QString where;
        for (QWidget* parent = widget->parentWidget(); parent && where.isEmpty();
             parent = parent->parentWidget())
            where = QString::fromLatin1(parent->metaObject()->className());
        unnamed.append(QStringLiteral("%1 in %2")
                           .arg(QString::fromLatin1(widget->metaObject()->className()), where));
    }
    return unnamed;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TenureTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        m_book = m_folder.path(QStringLiteral("Demo book.tenure"));
        tenure::demo::DemoOptions options;
        options.accounts = kAccounts;
        options.today = QDate::currentDate();
        tenure::demo::generateDemoBook(m_book, options);
    }

    void opensOnTheDemoBook()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(tenure::test::saveScreenshot(window, QStringLiteral("welcome")));
        QVERIFY(window.openBook(m_book));
        QCOMPARE(window.windowTitle(), QStringLiteral("Demo book — Tenure"));
        // Each area reads the book when first shown.
        auto* accounts = window.accountsView();
        QCOMPARE(accounts->totalAccounts(), 0);
        window.showArea(MainWindow::Area::Accounts);
        QTRY_VERIFY_WITH_TIMEOUT(!accounts->isLoading() && accounts->totalAccounts() > 0, 20000);
        QCOMPARE(accounts->totalAccounts(), kAccounts);
        QVERIFY(tenure::test::saveScreenshot(window, QStringLiteral("accounts")));

        auto* search = accounts->findChild<QLineEdit*>();
        search->setText(QStringLiteral("a"));
        QVERIFY(accounts->visibleAccounts() < kAccounts);
        QVERIFY(accounts->visibleAccounts() > 0);
        search->clear();
        QCOMPARE(accounts->visibleAccounts(), kAccounts);

        const auto combos = accounts->findChildren<QComboBox*>();
        QVERIFY(combos.size() >= 2);
        for (QComboBox* combo : combos) {
            QVERIFY(combo->count() > 2); // "All" and at least two values
            combo->setCurrentIndex(1);
            QVERIFY(accounts->visibleAccounts() < kAccounts);
            combo->setCurrentIndex(0);
        }

        const MainWindow::Area areas[] = {MainWindow::Area::Today,    MainWindow::Area::Retention,
                                          MainWindow::Area::TwoByTwo, MainWindow::Area::Playbooks,
                                          MainWindow::Area::Reports,  MainWindow::Area::Imports};
        const char* names[] = {"today", "retention", "twobytwo", "playbooks", "reports", "imports"};
        for (int i = 0; i < 6; ++i) {
            window.showArea(areas[i]);
            QCOMPARE(window.currentArea(), areas[i]);
            // Each area reads the book when first shown.
            QTRY_VERIFY_WITH_TIMEOUT(
                !window.todayView()->isBusy() && !window.retentionView()->isBusy() &&
                    !window.quadrantView()->isBusy() && !window.reportView()->isBusy(),
                30000);
            QVERIFY(tenure::test::saveScreenshot(window, QString::fromLatin1(names[i])));
        }
    }

    void twoByTwoAndReportsReadTheBookWhenFirstShown()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openBook(m_book));
        QVERIFY(!window.quadrantView()->map());
        QSignalSpy choices(window.reportView(), &tenure::ui::ReportView::choicesLoaded);
        QCOMPARE(choices.count(), 0);
        window.showArea(MainWindow::Area::TwoByTwo);
        QTRY_VERIFY_WITH_TIMEOUT(window.quadrantView()->map(), 30000);
        QVERIFY(!window.quadrantView()->map()->points.empty());
        window.showArea(MainWindow::Area::Reports);
        QTRY_COMPARE_WITH_TIMEOUT(choices.count(), 1, 30000);
        window.showArea(MainWindow::Area::TwoByTwo); // shown again: not read again
        window.showArea(MainWindow::Area::Reports);
        QTest::qWait(50);
        QCOMPARE(choices.count(), 1);
    }

    void accountsOpenFromTodayAndTheListAndBackReturns()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openBook(m_book));
        auto* today = window.todayView();
        QTRY_VERIFY_WITH_TIMEOUT(!today->isBusy() && today->atRiskList()->topLevelItemCount() > 0,
                                 30000);
        const qint64 atRisk = today->brief().atRisk.front().id;
        Q_EMIT today->atRiskList()->itemActivated(today->atRiskList()->topLevelItem(0), 0);
        QCOMPARE(window.currentArea(), MainWindow::Area::Accounts);
        QVERIFY(window.isAccountPageShown());
        auto* page = window.accountPage();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->detail(), 30000);
        QCOMPARE(page->detail()->facts.id, atRisk);
        auto* back = page->findChild<QPushButton*>(QStringLiteral("back"));
        QCOMPARE(back->text(), QStringLiteral("← Today"));
        QVERIFY(tenure::test::saveScreenshot(window, QStringLiteral("account")));
        back->click();
        QCOMPARE(window.currentArea(), MainWindow::Area::Today);
        QVERIFY(!window.isAccountPageShown());

        window.showArea(MainWindow::Area::Accounts);
        auto* accounts = window.accountsView();
        QTRY_VERIFY_WITH_TIMEOUT(!accounts->isLoading() && accounts->totalAccounts() > 0, 30000);
        auto* table = accounts->findChild<QTableView*>();
        const QModelIndex first = table->model()->index(0, 0);
        Q_EMIT table->activated(first);
        QVERIFY(window.isAccountPageShown());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->detail(), 30000);
        QCOMPARE(page->detail()->facts.name, first.data().toString());
        QCOMPARE(back->text(), QStringLiteral("← Accounts"));
        back->click();
        QCOMPARE(window.currentArea(), MainWindow::Area::Accounts);
        QVERIFY(!window.isAccountPageShown());
    }

    void runsAOneToManyPlayOnTheSelectedAccounts()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openBook(m_book));
        window.showArea(MainWindow::Area::Accounts);
        auto* accounts = window.accountsView();
        QTRY_VERIFY_WITH_TIMEOUT(!accounts->isLoading() && accounts->totalAccounts() > 0, 30000);
        QCOMPARE(accounts->chosenAccounts().size(), kAccounts); // nothing selected: all shown
        auto* table = accounts->findChild<QTableView*>();
        for (int row : {0, 2, 4})
            table->selectionModel()->select(table->model()->index(row, 0),
                                            QItemSelectionModel::Select |
                                                QItemSelectionModel::Rows);
        const QList<qint64> chosen = accounts->chosenAccounts();
        QCOMPARE(chosen.size(), 3);

        Q_EMIT accounts->playRequested(chosen);
        auto* dialog = window.findChild<tenure::ui::BulkPlayDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->run({}));
        QCOMPARE(window.undoStack()->count(), 1);
    }

    void everyAreaHasKeysAndHelpListsThem()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openBook(m_book));
        const auto areaKeys = [&window](int row) {
            for (QAction* action : window.findChildren<QAction*>()) {
                if (action->shortcut() == QKeySequence(Qt::CTRL | (Qt::Key_1 + row)))
                    return action;
            }
            return static_cast<QAction*>(nullptr);
        };
        for (int row = 0; row < 7; ++row) {
            QAction* action = areaKeys(row);
            QVERIFY2(action, qPrintable(QString::number(row)));
            action->trigger();
            QCOMPARE(static_cast<int>(window.currentArea()), row);
        }

        QAction* help = nullptr;
        for (QAction* action : window.findChildren<QAction*>()) {
            if (action->text() == QStringLiteral("&Keyboard Shortcuts"))
                help = action;
        }
        QVERIFY(help);
        QCOMPARE(help->shortcut(), QKeySequence(QKeySequence::HelpContents));
        help->trigger();
        auto* dialog = window.findChild<tenure::ui::ShortcutsDialog*>();
        QVERIFY(dialog);
        const auto keysOf = [dialog](const QString& command) {
            const auto items =
                dialog->list()->findItems(command, Qt::MatchExactly | Qt::MatchRecursive);
            return items.isEmpty() ? QString() : items.front()->text(1);
        };
        QCOMPARE(keysOf(QStringLiteral("Import")),
                 QKeySequence(Qt::CTRL | Qt::Key_I).toString(QKeySequence::NativeText));
        QCOMPARE(keysOf(QStringLiteral("Accounts")),
                 QKeySequence(Qt::CTRL | Qt::Key_2).toString(QKeySequence::NativeText));
        QCOMPARE(keysOf(QStringLiteral("Filter the accounts by name")),
                 QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText));
        QVERIFY(tenure::test::saveScreenshot(*dialog, QStringLiteral("shortcuts")));
        dialog->close();
    }

    void everyControlHasAnAccessibleName()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QStringList unnamed = unnamedControls(&window); // the welcome page
        QVERIFY(window.openBook(m_book));
        for (int row = 0; row < 7; ++row) {
            window.showArea(static_cast<MainWindow::Area>(row));
            QTRY_VERIFY_WITH_TIMEOUT(
                !window.todayView()->isBusy() && !window.quadrantView()->isBusy() &&
                    !window.reportView()->isBusy() && !window.accountsView()->isLoading(),
                30000);
            unnamed += unnamedControls(&window);
            for (QTabWidget* tabs : window.findChildren<QTabWidget*>()) {
                if (!tabs->isVisible())
                    continue;
                for (int tab = 0; tab < tabs->count(); ++tab) {
                    tabs->setCurrentIndex(tab);
                    unnamed += unnamedControls(&window);
                }
            }
        }
        window.openAccount(1);
        QTRY_VERIFY_WITH_TIMEOUT(!window.accountPage()->isLoading(), 30000);
        for (int tab = 0; tab <= static_cast<int>(tenure::ui::AccountSection::Work); ++tab) {
            window.accountPage()->showSection(static_cast<tenure::ui::AccountSection>(tab));
            unnamed += unnamedControls(&window);
        }
        // The dialogs, as they open.
        auto book = tenure::store::Book::open(m_book);
        tenure::playbooks::Action action;
        action.accountId = 1;
        action.occurredOn = QDate::currentDate();
        const std::vector<QDialog*> dialogs = {
            new tenure::ui::ActionDialog(book->connection(), action, &window),
            new tenure::ui::BulkPlayDialog(*window.document(), {1, 2, 3}, {}, &window),
            new tenure::ui::ImportWizard(window.bookPath(), {}, &window),
            new tenure::ui::ShortcutsDialog(window.menuBar(), {}, &window),
            new tenure::ui::PreferencesDialog(&book->connection(), true, {}, &window),
        };
        for (QDialog* dialog : dialogs) {
            dialog->show();
            unnamed += unnamedControls(dialog);
            for (QTabWidget* tabs : dialog->findChildren<QTabWidget*>()) {
                for (int tab = 0; tab < tabs->count(); ++tab) {
                    tabs->setCurrentIndex(tab);
                    unnamed += unnamedControls(dialog);
                }
            }
            delete dialog;
        }
        auto* editor = new tenure::ui::PlaybookEditor(&window);
        editor->show();
        unnamed += unnamedControls(editor);
        delete editor;

        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("without an accessible name:\n") +
                                               unnamed.join(QLatin1Char('\n'))));
    }

    void refusesAFileThatIsNotABookAndKeepsTheOpenOne()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openBook(m_book));
        const QString notABook = m_folder.write(QStringLiteral("notes.tenure"), "just text\n");

        tenure::test::MessageAnswerer answerer;
        QVERIFY(!window.openBook(notABook));
        QCOMPARE(answerer.shown.size(), 1);
        const QString& shown = answerer.shown.first();
        QVERIFY2(shown.contains(QStringLiteral("notes.tenure")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("not a Tenure book")));
        QCOMPARE(window.bookPath(), m_book);
        QCOMPARE(tenure::test::readAll(notABook), QByteArray("just text\n"));
    }

    // At start-up the book opens on a worker: the window is shown (and
    // painted) before the file's checks are done, then the book appears; a
    // file that is not a book is said so and the open book stays; an open
    // overtaken by another open or close shows nothing.
    void opensABookInTheBackground()
    {
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(&window, &MainWindow::backgroundOpenFinished);
        window.openBookInBackground(m_book);
        QVERIFY(window.bookPath().isEmpty()); // nothing is shown before the event loop runs
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Demo book")));
        QVERIFY(tenure::test::saveScreenshot(window, QStringLiteral("opening")));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.takeFirst().at(0).toBool(), true);
        QCOMPARE(window.bookPath(), m_book);
        QCOMPARE(window.currentArea(), MainWindow::Area::Today);
        QCOMPARE(window.windowTitle(), QStringLiteral("Demo book — Tenure"));

        const QString notABook = m_folder.write(QStringLiteral("memo.tenure"), "just text\n");
        tenure::test::MessageAnswerer answerer; // the message comes when the worker is done
        window.openBookInBackground(notABook);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.takeFirst().at(0).toBool(), false);
        QCOMPARE(answerer.shown.size(), 1);
        QVERIFY2(answerer.shown.first().contains(QStringLiteral("not a Tenure book")),
                 qPrintable(answerer.shown.first()));
        QCOMPARE(window.bookPath(), m_book);

        window.closeBook();
        window.openBookInBackground(m_book);
        window.closeBook(); // before the worker is done: the book stays closed
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.takeFirst().at(0).toBool(), false);
        QVERIFY(window.bookPath().isEmpty());
    }

    void aChangeMadeElsewhereShowsWithoutAsking()
    {
        const QString path = m_folder.path(QStringLiteral("Shared book.tenure"));
        {
            auto source = tenure::store::Book::open(m_book, tenure::store::Book::Access::ReadOnly);
            tenure::store::Book::backup(source->connection(), path);
        }
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openBook(path));
        window.showArea(MainWindow::Area::Accounts);
        auto* accounts = window.accountsView();
        QTRY_VERIFY_WITH_TIMEOUT(!accounts->isLoading() && accounts->totalAccounts() > 0, 20000);
        QCOMPARE(accounts->totalAccounts(), kAccounts);
        // Another program adds an account; nobody asks this window to reload.
        {
            tenure::store::Connection other(path, tenure::store::Connection::Mode::ReadWrite);
            other.exec("INSERT INTO accounts(name, segment, owner) "
                       "VALUES ('Zenith Freight', 'Mid-market', 'Maya')");
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            !accounts->isLoading() && accounts->totalAccounts() == kAccounts + 1, 20000);
        const auto notes = window.statusBar()->findChildren<QLabel*>();
        QVERIFY(std::any_of(notes.begin(), notes.end(), [](const QLabel* label) {
            return label->isVisible() && label->text().startsWith(u"Changed elsewhere at ");
        }));
        QVERIFY(tenure::test::saveScreenshot(window, QStringLiteral("changed-elsewhere")));
    }

    void closingReturnsToTheWelcomePage()
    {
        MainWindow window;
        window.show();
        QVERIFY(window.openBook(m_book));
        window.closeBook();
        QVERIFY(window.bookPath().isEmpty());
        QCOMPARE(window.windowTitle(), QStringLiteral("Tenure"));
    }

private:
    tenure::test::TempFolder m_folder;
    QString m_book;
};

TENURE_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
