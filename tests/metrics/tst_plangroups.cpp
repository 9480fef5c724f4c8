#include "common/countingprogress.h"
#include "common/tempbook.h"
#include "common/testmain.h"
#include "import/importer.h"
#include "metrics/historyloader.h"
#include "metrics/survivalstrata.h"
#include "store/book.h"

#include <numeric>

using namespace tenure;

// A book imported from a subscriptions export alone has no plan on its
// accounts: grouping by plan takes each account's latest subscription's plan
// (the one it is on, or the one it left), not "(none)" for everyone.
class PlanGroupsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plansComeFromTheLatestSubscription();
};

void PlanGroupsTest::plansComeFromTheLatestSubscription()
{
    test::TempFolder folder;
    auto book = store::Book::create(folder.path(QStringLiteral("book.tenure")));
    const QString file = folder.write(QStringLiteral("subscriptions.csv"),
                                      "account_id,plan,start_date,end_date,mrr\n"
                                      "A1,Monthly,2023-01-01,2023-07-01,10.00\n"
                                      "A2,Monthly,2023-01-01,,10.00\n"
                                      "A3,Annual,2023-01-01,2024-01-01,100.00\n"
                                      "A4,Annual,2023-01-01,,100.00\n"
                                      "A5,Two year,2023-01-01,,200.00\n"
                                      "A6,Monthly,2023-01-01,2023-06-01,10.00\n"
                                      "A6,Annual,2023-06-01,,100.00\n"
                                      "A7,,2023-01-01,,10.00\n");
    test::CountingProgress progress;
    QVERIFY(import::importFiles(*book, {file}, {}, progress).committed);
    QCOMPARE(book->connection().queryInt("SELECT count(*) FROM accounts WHERE plan IS NOT NULL"),
             0);

    const metrics::MrrHistory history =
        metrics::loadMrrHistory(book->connection(), QDate(2024, 6, 30));
    QStringList plans;
    for (const metrics::AccountInfo& account : history.accounts())
        plans.append(account.plan);
    QCOMPARE(plans, (QStringList{QStringLiteral("Monthly"), QStringLiteral("Monthly"),
                                 QStringLiteral("Annual"), QStringLiteral("Annual"),
                                 QStringLiteral("Two year"), QStringLiteral("Annual"), QString()}));

    std::vector<int> accounts(static_cast<std::size_t>(history.accountCount()));
    std::iota(accounts.begin(), accounts.end(), 0);
    const auto strata =
        metrics::survivalByStratum(history, accounts, metrics::Stratification::Plan);
    QStringList names;
    std::vector<int> observations;
    for (const metrics::SurvivalStratum& stratum : strata) {
        names.append(stratum.name);
        observations.push_back(stratum.curve.observations());
    }
    QCOMPARE(names, (QStringList{QStringLiteral("(none)"), QStringLiteral("Annual"),
                                 QStringLiteral("Monthly"), QStringLiteral("Two year")}));
    QCOMPARE(observations, (std::vector<int>{1, 3, 2, 1}));
    // Annual: A3 churned after 12 months of 3 at risk; Monthly: A1 after 6 of 2.
    QCOMPARE(strata[1].curve.survivalAt(12.0), 2.0 / 3.0);
    QCOMPARE(strata[2].curve.survivalAt(6.0), 0.5);
}

TENURE_TEST_MAIN(PlanGroupsTest)
#include "tst_plangroups.moc"
