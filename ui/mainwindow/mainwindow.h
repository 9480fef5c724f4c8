#pragma once

#include <QMainWindow>

#include <memory>

class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoStack;

namespace tenure::store {
class Book;
}

namespace tenure::ui {

class AccountsView;
class ImportsView;
class PlaybooksView;
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
    // The import wizard over the open book, with `files` already chosen.
    void openImportWizard(const QStringList& files);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createMenus();
    void createAreas();
    void forgetBook();
    void reloadBook();
    void updateRecentMenu();
    void newBookDialog();
    void openBookDialog();
    void showBookError(const QString& title, const QString& message);
    void showAbout();

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
    QAction* m_importAction;
    QMenu* m_recentMenu;
    QAction* m_closeAction;
};

} // namespace tenure::ui
