// The account page: it loads on a worker and shows the hand-made account's
// facts; clicking a reason selects the section with its evidence; the health
// breakdown says when weights were redistributed. With TENURE_SCREENSHOT_DIR
// set it saves PNGs of an at-risk and a healthy demo account at 1400×900.
#include "accountlist/listhealth.h"
#include "accountpage/accountdetail.h"
#include "accountpage/accountheader.h"
#include "accountpage/accountpage.h"
#include "accountpage/celltablemodel.h"
#include "accountpage/decompositionview.h"
#include "accountpage/reasonspanel.h"
#include "common/screenshot.h"
#include "common/tempbook.h"
#include "common/testmain.h"
#include "demo/demogenerator.h"
#include "handmadebook.h"
#include "playbooks/accountworkpanel.h"
#include "store/book.h"
#include "store/bookdocument.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace tenure;
using tenure::ui::AccountPage;
using tenure::ui::AccountSection;

namespace {

void waitLoaded(AccountPage& page)
{
    QTRY_VERIFY_WITH_TIMEOUT(!page.isLoading() && page.detail(), 30000);
}

void saveScreenshot(AccountPage& page, const QString& name)
{
    QTest::qWait(50); // lets the layout settle, as it would on screen, before the picture
    QVERIFY(test::saveScreenshot(page, name));
}

// Clicks the reasons table's row whose reason comes from `source`.
bool clickReason(AccountPage& page, health::EvidenceSource source)
{
    auto* view = page.findChild<ui::ReasonsPanel*>()->view();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 2);
        if (index.data(account::CellTableModel::KeyRole).toInt() != static_cast<int>(source))
            continue;
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        return true;
    }
    return false;
}

} // namespace

class TestAccountPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTheAccount()
    {
        test::TempFolder folder;
        const QString path = folder.path(QStringLiteral("a.tenure"));
        test::createHandMadeBook(path);
        store::BookDocument document(store::Book::open(path));
        AccountPage page;
        page.setDocument(&document);
        page.resize(1400, 900);
        page.show();
        page.setAsOf(test::kHandMadeAsOf);
        QSignalSpy loaded(&page, &AccountPage::loaded);
        page.showAccount(1);
        waitLoaded(page);
        QCOMPARE(loaded.count(), 1);
        const auto* header = page.findChild<ui::AccountHeader*>();
        QCOMPARE(header->fact(QStringLiteral("ARR")), QStringLiteral("$2,400"));
        QCOMPARE(header->fact(QStringLiteral("Owner")), QStringLiteral("Dana"));
        QCOMPARE(header->fact(QStringLiteral("Quadrant")), QStringLiteral("Rescue"));
        // 43.63, from 94% of the weight (no CSAT answer)
        QVERIFY(header->fact(QStringLiteral("Health")).startsWith(QStringLiteral("44 (94%")));
        QVERIFY(header->fact(QStringLiteral("Renewal")).contains(QStringLiteral("in 45 days")));
        const auto* breakdown = page.findChild<ui::DecompositionView*>();
        QVERIFY(breakdown->formula().startsWith(QStringLiteral("Health 44 = outcome 38 × 50%")));
        QVERIFY(!breakdown->redistributionNote().isEmpty()); // no CSAT
        // A hand-made book of a few months has no past quarter ends to learn from.
        QVERIFY(page.findChild<ui::ReasonsPanel*>()->lossChance().startsWith(
            QStringLiteral("No calibrated chance of loss: ")));
        saveScreenshot(page, QStringLiteral("account-handmade"));
    }

    void reasonsLeadToTheirEvidence()
    {
        test::TempFolder folder;
        const QString path = folder.path(QStringLiteral("a.tenure"));
        test::createHandMadeBook(path);
        store::BookDocument document(store::Book::open(path));
        AccountPage page;
        page.setDocument(&document);
        page.resize(1400, 900);
        page.show();
        page.setAsOf(test::kHandMadeAsOf);
        page.showAccount(1);
        waitLoaded(page);
        QCOMPARE(page.currentSection(), AccountSection::Health);
        QVERIFY(clickReason(page, health::EvidenceSource::Surveys));
        QCOMPARE(page.currentSection(), AccountSection::Surveys);
        QVERIFY(clickReason(page, health::EvidenceSource::Events));
        QCOMPARE(page.currentSection(), AccountSection::Timeline);
    }

    void everySourceHasASection_data()
    {
        QTest::addColumn<health::EvidenceSource>("source");
        QTest::addColumn<AccountSection>("section");
        using S = health::EvidenceSource;
        QTest::newRow("usage") << S::Usage << AccountSection::Usage;
        QTest::newRow("contacts") << S::Contacts << AccountSection::Contacts;
        QTest::newRow("tickets") << S::Tickets << AccountSection::Tickets;
        QTest::newRow("surveys") << S::Surveys << AccountSection::Surveys;
        QTest::newRow("requests") << S::Requests << AccountSection::Timeline;
        QTest::newRow("goals") << S::Goals << AccountSection::Goals;
        QTest::newRow("events") << S::Events << AccountSection::Timeline;
        QTest::newRow("actions") << S::Actions << AccountSection::Work;
        QTest::newRow("billing") << S::Billing << AccountSection::Billing;
        QTest::newRow("account") << S::Account << AccountSection::Health;
    }

    void everySourceHasASection()
    {
        QFETCH(health::EvidenceSource, source);
        QFETCH(AccountSection, section);
        QCOMPARE(ui::sectionFor(source), section);
    }

    void suggestsPlaysForItsReasonsAndStartsThem()
    {
        test::TempFolder folder;
        const QString path = folder.path(QStringLiteral("a.tenure"));
        test::createHandMadeBook(path);
        store::BookDocument document(store::Book::open(path));
        QUndoStack& undo = document.undoStack();
        AccountPage page;
        page.setDocument(&document);
        page.resize(1400, 900);
        page.show();
        page.setAsOf(test::kHandMadeAsOf);
        page.setOwner(QStringLiteral("Dana"));
        page.showAccount(1);
        waitLoaded(page);
        QVERIFY(!page.detail()->reasons.empty());
        QCOMPARE(page.detail()->moment.firedReasons.front(), page.detail()->reasons.front().code);

        ui::AccountWorkPanel* work = page.workPanel();
        QVERIFY(work->isEnabled());
        const auto suggested = work->suggestions();
        QVERIFY(!suggested.empty());
        auto* plays = page.findChild<ui::ReasonsPanel*>()->findChild<QLabel*>(
            QStringLiteral("suggestedPlays"));
        QVERIFY(plays);
        QVERIFY2(plays->text().contains(suggested.front().why), qPrintable(plays->text()));

        auto* open = page.findChild<ui::ReasonsPanel*>()->findChild<QPushButton*>();
        open->click();
        QCOMPARE(page.currentSection(), AccountSection::Work);
        saveScreenshot(page, QStringLiteral("account-plays"));

        // Started, the play is running: no longer suggested, and the summary follows.
        work->startSuggestion(0);
        QCOMPARE(undo.count(), 1);
        QCOMPARE(work->suggestions().size(), suggested.size() - 1);
        QVERIFY(!plays->text().contains(suggested.front().why));
        undo.undo();
        QCOMPARE(work->suggestions().size(), suggested.size());
        QVERIFY(plays->text().contains(suggested.front().why));

        // An action logged on the page is on its timeline as soon as the page has read the
        // account again, and gone when undone.
        const std::size_t events = page.detail()->timeline.size();
        playbooks::Action call;
        call.accountId = 1;
        call.occurredOn = test::kHandMadeAsOf;
        call.kind = playbooks::WorkKind::Call;
        call.summary = QStringLiteral("Walked the sponsor through the renewal");
        work->logAction(call);
        QTRY_COMPARE_WITH_TIMEOUT(page.detail()->timeline.size(), events + 1, 30000);
        QVERIFY(std::any_of(page.detail()->timeline.begin(), page.detail()->timeline.end(),
                            [&call](const auto& entry) {
                                return entry.title.contains(call.summary) ||
                                       entry.detail.contains(call.summary);
                            }));
        undo.undo();
        QTRY_COMPARE_WITH_TIMEOUT(page.detail()->timeline.size(), events, 30000);
    }

    void missingAccountAndClear()
    {
        test::TempFolder folder;
        const QString path = folder.path(QStringLiteral("a.tenure"));
        test::createHandMadeBook(path);
        store::BookDocument document(store::Book::open(path));
        AccountPage page;
        page.setDocument(&document);
        QSignalSpy failed(&page, &AccountPage::loadFailed);
        QSignalSpy back(&page, &AccountPage::backRequested);
        page.showAccount(4242);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("4242")));
        page.findChild<QPushButton*>(QStringLiteral("back"))->click();
        QCOMPARE(back.count(), 1);
        page.clear();
        QVERIFY(!page.detail());
    }

    void demoAccounts()
    {
        test::TempFolder folder;
        const QString path = folder.path(QStringLiteral("demo.tenure"));
        const QDate today(2026, 11, 22);
        demo::generateDemoBook(path, {400, 3, 36, today});
        std::int64_t atRisk = 0, healthy = 0;
        {
            auto book = store::Book::open(path);
            auto health = accounts::loadHealthColumns(book->connection(), today);
            double lowest = 101, highest = -1;
            for (const auto& [id, cells] : health) {
                if (cells.health && *cells.health < lowest)
                    lowest = *cells.health, atRisk = id;
                if (cells.health && cells.quadrant == health::Quadrant::Thriving &&
                    *cells.health > highest)
                    highest = *cells.health, healthy = id;
            }
        }
        store::BookDocument document(store::Book::open(path, store::Book::Access::ReadOnly));
        AccountPage page;
        page.setDocument(&document);
        page.resize(1400, 900);
        page.show();
        page.setAsOf(today);
        for (auto [id, name] :
             {std::pair{atRisk, "account-at-risk"}, std::pair{healthy, "account-healthy"}}) {
            page.showAccount(id);
            QTRY_VERIFY_WITH_TIMEOUT(
                !page.isLoading() && page.detail() && page.detail()->facts.id == id, 30000);
            QVERIFY(page.detail()->paying);
            // Three years of demo history: a calibrated chance (health's own tests check it).
            QVERIFY2(page.findChild<ui::ReasonsPanel*>()->lossChance().startsWith(
                         QStringLiteral("Accounts scored like this one churned or contracted")),
                     qPrintable(page.findChild<ui::ReasonsPanel*>()->lossChance()));
            saveScreenshot(page, QString::fromLatin1(name));
            page.showSection(AccountSection::Usage);
            saveScreenshot(page, QString::fromLatin1(name) + QStringLiteral("-usage"));
            page.showSection(AccountSection::Timeline);
            saveScreenshot(page, QString::fromLatin1(name) + QStringLiteral("-timeline"));
            page.showSection(AccountSection::Health);
        }
        QVERIFY(!page.detail()->reasons.empty() || page.detail()->facts.id == healthy);
    }
};

TENURE_TEST_MAIN(TestAccountPage)
#include "tst_accountpage.moc"
