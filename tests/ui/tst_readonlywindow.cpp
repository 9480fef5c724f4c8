// The window opens a book in a place Tenure may not write to (a read-only
// folder, a read-only file) for reading: it shows the book, says plainly that
// it is read-only, and refuses an import and a logged action with a message,
// while the book's bytes and time stay and no journal, log or shared-memory
// file appears beside it. Tests run as root, who may write anywhere, so the
// window works as nobody while the book is open.
#include "accountlist/accountsview.h"
#include "accountpage/accountdetail.h"
#include "accountpage/accountpage.h"
#include "common/bookchange.h"
#include "common/messageanswerer.h"
#include "common/tempbook.h"
#include "common/testmain.h"
#include "demo/demogenerator.h"
#include "importwizard/importwizard.h"
#include "mainwindow/mainwindow.h"
#include "playbooks/actiondialog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>

#include <memory>
#include <unistd.h>

using tenure::ui::MainWindow;

namespace {

constexpr uid_t kNobody = 65534;
constexpr int kAccounts = 20;

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

// While it lives, the process is nobody (real and effective ids, so that
// access() answers for nobody too); root is kept as the saved id to come back.
class AsNobody
{
public:
    AsNobody()
        : m_wasRoot(::geteuid() == 0)
    {
        if (!m_wasRoot)
            return;
        m_dropped = ::setresgid(kNobody, kNobody, 0) == 0 && ::setresuid(kNobody, kNobody, 0) == 0;
    }
    ~AsNobody()
    {
        if (m_wasRoot) {
            if (::setresuid(0, 0, 0) != 0 || ::setresgid(0, 0, 0) != 0)
                qFatal("could not become root again");
        }
    }
    AsNobody(const AsNobody&) = delete;
    AsNobody& operator=(const AsNobody&) = delete;
    bool ok() const { return !m_wasRoot || m_dropped; }

private:
    bool m_wasRoot;
    bool m_dropped = false;
};

} // namespace

class ReadOnlyWindowTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TenureTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_read_only_window"));
    }

    void opensABookInAReadOnlyPlaceForReading()
    {
        tenure::test::TempFolder folder;
        const QString place = folder.path(QStringLiteral("shelf"));
        QVERIFY(QDir().mkpath(place));
        const QString book = QDir(place).filePath(QStringLiteral("kept.tenure"));
        tenure::demo::DemoOptions options;
        options.accounts = kAccounts;
        options.today = QDate(2026, 3, 31);
        tenure::demo::generateDemoBook(book, options);
        QCOMPARE(filesIn(place), QStringList{QStringLiteral("kept.tenure")});
        const QByteArray bytes = tenure::test::readAll(book);
        const QDateTime modified = QFileInfo(book).lastModified();
        const auto readAndPass = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                 QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                 QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                 QFileDevice::ExeOther;
        QVERIFY(QFile::setPermissions(folder.path({}), readAndPass));
        // 0444 on the book, 0555 on its folder.
        QVERIFY(QFile::setPermissions(book, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                                QFileDevice::ReadOther));
        QVERIFY(QFile::setPermissions(place, readAndPass & ~QFileDevice::WriteOwner));

        tenure::test::MessageAnswerer answerer; // every message box the window shows
        QStringList& shown = answerer.shown;
        {
            AsNobody nobody;
            QVERIFY(nobody.ok());
            auto window = std::make_unique<MainWindow>();
            window->show();
            QVERIFY2(window->openBook(book), qPrintable(shown.join(u'\n')));
            QCOMPARE(window->bookPath(), book);
            QCOMPARE(window->windowTitle(), QStringLiteral("kept (read-only) — Tenure"));
            auto* label = window->statusBar()->findChild<QLabel*>();
            QVERIFY(label && label->isVisible());
            QCOMPARE(label->text(), QStringLiteral("Read-only"));
            QVERIFY2(window->statusBar()->currentMessage().contains(QLatin1String("read-only")),
                     qPrintable(window->statusBar()->currentMessage()));

            // The book is shown.
            window->showArea(MainWindow::Area::Accounts);
            auto* accounts = window->accountsView();
            QTRY_VERIFY_WITH_TIMEOUT(!accounts->isLoading() && accounts->totalAccounts() > 0,
                                     30000);
            QCOMPARE(accounts->totalAccounts(), kAccounts);

            // An import is refused with a message.
            window->openImportWizard({});
            QTRY_COMPARE(shown, QStringList{tenure::ui::readOnlyBookMessage()});
            QVERIFY(!window->findChild<tenure::ui::ImportWizard*>());

            // So is logging an action on an account's page.
            window->openAccount(1);
            auto* page = window->accountPage();
            QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->detail(), 30000);
            QPushButton* log = nullptr;
            for (auto* button : page->findChildren<QPushButton*>()) {
                if (button->text() == QStringLiteral("&Log Action…"))
                    log = button;
            }
            QVERIFY(log);
            log->click();
            QTRY_COMPARE(shown.size(), 2);
            QCOMPARE(shown.last(), tenure::ui::readOnlyBookMessage());
            QVERIFY(!window->findChild<tenure::ui::ActionDialog*>());

            window->closeBook();
            window.reset();
        }

        QCOMPARE(tenure::test::readAll(book), bytes);
        QCOMPARE(QFileInfo(book).lastModified(), modified);
        QCOMPARE(filesIn(place), QStringList{QStringLiteral("kept.tenure")});
        QFile::setPermissions(place, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                         QFileDevice::ExeOwner);
    }
};

TENURE_TEST_MAIN(ReadOnlyWindowTest)
#include "tst_readonlywindow.moc"
