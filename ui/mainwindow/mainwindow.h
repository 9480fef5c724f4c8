#pragma once

#include "preferences/preferencesdialog.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoGroup;
class QUndoStack;

namespace tenure::store::postgres {
class ServerSnapshot;
}

namespace tenure::store {
class Book;
class BookDocument;
class BookError;
} // namespace tenure::store

namespace tenure::ui {

class AccountPage;
class TeamBookSession;
class AccountsView;
class ImportsView;
class PlaybooksView;
class QuadrantView;
class ReportView;
class RetentionView;
class TodayView;
class WelcomePage;

// The workbench window: a list of areas on the left, the chosen area on the
// right, the File and Help menus. It owns the open book's document, which
// every area is handed and follows.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Area { Today, Accounts, Retention, TwoByTwo, Playbooks, Reports, Imports };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens `path`; on failure shows why and keeps the book that was open.
    bool openBook(const QString& path);
    // The same on a worker, for start-up: opening checks the file and may
    // upgrade its schema, which takes a while on a large book, and the window
    // keeps painting meanwhile. The book shows when it is open, unless
    // another book was opened or closed since; backgroundOpenFinished() then
    // says whether it was shown.
    void openBookInBackground(const QString& path);
    void reopenLastBook(); // in the background
    // Shows the team book at `uri` (a postgresql:// URI) read-only: a private
    // copy, read behind a progress dialog and read again whenever someone
    // commits a change to it; the status bar says which server, whether the
    // connection is encrypted, when the copy was read, and when the server
    // cannot be reached. Only in a build with the team book.
    void openTeamBook(const QString& uri);
    void closeBook();
    QString bookPath() const;

    void showArea(Area area);
    Area currentArea() const;
    AccountsView* accountsView() const { return m_accounts; }
    RetentionView* retentionView() const { return m_retention; }
    PlaybooksView* playbooksView() const { return m_playbooks; }
    // The open book's undo stack; null without a book.
    QUndoStack* undoStack() const;
    store::BookDocument* document() const { return m_document.get(); }
    ImportsView* importsView() const { return m_imports; }
    TodayView* todayView() const { return m_today; }
    QuadrantView* quadrantView() const { return m_quadrant; }
    ReportView* reportView() const { return m_report; }
    AccountPage* accountPage() const { return m_accountPage; }
    // Shows the account's page in the Accounts area; Back returns to the area it came from.
    void openAccount(qint64 accountId);
    bool isAccountPageShown() const;
    // The import wizard over the open book, with `files` already chosen.
    void openImportWizard(const QStringList& files);
    // Edit > Preferences, on `tab`; every area showing figures follows a change of the book's
    // settings.
    void showPreferences(PreferencesDialog::Tab tab = PreferencesDialog::Tab::Book);

Q_SIGNALS:
    void backgroundOpenFinished(bool opened);
    // A copy of the team book is shown: the first, or a newer one.
    void teamBookRead(bool first);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    void createAreas();
    // The one way an area is handed the book (null: none).
    void handAreasTheBook(store::BookDocument* document);
    void closeAccount();
    void runPlay(const QList<qint64>& accounts);
    void updateRecentMenu();
    void newBookDialog();
    void openBookDialog();
    // Shows `book`, opened from `path`, in place of the book that was open;
    // `team` when the book is a copy of a team book (not a recent file then).
    void showBook(const QString& path, std::unique_ptr<store::Book> book,
                  std::shared_ptr<store::postgres::ServerSnapshot> team = nullptr);
    void openTeamBookDialog();
    void stopFollowingTeamBook();
    // Lets go of the book shown, leaving the team book followed.
    void dropBook();
    // Says why `path` did not open.
    void showOpenFailure(const QString& path, const store::BookError& error);
    void showBookError(const QString& title, const QString& message);
    void showAbout();
    void showShortcuts();
    void offerRestart();

    std::unique_ptr<store::BookDocument> m_document;
    QUndoGroup* m_undo; // Edit's Undo and Redo act on the open book's stack
    QListWidget* m_navigation;
    QStackedWidget* m_areas;
    QStackedWidget* m_central; // the welcome page, or the navigation and areas
    WelcomePage* m_welcome;
    AccountsView* m_accounts;
    RetentionView* m_retention;
    PlaybooksView* m_playbooks;
    ImportsView* m_imports;
    TodayView* m_today;
    QuadrantView* m_quadrant;
    ReportView* m_report;
    AccountPage* m_accountPage;
    QStackedWidget* m_accountsStack; // the list, or one account's page
    Area m_returnArea = Area::Accounts;
    QAction* m_importAction;
    QAction* m_reportAction;
    QMenu* m_recentMenu;
    QAction* m_closeAction;
    QLabel* m_readOnly;         // "Read-only" in the status bar while such a book is open
    QLabel* m_changedElsewhere; // when another window or program last changed the open book
    QLabel* m_server;           // which server a team book's copy came from
    // The team book's copy on disk, kept as long as the window shows it.
    std::shared_ptr<store::postgres::ServerSnapshot> m_teamCopy;
    TeamBookSession* m_teamSession = nullptr; // while a team book is followed
    // Raised by every open and close: a background open that finds it moved
    // on leaves its book unshown.
    int m_openGeneration = 0;
};

} // namespace tenure::ui
