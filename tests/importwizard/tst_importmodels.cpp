// The import wizard's item models, checked with QAbstractItemModelTester, and
// the rate and time-left estimate.
#include "common/testmain.h"
#include "import/mappingmodel.h"
#include "import/previewmodel.h"
#include "import/progressestimator.h"
#include "import/rejectionmodel.h"
#include "import/reviewmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace tenure;
using namespace tenure::import;

namespace {

FilePlan unknownPlan()
{
    FilePlan plan;
    plan.headers = {QStringLiteral("Client Ref"), QStringLiteral("Since"),
                    QStringLiteral("Monthly Fee")};
    plan.preview = {{QStringLiteral("C1"), QStringLiteral("2024-01-01"), QStringLiteral("10")},
                    {QStringLiteral("C2"), QStringLiteral("2024-02-01"), QStringLiteral("20"),
                     QStringLiteral("extra")},
                    {QStringLiteral("C1"), QStringLiteral("2024-03-01"), QStringLiteral("10")}};
    plan.kind = Kind::Subscriptions;
    plan.missingFields = missingFields(plan.kind, plan.mapping);
    return plan;
}

} // namespace

class ImportModelsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void previewShowsExtraFieldsAndMappedHeaders();
    void mappingMarksRequiredAndHandsOnChoices();
    void rejectionModelListsEveryField();
    void reviewModelMergesOnlyWhatIsTicked();
    void estimatorMeasuresTheRecentRate();
    void rowsDoneSpreadsRowsOverBytes();
};

void ImportModelsTest::previewShowsExtraFieldsAndMappedHeaders()
{
    PreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FilePlan plan = unknownPlan();
    plan.mapping.set(Field::AccountId, 0);
    model.setPlan(plan);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), 4); // the second row has a field the header does not
    QCOMPARE(model.index(1, 3).data().toString(), QStringLiteral("extra"));
    QCOMPARE(model.index(0, 3).data().toString(), QString());
    QVERIFY(model.headerData(0, Qt::Horizontal).toString().contains(QStringLiteral("Customer id")));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Since"));
    QCOMPARE(model.headerData(0, Qt::Vertical).toInt(), 2); // line 2, after the header
}

void ImportModelsTest::mappingMarksRequiredAndHandsOnChoices()
{
    MappingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPlan(unknownPlan());
    const int account = model.rowOf(Field::AccountId);
    const int plan = model.rowOf(Field::Plan);
    QVERIFY(account >= 0 && plan >= 0);
    QVERIFY(model.index(account, 0).data(MappingModel::RequiredRole).toBool());
    QVERIFY(model.index(account, 0).data(MappingModel::MissingRole).toBool());
    QVERIFY(!model.index(plan, 0).data(MappingModel::RequiredRole).toBool());
    const int amount = model.rowOf(Field::Amount);
    QCOMPARE(model.index(amount, MappingModel::RequiredColumn).data().toString(),
             QStringLiteral("MRR or amount"));

    QSignalSpy chosen(&model, &MappingModel::columnChosen);
    const QModelIndex cell = model.index(account, MappingModel::FileColumn);
    QVERIFY(model.flags(cell) & Qt::ItemIsEditable);
    QVERIFY(!model.setData(cell, 7)); // no such column
    QVERIFY(model.setData(cell, 0));
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.front().at(0).value<Field>(), Field::AccountId);
    QCOMPARE(cell.data().toString(), QStringLiteral("Client Ref"));
    QCOMPARE(model.index(account, MappingModel::SamplesColumn).data().toString(),
             QStringLiteral("C1 · C2")); // distinct values only
}

void ImportModelsTest::rejectionModelListsEveryField()
{
    RejectionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRejections({{QStringLiteral("bad.csv"), 3, 2, QStringLiteral("start_date"),
                          QStringLiteral("2024-02-30"), QStringLiteral("Not a date")},
                         {QStringLiteral("bad.csv"), 5, 0, {}, {}, QStringLiteral("Ragged")}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, RejectionModel::FileColumn).data().toString(),
             QStringLiteral("bad.csv"));
    QCOMPARE(model.index(0, RejectionModel::LineColumn).data().toLongLong(), 3);
    QCOMPARE(model.index(0, RejectionModel::ColumnNumberColumn).data().toInt(), 2);
    QCOMPARE(model.index(0, RejectionModel::ValueColumn).data().toString(),
             QStringLiteral("2024-02-30"));
    QCOMPARE(model.index(1, RejectionModel::ColumnNumberColumn).data().toString(), QString());
    QCOMPARE(model.index(1, RejectionModel::ReasonColumn).data().toString(),
             QStringLiteral("Ragged"));
}

void ImportModelsTest::reviewModelMergesOnlyWhatIsTicked()
{
    ReviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    MatchReview first;
    first.externalId = QStringLiteral("cus_9");
    first.candidateAccountId = 1;
    MatchReview second;
    second.externalId = QStringLiteral("cus_10");
    second.candidateAccountId = 2;
    model.setReviews({first, second});
    QVERIFY(model.confirmedMatches().isEmpty()); // never merged by default
    const QModelIndex tick = model.index(1, ReviewModel::SameColumn);
    QVERIFY(model.flags(tick) & Qt::ItemIsUserCheckable);
    QVERIFY(model.setData(tick, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(model.sameCount(), 1);
    QCOMPARE(model.confirmedMatches().value(QStringLiteral("cus_10")), 2);
    QVERIFY(!model.confirmedMatches().contains(QStringLiteral("cus_9")));
    model.setAllSame(true);
    QCOMPARE(model.confirmedMatches().size(), 2);
    model.setAllSame(false);
    QVERIFY(model.confirmedMatches().isEmpty());
}

void ImportModelsTest::estimatorMeasuresTheRecentRate()
{
    ProgressEstimator estimator(100000);
    estimator.add(0, 0);
    QVERIFY(!estimator.rate());
    estimator.add(100, 200);           // a slow start...
    QVERIFY(!estimator.secondsLeft()); // under half a second measured
    for (int second = 1; second <= 10; ++second)
        estimator.add(100 + second * 5000, 200 + second * 1000); // ...then 5,000 a second
    QVERIFY(estimator.rate());
    QCOMPARE(qRound(*estimator.rate()), 5000); // the start has left the window
    QCOMPARE(*estimator.secondsLeft(), (100000 - 50100 + 4999) / 5000);
    QCOMPARE(shortDuration(42), QStringLiteral("42 s"));
    QCOMPARE(shortDuration(150), QStringLiteral("3 min"));
    QCOMPARE(shortDuration(3 * 3600 + 5 * 60), QStringLiteral("3 h 5 min"));
}

void ImportModelsTest::rowsDoneSpreadsRowsOverBytes()
{
    const std::vector<std::int64_t> rows{1000, 500};
    QCOMPARE(rowsDone(rows, {0, 50, 100, {}}), 500);
    QCOMPARE(rowsDone(rows, {1, 20, 100, {}}), 1100);
    QCOMPARE(rowsDone(rows, {1, 100, 100, {}}), 1500);
}

TENURE_TEST_MAIN(ImportModelsTest)
#include "tst_importmodels.moc"
