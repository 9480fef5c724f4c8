// What the import wizard does when not everything can go in: rejected rows
// listed with file, line, column and value, nothing written when the user
// cancels, only the valid rows with skip-invalid, and a Cancel during the
// import that rolls everything back.
#include "common/testmain.h"
#include "import/importjob.h"
#include "import/rejectionmodel.h"
#include "importwizard/importpage.h"
#include "importwizard/rejectionsaving.h"
#include "wizarddriver.h"
#include "wizardtesthelpers.h"

#include <QCheckBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTimer>

using namespace tenure;
using namespace tenure::test;

class ImportWizardRejectionsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rejectedRowsAreListedAndChangeNothingWhenCancelled();
    void skippingRejectedRowsImportsTheValidOnes();
    void cancellingTheImportLeavesTheBookUnchanged();

private:
    std::unique_ptr<test::TempFolder> m_folder;
    QString m_book;
};

void ImportWizardRejectionsTest::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_book = m_folder->path(QStringLiteral("book.tenure"));
    store::Book::create(m_book);
}

void ImportWizardRejectionsTest::cleanup()
{
    m_folder.reset();
}

void ImportWizardRejectionsTest::rejectedRowsAreListedAndChangeNothingWhenCancelled()
{
    ImportWizard before(m_book, {test::importFixture("stripe_subscriptions.csv")});
    before.show();
    STEP(runToCheck(before));
    STEP(runImport(before));
    const QString digest = test::bookDigest(m_book);

    const QString bad = m_folder->write(QStringLiteral("bad.csv"), "account_id,start_date,mrr\n"
                                                                   "A1,2024-01-01,100\n"
                                                                   "A2,2024-02-30,50\n"
                                                                   "A3,2024-03-01,lots\n");
    ImportWizard wizard(m_book, {bad});
    wizard.show();
    STEP(runToCheck(wizard));
    const import::RejectionModel& rejected = wizard.checkPage()->rejections();
    QCOMPARE(rejected.rowCount(), 2);
    using R = import::RejectionModel;
    QCOMPARE(rejected.index(0, R::FileColumn).data().toString(), QStringLiteral("bad.csv"));
    QCOMPARE(rejected.index(0, R::LineColumn).data().toInt(), 3);
    QCOMPARE(rejected.index(0, R::ColumnNumberColumn).data().toInt(), 2);
    QCOMPARE(rejected.index(0, R::ValueColumn).data().toString(), QStringLiteral("2024-02-30"));
    QCOMPARE(rejected.index(1, R::LineColumn).data().toInt(), 4);
    QCOMPARE(rejected.index(1, R::ValueColumn).data().toString(), QStringLiteral("lots"));
    QVERIFY(!wizard.currentPage()->isComplete()); // rejected rows: the user must choose
    auto* skip = wizard.checkPage()->findChild<QCheckBox*>(QStringLiteral("skipInvalid"));
    QVERIFY(skip && skip->isVisible());

    const QString saved = m_folder->path(QStringLiteral("rejected.csv"));
    QVERIFY(ui::writeRejections(rejected, saved));
    const QByteArray csv = test::readAll(saved);
    QVERIFY2(csv.contains("bad.csv,3,2,start_date,2024-02-30,"), csv.constData());
    QVERIFY2(csv.contains("bad.csv,4,3,mrr,lots,"), csv.constData());

    wizard.reject();
    QVERIFY(!wizard.isVisible());
    QCOMPARE(test::bookDigest(m_book), digest);
}

void ImportWizardRejectionsTest::skippingRejectedRowsImportsTheValidOnes()
{
    const QString bad = m_folder->write(QStringLiteral("bad.csv"), "account_id,start_date,mrr\n"
                                                                   "A1,2024-01-01,100\n"
                                                                   "A2,,50\n"
                                                                   "A3,2024-03-01,30\n");
    ImportWizard wizard(m_book, {bad});
    wizard.show();
    STEP(runToCheck(wizard));
    auto* skip = wizard.checkPage()->findChild<QCheckBox*>(QStringLiteral("skipInvalid"));
    QVERIFY(skip->text().contains(QStringLiteral("2 valid rows")));
    skip->click();
    QVERIFY(wizard.currentPage()->isComplete());
    STEP(runImport(wizard));
    QCOMPARE(test::countRows(m_book, "subscription_periods"), 2);
    QCOMPARE(test::countRows(m_book, "accounts"), 2);
}

void ImportWizardRejectionsTest::cancellingTheImportLeavesTheBookUnchanged()
{
    QByteArray csv = "account_id,start_date,mrr\n";
    for (int i = 0; i < 400000; ++i) {
        csv += "A" + QByteArray::number(i % 1000) + ',' +
               QDate(2020, 1, 1).addDays(i / 1000).toString(Qt::ISODate).toLatin1() + ",10\n";
    }
    const QString big = m_folder->write(QStringLiteral("big.csv"), csv);
    const QString digest = test::bookDigest(m_book);
    ImportWizard wizard(m_book, {big});
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.show();
    // The check reads 400,000 rows on a worker: the GUI thread keeps serving events,
    // where running it in place would stall them for as long as the check takes.
    QElapsedTimer sinceTick;
    qint64 longestGap = 0;
    QTimer tick;
    connect(&tick, &QTimer::timeout, &wizard,
            [&] { longestGap = std::max(longestGap, sinceTick.restart()); });
    sinceTick.start();
    tick.start(20);
    STEP(runToCheck(wizard));
    tick.stop();
    QVERIFY2(longestGap < 500, qPrintable(QString::number(longestGap)));
    QCOMPARE(wizard.checkPage()->rejections().rowCount(), 0);
    // Cancel as the user would, once the bar shows the rate (or soon after it moves).
    auto* job = wizard.importPage()->findChild<import::ImportJob*>();
    connect(job, &import::ImportJob::progressed, &wizard, [&wizard, job, reports = 0]() mutable {
        if (job->isCancelling())
            return;
        bool rateShown = false;
        for (const QLabel* label : wizard.importPage()->findChildren<QLabel*>())
            rateShown = rateShown || label->text().contains(QStringLiteral("rows/s"));
        if (rateShown)
            grab(wizard, QStringLiteral("import-progress"));
        if (rateShown || ++reports == 3)
            wizard.reject();
    });
    STEP(runImport(wizard));
    QVERIFY(wizard.isVisible()); // Cancel stopped the import, not the wizard
    QCOMPARE(imported.count(), 0);
    QVERIFY(wizard.currentPage()->title().contains(QStringLiteral("cancelled")));
    grab(wizard, QStringLiteral("import-cancelled"));
    QCOMPARE(test::bookDigest(m_book), digest);
}

TENURE_TEST_MAIN(ImportWizardRejectionsTest)
#include "tst_importwizardrejections.moc"
