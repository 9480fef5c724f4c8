// File > Open Team Book: the book on a real server, built from CSV files
// (tests/common/historybook.cpp) and uploaded, is read into a private copy
// that the window shows, naming the server; the window's changes are made on
// the server and can be undone, and a stale one is refused naming who changed
// the entry; a server that cannot be reached is said so; a stopped read
// leaves nothing behind; the dialog's URI reaches the server and nothing
// secret is remembered.
#include "accountlist/accountsview.h"
#include "common/bookchange.h"
#include "common/countingprogress.h"
#include "common/historybook.h"
#include "common/messageanswerer.h"
#include "common/screenshot.h"
#include "common/tempbook.h"
#include "common/testmain.h"
#include "importwizard/importwizard.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/recentbooks.h"
#include "playbooks/undocommands.h"
#include "store/book.h"
#include "store/bookdocument.h"
#include "store/bookerror.h"
#include "store/person.h"
#include "store/postgres/bookcopy.h"
#include "store/postgres/pgconnection.h"
#include "store/postgres/serversnapshot.h"
#include "store/postgres/teamroles.h"
#include "store/sqlite.h"
#include "teambook/teambookdialog.h"
#include "teambook/teambookfollower.h"
#include "testdatabase.h"
#include "today/todayview.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUrlQuery>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace tenure;
using tenure::test::TestDatabase;
using tenure::ui::MainWindow;

// What the status bar says about the team book's server.
QString serverStatus(const MainWindow& window)
{
    for (auto* label : window.statusBar()->findChildren<QLabel*>()) {
        if (label->isVisible() && label->text().startsWith(QStringLiteral("Team book:")))
            return label->text();
    }
    return {};
}

// Shows `window` and opens the team book at `uri` in it; whether its first
// copy came (`read` is then empty again).
bool openTeamBookIn(MainWindow& window, QSignalSpy& read, const QString& uri)
{
    window.resize(1200, 800);
    window.show();
    window.openTeamBook(uri);
    return read.wait(30000) && read.takeFirst().at(0).toBool() && read.isEmpty();
}

class TestTeamBookWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TenureTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_teambookwindow"));
        QVERIFY2(m_database.valid(), qPrintable(m_database.why()));
        m_book = test::history::build();
        QVERIFY(m_book.outcome.committed);
        const auto copied =
            store::postgres::copyFileToServer(m_book.book->path(), m_database.uri());
        QVERIFY(copied.rows > 100);
        // The same book as a team's (tenure team init), which records its changes.
        QVERIFY2(m_team.valid(), qPrintable(m_team.why()));
        store::postgres::initTeam(m_team.uri());
        store::postgres::copyFileToServer(m_book.book->path(), m_team.uri());
        m_accounts =
            m_book.book->connection().queryInt("SELECT count(*) FROM accounts").value_or(0);
        QVERIFY(m_accounts > 10);
    }

    void opensACopyNamingTheServer()
    {
        MainWindow window;
        QSignalSpy read(&window, &MainWindow::teamBookRead);
        QVERIFY(openTeamBookIn(window, read, m_database.uri()));
        QVERIFY(window.document() != nullptr);
        QVERIFY(!window.document()->isReadOnly());
        const QString copy = window.document()->path();
        QVERIFY(QFileInfo::exists(copy));
        QVERIFY2(window.windowTitle().contains(m_database.name()),
                 qPrintable(window.windowTitle()));
        QVERIFY(window.windowTitle().contains(QStringLiteral("team book")));
        // On a Unix socket the server offers no TLS, and the window says so.
        const QString serverLabel = serverStatus(window);
        QVERIFY2(serverLabel.contains(m_database.name()), qPrintable(serverLabel));
        QVERIFY(serverLabel.contains(QStringLiteral("not encrypted, read at")));
        QVERIFY(!ui::RecentBooks::list().contains(copy)); // a private copy is no recent file

        window.showArea(MainWindow::Area::Accounts);
        auto* accounts = window.accountsView();
        QTRY_VERIFY_WITH_TIMEOUT(!accounts->isLoading() && accounts->totalAccounts() > 0, 20000);
        QCOMPARE(accounts->totalAccounts(), static_cast<int>(m_accounts));
        QVERIFY(test::saveScreenshot(window, QStringLiteral("team-book")));

        // Marking the morning review is made on the server, and read back.
        window.showArea(MainWindow::Area::Today);
        QPushButton* reviewed = nullptr;
        for (auto* button : window.todayView()->findChildren<QPushButton*>()) {
            if (button->text().contains(QStringLiteral("Reviewed")))
                reviewed = button;
        }
        QVERIFY(reviewed);
        store::postgres::Connection server(m_database.uri());
        const auto reviews = [&] {
            return server.queryInt("SELECT count(*) FROM owner_reviews");
        };
        QCOMPARE(reviews(), std::optional<std::int64_t>(0));
        reviewed->click();
        QCOMPARE(reviews(), std::optional<std::int64_t>(1));
        QVERIFY(!read.wait(1000)); // the copy has it already: not read again

        // The import wizard opens on the copy (its job writes through the server).
        window.openImportWizard({});
        auto* wizard = window.findChild<ui::ImportWizard*>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QCOMPARE(wizard->session().bookPath(), copy);
        wizard->reject();

        window.closeBook();
        QVERIFY(!QFileInfo::exists(copy)); // the copy goes with the book
        QVERIFY(!read.wait(500));          // and the server is no longer followed
    }

    // A colleague's commit on the server reaches the open window, which reads
    // the book again and shows it where the reader was; the time is printed.
    void aColleaguesChangeReachesTheWindow()
    {
        MainWindow window;
        QSignalSpy read(&window, &MainWindow::teamBookRead);
        QVERIFY(openTeamBookIn(window, read, m_database.uri()));
        window.showArea(MainWindow::Area::Playbooks);
        const auto actionsIn = [](MainWindow& shown) {
            return shown.document()
                ->connection()
                .queryInt("SELECT count(*) FROM actions")
                .value_or(-1);
        };
        const std::int64_t before = actionsIn(window);
        store::BookDocument* shown = window.document();
        const QString copy = shown->path();

        store::postgres::Connection colleague(m_database.uri());
        QElapsedTimer sinceCommit;
        colleague.exec("INSERT INTO actions(account_id, kind, occurred_on, summary) "
                       "SELECT min(id), 'call', '2026-12-07', 'Called about the renewal' "
                       "FROM accounts");
        sinceCommit.start();
        QVERIFY(read.wait(30000));
        qInfo("a colleague's commit shown after %lld ms",
              static_cast<long long>(sinceCommit.elapsed()));
        QCOMPARE(read.takeFirst().at(0).toBool(), false);
        QCOMPARE(actionsIn(window), before + 1);
        QCOMPARE(window.currentArea(), MainWindow::Area::Playbooks);
        // Read into the copy shown, in place.
        QCOMPARE(window.document(), shown);
        QCOMPARE(shown->path(), copy);
    }

    // The window's change is made on the server, and not read back (the copy
    // has it). A colleague's change is read into the same copy, so that the
    // window's change can still be undone; the undoing is made on the server
    // too.
    void theWindowsChangeReachesTheServerAndIsUndone()
    {
        MainWindow window;
        QSignalSpy read(&window, &MainWindow::teamBookRead);
        QVERIFY(openTeamBookIn(window, read, m_database.uri()));
        store::BookDocument* document = window.document();
        playbooks::Action action;
        action.accountId = document->connection().queryInt("SELECT min(id) FROM accounts").value();
        action.occurredOn = QDate(2026, 12, 7);
        action.kind = playbooks::WorkKind::Call;
        action.summary = QStringLiteral("Walked through the renewal quote");
        auto* command = new playbooks::AddActionCommand(*document, action);
        QVERIFY(ui::pushBookChange(&window, *document, command));
        const QString id = QString::number(command->actionId());

        store::postgres::Connection server(m_database.uri());
        const auto summary = [&] {
            return server.queryText("SELECT summary FROM actions WHERE id = $1", {id});
        };
        QCOMPARE(summary(), std::optional(action.summary));
        QVERIFY(!read.wait(1000));

        server.exec("INSERT INTO actions(account_id, kind, occurred_on, summary) "
                    "SELECT max(id), 'note', '2026-12-07', 'Champion left' FROM accounts");
        QVERIFY(read.wait(30000));
        QCOMPARE(window.document(), document);
        QCOMPARE(document->connection().queryInt(
                     "SELECT count(*) FROM actions WHERE summary = 'Champion left'"),
                 std::optional<std::int64_t>(1));
        QCOMPARE(document->undoStack().count(), 1);
        document->undoStack().undo();
        QCOMPARE(summary(), std::nullopt);
        QCOMPARE(
            document->connection().queryInt(
                QStringLiteral("SELECT count(*) FROM actions WHERE id = %1").arg(id).toStdString()),
            std::optional<std::int64_t>(0));
    }

    // Two windows on the book: the second's edit of an action the first
    // changed meanwhile is refused, saying who changed it, and the server
    // keeps the first's.
    void aStaleEditIsRefusedNamingWhoChangedIt()
    {
        store::postgres::Connection server(m_database.uri());
        const QString id = QString::number(
            server
                .queryInt("INSERT INTO actions(account_id, kind, occurred_on, summary) "
                          "SELECT min(id), 'email', '2026-12-07', 'Sent the renewal deck' "
                          "FROM accounts RETURNING id")
                .value());
        MainWindow first;
        QSignalSpy firstRead(&first, &MainWindow::teamBookRead);
        QVERIFY(openTeamBookIn(first, firstRead, m_database.uri()));
        MainWindow second;
        QSignalSpy secondRead(&second, &MainWindow::teamBookRead);
        QVERIFY(openTeamBookIn(second, secondRead, m_database.uri()));
        const auto seen = playbooks::loadAction(second.document()->connection(), id.toLongLong());
        QVERIFY(seen);

        store::setCurrentPerson(QStringLiteral("Mo Reyes"));
        auto changed = *seen;
        changed.outcome = QStringLiteral("Opened twice");
        QVERIFY(ui::pushBookChange(
            &first, *first.document(),
            new playbooks::EditActionCommand(*first.document(), *seen, changed)));
        QVERIFY(secondRead.wait(30000));

        store::setCurrentPerson(QStringLiteral("Dana Whitfield"));
        auto stale = *seen;
        stale.outcome = QStringLiteral("No answer");
        test::MessageAnswerer answerer;
        QVERIFY(!ui::pushBookChange(
            &second, *second.document(),
            new playbooks::EditActionCommand(*second.document(), *seen, stale)));
        QTRY_COMPARE(answerer.shown.size(), 1);
        QVERIFY2(answerer.shown.first().contains(QStringLiteral("by Mo Reyes")),
                 qPrintable(answerer.shown.first()));
        QCOMPARE(server.queryText("SELECT outcome FROM actions WHERE id = $1", {id}),
                 std::optional(QStringLiteral("Opened twice")));
        store::setCurrentPerson({});
    }

    // A team book nobody changed since it was last read opens from the copy
    // kept then, without reading it again; once someone changes a table,
    // that table alone is read again, into the copy shown.
    void anUnchangedTeamBookOpensFromItsKeptCopy()
    {
        const QString uri = m_team.uri();
        const QString kept = store::postgres::ServerSnapshot::keptPath(uri);
        const auto keptFile = [&] {
            struct stat status
            {
            };
            return ::stat(QFile::encodeName(kept).constData(), &status) == 0
                       ? static_cast<std::int64_t>(status.st_ino)
                       : std::int64_t{-1};
        };
        {
            MainWindow window;
            QSignalSpy read(&window, &MainWindow::teamBookRead);
            QVERIFY(openTeamBookIn(window, read, uri));
        }
        const std::int64_t first = keptFile();
        QVERIFY(first >= 0);

        MainWindow window;
        QSignalSpy read(&window, &MainWindow::teamBookRead);
        QVERIFY(openTeamBookIn(window, read, uri));
        QCOMPARE(keptFile(), first);
        QCOMPARE(window.document()->connection().queryInt("SELECT count(*) FROM accounts"),
                 std::optional<std::int64_t>(m_accounts));

        store::postgres::Connection colleague(uri);
        colleague.exec("UPDATE accounts SET segment = 'Enterprise' WHERE id = (SELECT min(id) FROM "
                       "accounts)");
        QVERIFY(read.wait(30000));
        QCOMPARE(keptFile(), first); // not the whole book: that would be kept
        QCOMPARE(window.document()->connection().queryInt(
                     "SELECT count(*) FROM accounts WHERE segment = 'Enterprise'"),
                 std::optional<std::int64_t>(1));
    }

    // The server ends the window's listening connection: the status bar says
    // the server cannot be reached and the copy stays shown; the window
    // listens again by itself and reads the book again.
    void aLostServerIsSaidSoAndFoundAgain()
    {
        MainWindow window;
        QSignalSpy read(&window, &MainWindow::teamBookRead);
        QVERIFY(openTeamBookIn(window, read, m_database.uri()));
        const QString copy = window.document()->path();

        store::postgres::Connection admin(m_database.uri());
        admin.exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                   "WHERE datname = current_database() AND pid <> pg_backend_pid()");
        QTRY_VERIFY_WITH_TIMEOUT(serverStatus(window).contains(QStringLiteral("cannot be reached")),
                                 10000);
        QCOMPARE(window.document()->path(), copy); // what was read stays shown
        QVERIFY(test::saveScreenshot(window, QStringLiteral("team-book-unreachable")));
        QVERIFY(read.wait(ui::TeamBookFollower::kRetryMs + 20000));
        QVERIFY(!serverStatus(window).contains(QStringLiteral("cannot be reached")));
    }

    // The last copy read is kept; a window that cannot reach the server
    // shows it, says so, and reads the book afresh once it can.
    void theKeptCopyShowsWhileTheServerCannotBeReached()
    {
        const QString reader = m_database.name() + QStringLiteral("_reader");
        store::postgres::Connection admin(m_database.uri());
        admin.exec(QStringLiteral("CREATE ROLE %1 LOGIN; GRANT SELECT ON ALL TABLES IN SCHEMA "
                                  "public TO %1")
                       .arg(reader)
                       .toStdString());
        const QString uri = m_database.uriAs(reader);
        {
            MainWindow window;
            QSignalSpy read(&window, &MainWindow::teamBookRead);
            QVERIFY(openTeamBookIn(window, read, uri));
        }
        const QString kept = store::postgres::ServerSnapshot::keptPath(uri);
        QVERIFY2(QFileInfo::exists(kept), qPrintable(kept));
        QCOMPARE(QFileInfo(kept).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());

        admin.exec(QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(reader).toStdString());
        MainWindow window;
        QSignalSpy read(&window, &MainWindow::teamBookRead);
        QVERIFY(openTeamBookIn(window, read, uri));
        QVERIFY2(serverStatus(window).contains(QStringLiteral("cannot be reached")),
                 qPrintable(serverStatus(window)));
        {
            // A change cannot reach the server: refused, saying so, and the copy stays.
            store::BookDocument& document = *window.document();
            playbooks::Action action;
            action.accountId =
                document.connection().queryInt("SELECT min(id) FROM accounts").value();
            action.occurredOn = QDate(2026, 12, 7);
            action.summary = QStringLiteral("Left a voicemail");
            const auto actions = [&] {
                return document.connection().queryInt("SELECT count(*) FROM actions");
            };
            const auto before = actions();
            test::MessageAnswerer answerer;
            QVERIFY(!ui::pushBookChange(&window, document,
                                        new playbooks::AddActionCommand(document, action)));
            QTRY_COMPARE(answerer.shown.size(), 1);
            QVERIFY2(answerer.shown.first().contains(QStringLiteral("cannot be reached")),
                     qPrintable(answerer.shown.first()));
            QCOMPARE(actions(), before);
        }
        window.showArea(MainWindow::Area::Accounts);
        auto* accounts = window.accountsView();
        QTRY_VERIFY_WITH_TIMEOUT(!accounts->isLoading() && accounts->totalAccounts() > 0, 20000);
        QCOMPARE(accounts->totalAccounts(), static_cast<int>(m_accounts));

        admin.exec(QStringLiteral("ALTER ROLE %1 LOGIN").arg(reader).toStdString());
        QVERIFY(read.wait(ui::TeamBookFollower::kRetryMs + 20000));
        QCOMPARE(read.takeFirst().at(0).toBool(), false);
        QVERIFY(!serverStatus(window).contains(QStringLiteral("cannot be reached")));
        QCOMPARE(window.currentArea(), MainWindow::Area::Accounts);
    }

    void anUnreachableServerIsSaidSo()
    {
        MainWindow window;
        window.show();
        test::MessageAnswerer answerer;
        const QString nowhere = QDir::temp().filePath(QStringLiteral("tenure-no-server"));
        window.openTeamBook(QStringLiteral("postgresql:///team?host=%1").arg(nowhere));
        QTRY_COMPARE_WITH_TIMEOUT(answerer.shown.size(), 1, 30000);
        QVERIFY2(answerer.shown.first().contains(QStringLiteral("tenure-no-server")) ||
                     answerer.shown.first().contains(QStringLiteral("server")),
                 qPrintable(answerer.shown.first()));
        QVERIFY(window.document() == nullptr);
    }

    // A server that takes connections but never answers: the follower,
    // ended while it waits for it (the book closed, another opened), goes at
    // once instead of after the connection's timeout.
    void aFollowerEndsWithoutWaitingForASilentServer()
    {
        // Listens on a loopback port, never accepting: the system completes
        // the connection, and nothing ever answers on it.
        const int silent = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(silent >= 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        QVERIFY(::bind(silent, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
        QVERIFY(::listen(silent, 4) == 0);
        QVERIFY(::getsockname(silent, reinterpret_cast<sockaddr*>(&address), &length) == 0);
        const QString uri = QStringLiteral("postgresql://nobody@127.0.0.1:%1/team?sslmode=disable")
                                .arg(ntohs(address.sin_port));
        QElapsedTimer ending;
        {
            ui::TeamBookFollower follower(uri, std::make_shared<std::atomic<int>>(0));
            QSignalSpy unreachable(&follower, &ui::TeamBookFollower::unreachable);
            QVERIFY(!unreachable.wait(500)); // still connecting
            ending.start();
        }
        const qint64 waited = ending.elapsed();
        ::close(silent);
        qInfo("a follower connecting to a silent server ended in %lld ms",
              static_cast<long long>(waited));
        // The connection's timeout is 10 s; ending checks every 0.1 s.
        QVERIFY2(waited < 3000, qPrintable(QString::number(waited)));
    }

    void aStoppedReadLeavesNothing()
    {
        test::TempFolder folder;
        const QString path = folder.path(QStringLiteral("stopped.tenure"));
        test::CountingProgress stopAtOnce(0);
        QVERIFY_THROWS_EXCEPTION(
            Cancelled, store::postgres::copyServerToFile(m_database.uri(), path, &stopAtOnce));
        QVERIFY(!QFileInfo::exists(path));
        test::CountingProgress counting;
        const auto summary = store::postgres::copyServerToFile(m_database.uri(), path, &counting);
        QVERIFY(counting.reports >= summary.tables); // every table is heard of
        QVERIFY(!summary.encrypted);
        QCOMPARE(summary.server.section(u' ', 0, 0), m_database.name());
    }

    // The dialog's fields make a URI that reaches the server; what was
    // entered is remembered for next time, and there is no password in it.
    void theDialogsUriReachesTheServerAndNoSecretIsKept()
    {
        const QUrlQuery query(QUrl(m_database.uri()));
        {
            ui::TeamBookDialog dialog;
            dialog.hostEdit()->setText(query.queryItemValue(QStringLiteral("host")));
            dialog.portEdit()->setValue(5432);
            dialog.databaseEdit()->setText(m_database.name());
            dialog.userEdit()->setText(query.queryItemValue(QStringLiteral("user")));
            dialog.encryptionChoice()->setCurrentIndex(0); // when the server offers it
            const QString uri = dialog.uri();
            QVERIFY2(uri.startsWith(QStringLiteral("postgresql://")), qPrintable(uri));
            QVERIFY(uri.contains(QStringLiteral("%2F"))); // the socket folder, encoded
            QVERIFY(uri.endsWith(QStringLiteral("?sslmode=prefer")));
            test::TempFolder folder;
            const auto summary = store::postgres::copyServerToFile(
                uri, folder.path(QStringLiteral("through-the-dialog.tenure")));
            QVERIFY(summary.rows > 100);
            dialog.remember();
        }
        ui::TeamBookDialog again;
        QCOMPARE(again.databaseEdit()->text(), m_database.name());
        QCOMPARE(again.hostEdit()->text(), query.queryItemValue(QStringLiteral("host")));
        QCOMPARE(again.encryptionChoice()->currentData().toString(), QStringLiteral("prefer"));
        QSettings settings;
        for (const QString& key : settings.allKeys())
            QVERIFY2(!key.contains(QStringLiteral("password"), Qt::CaseInsensitive),
                     qPrintable(key));
    }

private:
    TestDatabase m_database;
    TestDatabase m_team;
    test::CsvBook m_book;
    std::int64_t m_accounts = 0;
};

TENURE_TEST_MAIN(TestTeamBookWindow)
#include "tst_teambookwindow.moc"
