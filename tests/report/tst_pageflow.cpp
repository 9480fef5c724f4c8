// The paginator's rule: a block is never split across pages.
#include "common/testmain.h"
#include "report/pageflow.h"

#include <QRandomGenerator>

using tenure::ui::PageFlow;

class TestPageFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aRowThatDoesNotFitStartsTheNextPage()
    {
        PageFlow flow(100);
        QCOMPARE(flow.place(60), 0.0);
        QCOMPARE(flow.place(30), 60.0);
        QCOMPARE(flow.page(), 0);
        QCOMPARE(flow.place(20), 0.0); // 90 + 20 > 100: not split, moved
        QCOMPARE(flow.page(), 1);
        QCOMPARE(flow.y(), 20.0);
    }

    void aRowThatFitsExactlyStays()
    {
        PageFlow flow(100);
        flow.place(40);
        QCOMPARE(flow.place(60), 40.0);
        QCOMPARE(flow.page(), 0);
    }

    void noRowEverStraddlesAPageBoundary()
    {
        QRandomGenerator random(42);
        PageFlow flow(277);
        int lastPage = 0;
        for (int row = 0; row < 5000; ++row) {
            const double height = 3 + random.bounded(40.0);
            if (row % 97 == 0)
                flow.skip(5);
            const double top = flow.place(height);
            QVERIFY(flow.page() >= lastPage);
            lastPage = flow.page();
            QVERIFY2(top >= 0 && top + height <= flow.pageHeight(),
                     qPrintable(QStringLiteral("row %1 at %2 + %3").arg(row).arg(top).arg(height)));
        }
        QVERIFY(lastPage > 100);
    }

    void spaceIsDroppedAtTheTopOfAPage()
    {
        PageFlow flow(100);
        flow.skip(10);
        QCOMPARE(flow.y(), 0.0);
        flow.place(95);
        flow.skip(10);
        QCOMPARE(flow.y(), 100.0);
        QCOMPARE(flow.place(5), 0.0);
        QCOMPARE(flow.page(), 1);
    }

    void aBlockTallerThanAPageGetsAPageOfItsOwn()
    {
        PageFlow flow(100);
        flow.place(10);
        QCOMPARE(flow.place(150), 0.0);
        QCOMPARE(flow.page(), 1);
        QCOMPARE(flow.place(1), 0.0);
        QCOMPARE(flow.page(), 2);
    }
};

TENURE_TEST_MAIN(TestPageFlow)
#include "tst_pageflow.moc"
