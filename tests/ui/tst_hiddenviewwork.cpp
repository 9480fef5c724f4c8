// A view hidden in its window stops the book-wide work started for it and
// starts it again when shown: the machine works only for what is on screen.
#include "common/backgroundjob.h"
#include "common/bookfollower.h"
#include "common/tempbook.h"
#include "common/testmain.h"
#include "store/book.h"
#include "store/bookdocument.h"

#include <QStackedWidget>
#include <QThread>

#include <atomic>

using namespace tenure;
using namespace tenure::ui;

namespace {

// A page that starts, on each reload, a job that works until it is cancelled.
class BusyPage : public QWidget
{
public:
    explicit BusyPage(QWidget* parent)
        : QWidget(parent)
        , follower(new BookFollower(this, store::BookChange::Everything, [this] { reload(); }))
        , job(new JobRunner(this))
    {
        follower->stopWhenHidden(job);
    }

    void reload()
    {
        ++reloads;
        if (!follower->document())
            return;
        job->start<int>(
            follower->document()->path(),
            [this](JobContext<int>& context) {
                ++running;
                while (!context.isCancelled())
                    QThread::msleep(2);
                --running;
                ++cancelled;
                return 0;
            },
            [](int) {});
    }

    BookFollower* follower;
    JobRunner* job;
    int reloads = 0;
    std::atomic<int> running{0};
    std::atomic<int> cancelled{0};
};

} // namespace

class TestHiddenViewWork : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hiddenPageStopsAndResumesWhenShown()
    {
        const test::TempFolder folder;
        const QString path = folder.path(QStringLiteral("busy.tenure"));
        store::Book::create(path);
        store::BookDocument document(store::Book::open(path));

        QStackedWidget window;
        auto* busy = new BusyPage(&window);
        auto* other = new QWidget(&window);
        window.addWidget(busy);
        window.addWidget(other);
        window.show();
        busy->follower->setDocument(&document);
        QCOMPARE(busy->reloads, 1);
        QTRY_COMPARE(busy->running.load(), 1);

        window.setCurrentWidget(other); // hidden in its window: the work stops
        QTRY_COMPARE(busy->cancelled.load(), 1);
        QCOMPARE(busy->running.load(), 0);
        QVERIFY(!busy->job->isRunning());
        QCOMPARE(busy->reloads, 1);

        window.setCurrentWidget(busy); // shown again: read again
        QCOMPARE(busy->reloads, 2);
        QTRY_COMPARE(busy->running.load(), 1);

        // A window minimised is not a page hidden: the work goes on.
        window.showMinimized();
        QTest::qWait(50);
        QCOMPARE(busy->running.load(), 1);
        busy->job->cancel();
        QTRY_COMPARE(busy->running.load(), 0);
    }
};

TENURE_TEST_MAIN(TestHiddenViewWork)
#include "tst_hiddenviewwork.moc"
