// The Today page in the window: it is the page a book opens on, it fills from
// a worker, follows the chosen owner, remembers the review, and every line
// opens its account. With TENURE_SCREENSHOT_DIR set it saves today.png there.
#include "common/tempbook.h"
#include "common/testmain.h"
#include "demo/demogenerator.h"
#include "forecast/forecasttext.h"
#include "mainwindow/mainwindow.h"
#include "store/book.h"
#include "today/todayview.h"

#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace tenure;

namespace {
const QDate kToday(2026, 11, 22);
}

class TodayViewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_folder.path(QStringLiteral("demo.tenure"));
        demo::DemoOptions options;
        options.accounts = 600;
        options.today = kToday;
        demo::generateDemoBook(m_path, options, nullptr);
    }

    void opensOnTodayAndFills()
    {
        ui::MainWindow window;
        window.resize(1400, 900);
        QVERIFY(window.openBook(m_path));
        QCOMPARE(window.currentArea(), ui::MainWindow::Area::Today);
        ui::TodayView* view = window.todayView();
        QSignalSpy refreshed(view, &ui::TodayView::refreshed);
        view->setOwner({});
        view->setToday(kToday);
        QTRY_VERIFY(!view->isBusy());
        QVERIFY(refreshed.count() >= 1);
        const auto& brief = view->brief();
        QCOMPARE(brief.today, kToday);
        QVERIFY(brief.accountsAtRisk > 0);
        QCOMPARE(view->atRiskList()->topLevelItemCount(),
                 std::min<int>(50, static_cast<int>(brief.atRisk.size())));
        QCOMPARE(view->atRiskList()->topLevelItem(0)->text(0), brief.atRisk.front().name);
        // Next quarter's forecast, as the engine says it.
        QVERIFY(brief.nextQuarter && brief.nextQuarter->isAvailable());
        QCOMPARE(view->findChild<QLabel*>(QStringLiteral("nextQuarterForecast"))->text(),
                 QStringLiteral("Next quarter: ") +
                     forecast::forecastSentence(*brief.nextQuarter, QLocale()));
        const QString dir = qEnvironmentVariable("TENURE_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("today.png"))));

        QSignalSpy opened(view, &ui::TodayView::accountActivated);
        Q_EMIT view->atRiskList()->itemActivated(view->atRiskList()->topLevelItem(0), 0);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.front().front().toLongLong(), brief.atRisk.front().id);
        window.showArea(ui::MainWindow::Area::Today); // the account opened over it

        const std::int64_t everyoneArr = brief.arrMinor;
        const std::int64_t everyoneForecastArr = brief.nextQuarter->arrMinor;
        const QString owner = QStringLiteral("Chloe Martin");
        view->setOwner(owner);
        QTRY_VERIFY(!view->isBusy() && view->brief().arrMinor != everyoneArr);
        QVERIFY(view->brief().arrMinor < everyoneArr);
        QCOMPARE(view->brief().nextQuarter->scope.owner, owner);
        QVERIFY(view->brief().nextQuarter->arrMinor < everyoneForecastArr);

        view->markReviewed();
        QTRY_VERIFY(!view->isBusy() && view->brief().lastReview == kToday);
        auto book = store::Book::open(m_path, store::Book::Access::ReadOnly);
        QCOMPARE(today::lastReviewOf(book->connection(), owner), kToday);
    }

private:
    test::TempFolder m_folder;
    QString m_path;
};

TENURE_TEST_MAIN(TodayViewTest)
#include "tst_todayview.moc"
