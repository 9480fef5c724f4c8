// The import wizard's headless half: item models (checked with
// QAbstractItemModelTester), the rate and time-left estimate, and the session
// that inspects files on a worker, remembers mappings and builds the options.
#include "common/testmain.h"
#include "import/importjob.h"
#include "import/importsession.h"
#include "import/mappingmodel.h"
#include "import/previewmodel.h"
#include "import/progressestimator.h"
#include "import/rejectionmodel.h"
#include "import/reviewmodel.h"
#include "wizardtesthelpers.h"

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
    void sessionRemembersAMappingForTheSameHeaders();
    void sessionReadsEachFileWithItsOwnChoices();
    void chosenDateOrderSettlesAMixedColumn();
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

void ImportModelsTest::sessionRemembersAMappingForTheSameHeaders()
{
    test::TempFolder folder;
    const QString bookPath = folder.path(QStringLiteral("book.tenure"));
    store::Book::create(bookPath);
    const QString file =
        folder.write(QStringLiteral("crm.csv"), "Client Ref,Since,Monthly Fee\nC1,2024-01-01,10\n");
    {
        ImportSession session(bookPath);
        session.addFiles({file, file}); // listed once
        QCOMPARE(session.fileCount(), 1);
        QTRY_VERIFY(!session.isInspecting());
        QVERIFY(!session.isReady());
        QVERIFY(session.blocker(0).contains(QStringLiteral("Customer id")));
        session.setColumn(0, Field::AccountId, 0);
        session.setColumn(0, Field::StartDate, 1);
        session.setColumn(0, Field::Mrr, 2);
        QTRY_VERIFY(!session.isInspecting());
        QVERIFY2(session.isReady(), qPrintable(session.blocker(0)));
        QCOMPARE(session.mappingsToRemember().size(), 1u);

        ImportJob job;
        QSignalSpy finished(&job, &ImportJob::finished);
        job.start(bookPath, session.paths(), session.options(), session.mappingsToRemember());
        QVERIFY(finished.wait(10000));
        QVERIFY2(job.result().outcome.committed, qPrintable(job.result().error));
    }
    // The same columns in another order: the mapping is offered at once.
    const QString again = folder.write(QStringLiteral("crm2.csv"),
                                       "monthly fee,client ref,since\n30,C9,2024-05-01\n");
    ImportSession session(bookPath);
    session.addFiles({again});
    QTRY_VERIFY(!session.isInspecting());
    QVERIFY(session.file(0).plan.mappingRemembered);
    QCOMPARE(session.file(0).plan.mapping.column(Field::AccountId), 1);
    QVERIFY2(session.isReady(), qPrintable(session.blocker(0)));
    QVERIFY(session.mappingsToRemember().empty()); // nothing new to remember
}

void ImportModelsTest::sessionReadsEachFileWithItsOwnChoices()
{
    test::TempFolder folder;
    const QString comma = folder.write(QStringLiteral("a.csv"), "account_id,start_date,mrr\n"
                                                                "A1,2024-01-01,10\n");
    const QString semicolon = folder.write(QStringLiteral("b.csv"), "A2;2024-01-01;20\n"
                                                                    "A3;2024-02-01;30\n");
    ImportSession session(folder.path(QStringLiteral("none.tenure")));
    session.addFiles({comma, semicolon});
    QTRY_VERIFY(!session.isInspecting());
    QCOMPARE(session.file(1).detected.dialect.delimiter, ';');
    QVERIFY(!session.file(1).plan.dialect.hasHeader);
    session.setDelimiter(0, '|');
    QTRY_VERIFY(!session.isInspecting());
    QCOMPARE(session.file(0).plan.headers.size(), 1);          // one column now
    QCOMPARE(session.file(0).detected.dialect.delimiter, ','); // still what detection found
    const ImportOptions options = session.options();
    QCOMPARE(options.readingFor.value(session.paths().at(0)).delimiter, '|');
    QVERIFY(!options.readingFor.value(session.paths().at(1)).delimiter);
    session.removeFile(0);
    QCOMPARE(session.paths(), QStringList{QFileInfo(semicolon).absoluteFilePath()});

    session.addFiles({folder.path(QStringLiteral("gone.csv"))});
    QTRY_VERIFY(!session.isInspecting());
    QVERIFY(!session.file(1).error.isEmpty()); // said, not thrown
    QCOMPARE(session.blocker(1), session.file(1).error);
    QVERIFY(!session.isReady());

    session.addFiles({folder.write(QStringLiteral("export.xlsx"), "PK\x03\x04\x14\x00\x06\x00")});
    QTRY_VERIFY(!session.isInspecting());
    QVERIFY2(session.file(2).error.contains(QStringLiteral("Save it as CSV")),
             qPrintable(session.file(2).error));
}

void ImportModelsTest::chosenDateOrderSettlesAMixedColumn()
{
    test::TempFolder folder;
    const QString file = folder.write(QStringLiteral("mixed.csv"), "account_id,start_date,mrr\n"
                                                                   "A1,31/01/2024,10\n"
                                                                   "A2,01/31/2024,10\n"
                                                                   "A3,03/04/2024,10\n");
    ImportSession session(folder.path(QStringLiteral("none.tenure")));
    session.addFiles({file});
    QTRY_VERIFY(!session.isInspecting());
    QCOMPARE(session.file(0).plan.conflictingDateColumns,
             QStringList{QStringLiteral("start_date")});
    QVERIFY(!session.isReady());
    session.setDateOrder(0, DateOrder::DayFirst);
    QTRY_VERIFY(!session.isInspecting());
    QVERIFY2(session.isReady(), qPrintable(session.blocker(0)));
}

TENURE_TEST_MAIN(ImportModelsTest)
#include "tst_importmodels.moc"
