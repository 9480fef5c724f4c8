// The Retention view's numbers on a generated demo book: the MRR bridge for
// every month and every segment, owner and plan; the overview equal to the
// engine's; the item models checked by QAbstractItemModelTester.
#include "common/tempbook.h"
#include "common/testmain.h"
#include "demo/demogenerator.h"
#include "metrics/cohorttablemodel.h"
#include "metrics/drilldownmodel.h"
#include "metrics/historyloader.h"
#include "metrics/retentionoverview.h"
#include "store/book.h"

#include <QAbstractItemModelTester>

using namespace tenure::metrics;

class TestRetentionModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        const QString path = m_folder.path(QStringLiteral("demo.tenure"));
        tenure::demo::DemoOptions options;
        options.accounts = 600;
        options.today = QDate(2026, 11, 22);
        tenure::demo::generateDemoBook(path, options);
        auto book = tenure::store::Book::open(path, tenure::store::Book::Access::ReadOnly);
        m_history =
            std::make_shared<const MrrHistory>(loadMrrHistory(book->connection(), options.today));
    }

    void bridgeHoldsForEveryMonthAndFilter()
    {
        std::vector<std::vector<int>> selections{selectAccounts(*m_history)};
        for (AccountField field :
             {AccountField::Segment, AccountField::Owner, AccountField::Plan}) {
            for (auto& [value, members] : partition(*m_history, selections.front(), field))
                selections.push_back(members);
        }
        QVERIFY(selections.size() > 10);
        for (const auto& accounts : selections) {
            const auto months = monthlyMovements(*m_history, accounts, m_history->firstMonth(),
                                                 m_history->lastMonth());
            for (const auto& m : months) {
                QCOMPARE(m.startMrr + m.newMrr + m.reactivationMrr + m.expansionMrr -
                             m.contractionMrr - m.churnMrr,
                         m.endMrr);
            }
            for (const auto& period : periodsBetween(
                     m_history->firstMonth() + 1, m_history->lastMonth(), Granularity::Quarter)) {
                const auto figures = cohortRetention(*m_history, accounts, period);
                if (figures.customersStart == 0)
                    continue;
                QVERIFY(figures.grr() <= 1.0);
                QVERIFY(figures.nrr() >= figures.grr());
            }
        }
    }

    void overviewEqualsTheEngine()
    {
        RetentionQuery query;
        query.filter.segment = QStringLiteral("Low touch");
        const auto overview = computeRetentionOverview(*m_history, query);
        QCOMPARE(overview.accounts, selectAccounts(*m_history, query.filter));
        // The last complete quarter before November 2026 is 2026Q3.
        QCOMPARE(overview.current.period.label, QStringLiteral("2026Q3"));
        QCOMPARE(overview.previous.period.label, QStringLiteral("2026Q2"));
        const auto figures =
            cohortRetention(*m_history, overview.accounts, overview.current.period);
        QCOMPARE(overview.current.nrr, figures.nrr());
        QCOMPARE(overview.current.logoRetention, figures.logoRetention());
        QCOMPARE(overview.movements.size(), std::size_t{24});
        QCOMPARE(overview.movements.back().month, m_history->lastMonth());
    }

    void cohortModel()
    {
        CohortTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto cohorts = cohortTable(*m_history, selectAccounts(*m_history));
        model.setCohorts(cohorts, CohortTableModel::Measure::Revenue);
        QCOMPARE(model.rowCount(), static_cast<int>(cohorts.size()));
        const auto& first = cohorts.front();
        QCOMPARE(model.index(0, 3).data(CohortTableModel::RatioRole).toDouble(),
                 first.revenueRetention(3));
        QVERIFY(!model.index(model.rowCount() - 1, model.columnCount() - 1)
                     .data()
                     .isValid()); // past as-of
        model.setCohorts(cohorts, CohortTableModel::Measure::Logos);
        QCOMPARE(model.index(0, 3).data(CohortTableModel::RatioRole).toDouble(),
                 first.logoRetention(3));
    }

    void drillDownModel()
    {
        const auto month = m_history->lastMonth() - 2;
        std::vector<DrillDownModel::Row> rows;
        for (const auto& movement : accountMovements(*m_history, selectAccounts(*m_history), month))
            rows.push_back(
                {movement.account, movement.before, movement.after, QStringLiteral("moved")});
        QVERIFY(!rows.empty());
        DrillDownModel model(m_history, rows, QStringLiteral("Before"), QStringLiteral("After"));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto movements =
            monthlyMovements(*m_history, selectAccounts(*m_history), month, month).front();
        QCOMPARE(model.totalAfter() - model.totalBefore(), movements.netMovement());
    }

private:
    tenure::test::TempFolder m_folder;
    std::shared_ptr<const MrrHistory> m_history;
};

TENURE_TEST_MAIN(TestRetentionModels)
#include "tst_retentionmodels.moc"
