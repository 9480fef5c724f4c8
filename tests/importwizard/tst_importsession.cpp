// The import session: files inspected on a worker, each read with its own
// choices, problems reported rather than thrown, a mapping the user makes
// remembered for the same header row, a chosen date order settling a column.
#include "common/testmain.h"
#include "import/importjob.h"
#include "import/importsession.h"
#include "wizardtesthelpers.h"

#include <QSignalSpy>

using namespace tenure;
using namespace tenure::import;

class ImportSessionTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionRemembersAMappingForTheSameHeaders();
    void sessionReadsEachFileWithItsOwnChoices();
    void chosenDateOrderSettlesAMixedColumn();
};

void ImportSessionTest::sessionRemembersAMappingForTheSameHeaders()
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

void ImportSessionTest::sessionReadsEachFileWithItsOwnChoices()
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

void ImportSessionTest::chosenDateOrderSettlesAMixedColumn()
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

TENURE_TEST_MAIN(ImportSessionTest)
#include "tst_importsession.moc"
