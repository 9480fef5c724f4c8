#include "mainwindow.h"

#include "accountlist/accountsview.h"
#include "accountlist/mergeaccountdialog.h"
#include "accountpage/accountdetail.h"
#include "accountpage/accountpage.h"
#include "common/bookchange.h"
#include "importhistory/importsview.h"
#include "importwizard/importwizard.h"
#include "playbooks/bulkplaydialog.h"
#include "playbooks/people.h"
#include "playbooks/playbooksview.h"
#include "preferences/preferencesdialog.h"
#include "quadrant/quadrantview.h"
#include "recentbooks.h"
#include "report/reportview.h"
#include "retention/retentionview.h"
#include "shortcutsdialog.h"
#include "store/bookdocument.h"
#include "store/bookerror.h"
#include "store/postgres/serversnapshot.h" // declarations only: built without the team book too
#include "teambook/teambooksession.h"
#ifdef TENURE_POSTGRES
#include "store/postgres/serverwriter.h"
#include "teambook/teambookdialog.h"
#endif
#include "today/todayview.h"
#include "welcomepage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProcess>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTime>
#include <QUndoGroup>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace tenure::ui {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kAreaKey = QStringLiteral("mainWindow/area");

QString bookFilter()
{
    return QMainWindow::tr("Tenure books (*.tenure);;All files (*)");
}

// Whether Tenure may write to the book at `path`: to the file, and to its
// folder, where SQLite keeps the write-ahead log and shared memory beside it.
// Neither holds on a read-only file system. A file that is not there is left
// for opening to name.
bool mayWriteBookAt(const QString& path)
{
    const QFileInfo file(path);
    return !file.exists() || (file.isWritable() && QFileInfo(file.absolutePath()).isWritable());
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_undo(new QUndoGroup(this))
{
    setWindowTitle(tr("Tenure"));
    setMinimumSize(960, 600);
    setAcceptDrops(true);
    createAreas();
    createMenus();
    m_readOnly = new QLabel(tr("Read-only"), this);
    statusBar()->addPermanentWidget(m_readOnly);
    // Stays until the book is closed: a message would give way to the next one
    // (the list's count) before anyone read it.
    m_changedElsewhere = new QLabel(this);
    m_changedElsewhere->setToolTip(tr("The book was changed in another window or program; the "
                                      "views show it as it is now."));
    statusBar()->addPermanentWidget(m_changedElsewhere);
    m_server = new QLabel(this);
    statusBar()->addPermanentWidget(m_server);
    closeBook();

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1400, 880);
    restoreState(settings.value(kStateKey).toByteArray());
    m_navigation->setCurrentRow(settings.value(kAreaKey, static_cast<int>(Area::Accounts)).toInt());
}

// The document goes before the areas; they hold only a guarded pointer to it.
MainWindow::~MainWindow() = default;

QUndoStack* MainWindow::undoStack() const
{
    return m_document ? &m_document->undoStack() : nullptr;
}

void MainWindow::createAreas()
{
    m_navigation = new QListWidget(this);
    m_navigation->setAccessibleName(tr("Areas"));
    m_navigation->setFixedWidth(190);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget { padding-top: 8px; }"
                                               "QListWidget::item { padding: 7px 12px; }"));
    m_areas = new QStackedWidget(this);
    m_accounts = new AccountsView(this);
    m_retention = new RetentionView(this);
    m_playbooks = new PlaybooksView(this);
    m_imports = new ImportsView(this);
    m_today = new TodayView(this);
    m_quadrant = new QuadrantView(this);
    m_report = new ReportView(this);
    m_accountPage = new AccountPage(this);
    m_accountsStack = new QStackedWidget(this);
    m_accountsStack->addWidget(m_accounts);
    m_accountsStack->addWidget(m_accountPage);

    // In Area's order.
    const std::pair<QString, QWidget*> areas[] = {
        {tr("Today"), m_today},         {tr("Accounts"), m_accountsStack},
        {tr("Retention"), m_retention}, {tr("Two-by-two"), m_quadrant},
        {tr("Playbooks"), m_playbooks}, {tr("Reports"), m_report},
        {tr("Imports"), m_imports},
    };
    for (const auto& [name, page] : areas) {
        m_navigation->addItem(name);
        m_areas->addWidget(page);
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_areas,
            &QStackedWidget::setCurrentIndex);

    auto* workspace = new QWidget(this);
    auto* layout = new QHBoxLayout(workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_areas, 1);

    m_welcome = new WelcomePage(this);
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newBookDialog);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openBookDialog);
    connect(m_welcome, &WelcomePage::recentChosen, this, &MainWindow::openBook);

    m_central = new QStackedWidget(this);
    m_central->addWidget(m_welcome);
    m_central->addWidget(workspace);
    setCentralWidget(m_central);

    connect(m_accounts, &AccountsView::loaded, this,
            [this](int count) { statusBar()->showMessage(tr("%n account(s)", "", count)); });
    connect(m_accounts, &AccountsView::accountActivated, this,
            [this](qint64 id) { openAccount(id); });
    connect(m_accounts, &AccountsView::playRequested, this, &MainWindow::runPlay);
    connect(m_accounts, &AccountsView::mergeRequested, this,
            [this](qint64 id, const QString& name) {
                if (!m_document || refuseIfReadOnly(this, *m_document))
                    return;
                auto* dialog = new MergeAccountDialog(*m_document, id, name, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
            });
    connect(m_today, &TodayView::accountActivated, this, &MainWindow::openAccount);
    connect(m_retention, &RetentionView::accountActivated, this, &MainWindow::openAccount);
    connect(m_quadrant, &QuadrantView::accountActivated, this, &MainWindow::openAccount);
    connect(m_playbooks, &PlaybooksView::accountActivated, this, &MainWindow::openAccount);
    connect(m_accountPage, &AccountPage::backRequested, this, &MainWindow::closeAccount);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Book…"), QKeySequence::New, this, &MainWindow::newBookDialog);
    file->addAction(tr("&Open Book…"), QKeySequence::Open, this, &MainWindow::openBookDialog);
#ifdef TENURE_POSTGRES
    file->addAction(tr("Open &Team Book…"), this, &MainWindow::openTeamBookDialog);
#endif
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_importAction = file->addAction(tr("&Import…"), QKeySequence(Qt::CTRL | Qt::Key_I), this,
                                     [this] { openImportWizard({}); });
    m_reportAction = file->addAction(tr("Quarterly &Report…"), QKeySequence::Print, this,
                                     [this] { showArea(Area::Reports); });
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    m_closeAction =
        file->addAction(tr("&Close Book"), QKeySequence::Close, this, &MainWindow::closeBook);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* preferences =
        edit->addAction(tr("&Preferences…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), this,
                        [this] { showPreferences(); });
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int row = 0; row < m_navigation->count(); ++row) {
        view->addAction(m_navigation->item(row)->text(), QKeySequence(Qt::CTRL | (Qt::Key_1 + row)),
                        this, [this, row] { showArea(static_cast<Area>(row)); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), QKeySequence::HelpContents, this,
                    &MainWindow::showShortcuts);
    help->addAction(tr("&About Tenure"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showPreferences(PreferencesDialog::Tab tab)
{
    const bool writable = m_document && !m_document->isReadOnly();
    const QStringList owners =
        m_document ? playbooks::loadOwners(m_document->connection()) : QStringList();
    PreferencesDialog dialog(m_document ? &m_document->connection() : nullptr, writable, owners,
                             this);
    dialog.showTab(tab);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.bookChanged() && m_document) {
        statusBar()->showMessage(tr("The book's settings changed: every figure was recomputed."),
                                 8000);
        m_document->notify({store::BookChange::Preferences, {}});
    }
    if (dialog.languageChanged())
        offerRestart();
}

// A language applies from the start: widgets are built in it.
void MainWindow::offerRestart()
{
    const auto answer = QMessageBox::question(
        this, tr("Language"),
        tr("Tenure uses the new language from its next start. Restart Tenure now?"));
    if (answer != QMessageBox::Yes)
        return;
    const QStringList arguments = m_document ? QStringList{m_document->path()} : QStringList();
    if (QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments))
        close();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentBooks::list();
    for (const QString& path : recent) {
        QAction* action = m_recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openBook(path); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent books"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("Clear List"), this, [this] {
        RecentBooks::clear();
        m_welcome->refreshRecent();
    });
    clear->setEnabled(!recent.isEmpty());
}

namespace {

// A book opened on a worker, or why it was not.
struct OpenedBook
{
    std::unique_ptr<store::Book> book;
    std::optional<store::BookError> error;
};

// A book in a place Tenure may not write to is read without anything written.
std::unique_ptr<store::Book> openForTheWindow(const QString& path)
{
    return store::Book::open(path, mayWriteBookAt(path) ? store::Book::Access::ReadWrite
                                                        : store::Book::Access::ReadOnly);
}

} // namespace

bool MainWindow::openBook(const QString& path)
{
    ++m_openGeneration;
    std::unique_ptr<store::Book> book;
    try {
        book = openForTheWindow(path);
    } catch (const store::BookError& error) {
        showOpenFailure(path, error);
        return false;
    }
    showBook(path, std::move(book));
    return true;
}

void MainWindow::openBookInBackground(const QString& path)
{
    const int generation = ++m_openGeneration;
    statusBar()->showMessage(
        tr("Opening %1…").arg(QDir::toNativeSeparators(QFileInfo(path).fileName())));
    auto* watcher = new QFutureWatcher<OpenedBook>(this);
    connect(watcher, &QFutureWatcher<OpenedBook>::finished, this,
            [this, watcher, path, generation] {
                watcher->deleteLater();
                OpenedBook opened = watcher->future().takeResult();
                if (generation != m_openGeneration) {
                    Q_EMIT backgroundOpenFinished(false); // another was opened or closed meanwhile
                    return;
                }
                statusBar()->clearMessage();
                if (opened.error)
                    showOpenFailure(path, *opened.error);
                else
                    showBook(path, std::move(opened.book));
                Q_EMIT backgroundOpenFinished(!opened.error);
            });
    watcher->setFuture(QtConcurrent::run([path] {
        OpenedBook opened;
        try {
            opened.book = openForTheWindow(path);
        } catch (const store::BookError& error) {
            opened.error = error;
        }
        return opened;
    }));
}

void MainWindow::showOpenFailure(const QString& path, const store::BookError& error)
{
    if (error.kind() == store::BookError::Kind::NotFound)
        RecentBooks::remove(path);
    m_welcome->refreshRecent();
    showBookError(tr("Cannot open the book"), error.message());
}

void MainWindow::showBook(const QString& path, std::unique_ptr<store::Book> book,
                          std::shared_ptr<store::postgres::ServerSnapshot> team)
{
    if (!team)
        stopFollowingTeamBook();
    dropBook();
    m_teamCopy = std::move(team);
    m_document = std::make_unique<store::BookDocument>(std::move(book));
    m_undo->addStack(&m_document->undoStack());
    m_undo->setActiveStack(&m_document->undoStack());
    showWriteFailures(this, *m_document);
    connect(m_document.get(), &store::BookDocument::changedElsewhere, this, [this] {
        const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
        m_changedElsewhere->setText(tr("Changed elsewhere at %1").arg(time));
        m_changedElsewhere->show();
    });
    const bool readOnly = m_document->isReadOnly();
    if (m_teamCopy) {
        setWindowTitle(tr("%1 (team book) — Tenure").arg(m_teamCopy->summary().server));
        setWindowFilePath({});
        m_server->show();
    } else {
        RecentBooks::add(path);
        m_welcome->refreshRecent();
        const QString name = QFileInfo(path).completeBaseName();
        setWindowTitle(readOnly ? tr("%1 (read-only) — Tenure").arg(name)
                                : tr("%1 — Tenure").arg(name));
        setWindowFilePath(path);
    }
    m_closeAction->setEnabled(true);
    m_central->setCurrentIndex(1);
    m_importAction->setEnabled(true);
    m_reportAction->setEnabled(true);
    m_accountsStack->setCurrentWidget(m_accounts);
    showArea(Area::Today); // the morning review is the page a book opens on
    // After the area is chosen: the others read the book when first shown.
    handAreasTheBook(m_document.get());
    m_readOnly->setVisible(readOnly);
    m_readOnly->setToolTip(tr("Tenure may not write to this book's file or folder: you can read "
                              "it, and changes are refused."));
    if (readOnly) {
        statusBar()->showMessage(tr("The book is read-only: Tenure may not write to %1 or its "
                                    "folder. You can read it; changes are refused.")
                                     .arg(QDir::toNativeSeparators(path)));
    }
    const QString backup = m_document->book().upgradeBackupPath();
    if (!backup.isEmpty()) {
        statusBar()->showMessage(tr("The book was upgraded; the copy from before is %1")
                                     .arg(QDir::toNativeSeparators(backup)));
    }
}

void MainWindow::openTeamBookDialog()
{
#ifdef TENURE_POSTGRES
    TeamBookDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.remember();
    openTeamBook(dialog.uri());
#endif
}

void MainWindow::openTeamBook([[maybe_unused]] const QString& uri)
{
#ifdef TENURE_POSTGRES
    stopFollowingTeamBook();
    m_teamSession = new TeamBookSession(uri, this);
    connect(m_teamSession, &TeamBookSession::failed, this, [this](const QString& why) {
        stopFollowingTeamBook();
        showBookError(tr("Cannot open the team book"), why);
    });
    connect(m_teamSession, &TeamBookSession::statusChanged, this,
            [this](const QString& text, const QString& tooltip) {
                m_server->setText(text);
                m_server->setToolTip(tooltip);
            });
    connect(m_teamSession, &TeamBookSession::copyRead, this, [this](auto copy) {
        try {
            auto book = store::Book::open(copy->path(), store::Book::Access::ReadWrite);
            book->connection().forwardCommitsTo(m_teamSession->writer());
            showBook(copy->path(), std::move(book), copy);
        } catch (const store::BookError& error) {
            showBookError(tr("Cannot open the team book"), error.message());
            return;
        }
        Q_EMIT teamBookRead(true);
    });
    connect(m_teamSession, &TeamBookSession::copyRefreshed, this, [this] {
        if (!m_document)
            return;
        m_document->notify({store::BookChange::Everything, {}});
        Q_EMIT teamBookRead(false);
    });
#endif
}

void MainWindow::stopFollowingTeamBook()
{
    if (m_teamSession)
        m_teamSession->deleteLater(); // it may be the one that is telling
    m_teamSession = nullptr;
}

void MainWindow::reopenLastBook()
{
    const QStringList recent = RecentBooks::list();
    if (!recent.isEmpty() && QFileInfo::exists(recent.first()))
        openBookInBackground(recent.first());
}

void MainWindow::handAreasTheBook(store::BookDocument* document)
{
    m_today->setDocument(document);
    m_accounts->setDocument(document);
    m_accountPage->setDocument(document);
    m_retention->setDocument(document);
    m_quadrant->setDocument(document);
    m_playbooks->setDocument(document);
    m_report->setDocument(document);
    m_imports->setDocument(document);
}

void MainWindow::closeBook()
{
    stopFollowingTeamBook();
    dropBook();
}

void MainWindow::dropBook()
{
    ++m_openGeneration;
    handAreasTheBook(nullptr);
    m_document.reset(); // its undo stack leaves the group as it goes
    m_teamCopy.reset(); // after the document: its connection is closed first
    m_server->hide();
    m_importAction->setEnabled(false);
    m_reportAction->setEnabled(false);
    m_readOnly->hide();
    m_changedElsewhere->hide();
    setWindowTitle(tr("Tenure"));
    setWindowFilePath({});
    m_closeAction->setEnabled(false);
    m_central->setCurrentIndex(0);
    statusBar()->clearMessage();
}

void MainWindow::openImportWizard(const QStringList& files)
{
    if (!m_document || refuseIfReadOnly(this, *m_document))
        return;
    if (m_teamCopy && !m_teamSession)
        return; // a team book's copy no longer followed: there is no server to write to
    auto* wizard = new ImportWizard(m_document->path(), files, this);
#ifdef TENURE_POSTGRES
    if (m_teamCopy) {
        // The wizard writes the copy on a connection of its own, with a
        // writer of its own to the server.
        wizard->forwardCommits([uri = m_teamSession->uri()] {
            return std::make_shared<store::postgres::ServerWriter>(uri);
        });
    }
#endif
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // The wizard writes on a connection of its own; the document tells the areas.
    connect(wizard, &ImportWizard::imported, m_document.get(), [document = m_document.get()] {
        using Change = store::BookChange;
        document->notify({Change::Accounts | Change::Periods | Change::Signals | Change::Actions |
                              Change::Preferences | Change::Imports,
                          {}});
    });
    wizard->open();
}

void MainWindow::openAccount(qint64 accountId)
{
    if (!m_document)
        return;
    if (!isAccountPageShown())
        m_returnArea = currentArea();
    const QString from = m_returnArea == Area::Accounts
                             ? tr("Accounts")
                             : m_navigation->item(static_cast<int>(m_returnArea))->text();
    m_accountPage->setBackTo(from);
    // Plays started on the page are the user's: the owner Today is shown for.
    m_accountPage->setOwner(m_today->owner());
    m_accountsStack->setCurrentWidget(m_accountPage);
    showArea(Area::Accounts);
    m_accountPage->showAccount(accountId);
}

bool MainWindow::isAccountPageShown() const
{
    return m_accountsStack->currentWidget() == m_accountPage;
}

void MainWindow::closeAccount()
{
    m_accountsStack->setCurrentWidget(m_accounts);
    showArea(m_returnArea);
}

// A one-to-many play over accounts chosen in the list, as the Today owner.
void MainWindow::runPlay(const QList<qint64>& accounts)
{
    if (!m_document || accounts.isEmpty() || refuseIfReadOnly(this, *m_document))
        return;
    auto* dialog =
        new BulkPlayDialog(*m_document, std::vector<std::int64_t>(accounts.begin(), accounts.end()),
                           m_today->owner(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// Local files dropped on the window: a book opens, anything else is imported.
void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() &&
        std::all_of(urls.begin(), urls.end(), [](const QUrl& url) { return url.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls())
        files.append(url.toLocalFile());
    event->acceptProposedAction();
    if (files.size() == 1 && files.front().endsWith(QStringLiteral(".tenure")))
        openBook(files.front());
    else if (m_document)
        openImportWizard(files);
    else
        showBookError(tr("Nothing to import into"),
                      tr("Open or create a book first, then drop the files again."));
}

QString MainWindow::bookPath() const
{
    return m_document ? m_document->path() : QString();
}

void MainWindow::showArea(Area area)
{
    m_navigation->setCurrentRow(static_cast<int>(area));
}

MainWindow::Area MainWindow::currentArea() const
{
    return static_cast<Area>(m_navigation->currentRow());
}

void MainWindow::newBookDialog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Book"), {}, bookFilter(), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".tenure");
    try {
        store::Book::create(path).reset();
    } catch (const store::BookError& error) {
        showBookError(tr("Cannot create the book"), error.message());
        return;
    }
    openBook(path);
}

void MainWindow::openBookDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Book"), {}, bookFilter());
    if (!path.isEmpty())
        openBook(path);
}

void MainWindow::showBookError(const QString& title, const QString& message)
{
    QMessageBox::critical(this, title, message);
}

void MainWindow::showShortcuts()
{
    using Shortcut = ShortcutsDialog::Shortcut;
    const std::vector<Shortcut> inAreas = {
        {tr("Filter the accounts by name"), QKeySequence::Find},
        {tr("Open the selected account"), QKeySequence(Qt::Key_Return)},
        {tr("Back from an account's page"), QKeySequence::Back},
        {tr("The menu of the accounts list's rows"), QKeySequence(Qt::SHIFT | Qt::Key_F10)},
    };
    auto* dialog = new ShortcutsDialog(menuBar(), inAreas, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Tenure"),
                       tr("<h3>Tenure %1</h3><p>A customer-success workbench: who is at risk and "
                          "why, what renews soon, and retention you can trace to each account.</p>"
                          "<p>Free software under the GNU General Public License, version 3 or "
                          "later.</p>")
                           .arg(QStringLiteral(TENURE_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kAreaKey, m_navigation->currentRow());
    event->accept();
}

} // namespace tenure::ui
