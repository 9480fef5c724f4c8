#pragma once

#include "preferences/preferencesdialog.h"

#include <QMainWindow>

#include <memory>
#include <set>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoStack;

namespace tenure::store {
class Book;
}

namespace tenure::ui {

class AccountPage;
class AccountsView;
class ImportsView;
class PlaybooksView;
class QuadrantView;
class ReportView;
class RetentionView;
class TodayView;
class WelcomePage;

// The workbench window: a list of areas on the left, the chosen area on the
// right, the File and Help menus. It owns the open book.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Area { Today, Accounts, Retention, TwoByTwo, Playbooks, Reports, Imports };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens `path`; on failure shows why and keeps the book that was open.
    bool openBook(const QString& path);
    void reopenLastBook();
    void closeBook();
    QString bookPath() const;

    void showArea(Area area);
    Area currentArea() const;
    AccountsView* accountsView() const { return m_accounts; }
    RetentionView* retentionView() const { return m_retention; }
    PlaybooksView* playbooksView() const { return m_playbooks; }
    QUndoStack* undoStack() const { return m_undo; }
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
    // Edit > Preferences, on `tab`; refreshes every area when the book's settings changed.
    void showPreferences(PreferencesDialog::Tab tab = PreferencesDialog::Tab::Book);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    void createAreas();
    void forgetBook();
    void reloadBook();
    void closeAccount();
    void areaShown(int row);
    // The areas that read the book only when first shown (scoring every
    // account takes seconds on a large book) and again after it changed.
    void loadIfStale(Area area);
    void runPlay(const QList<qint64>& accounts);
    void updateRecentMenu();
    void newBookDialog();
    void openBookDialog();
    void showBookError(const QString& title, const QString& message);
    void showAbout();
    void showShortcuts();
    void offerRestart();

    std::unique_ptr<store::Book> m_book;
    QListWidget* m_navigation;
    QStackedWidget* m_areas;
    QStackedWidget* m_central; // the welcome page, or the navigation and areas
    WelcomePage* m_welcome;
    AccountsView* m_accounts;
    RetentionView* m_retention;
    PlaybooksView* m_playbooks;
    QUndoStack* m_undo;
    ImportsView* m_imports;
    TodayView* m_today;
    QuadrantView* m_quadrant;
    ReportView* m_report;
    AccountPage* m_accountPage;
    QStackedWidget* m_accountsStack; // the list, or one account's page
    Area m_returnArea = Area::Accounts;
    std::set<Area> m_stale;
    QAction* m_importAction;
    QAction* m_reportAction;
    QMenu* m_recentMenu;
    QAction* m_closeAction;
    QLabel* m_readOnly; // "Read-only" in the status bar while such a book is open
};

} // namespace tenure::ui
