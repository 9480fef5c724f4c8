// Files the commands write (the report and its tables, the demo book) are
// written whole or not at all: a write that fails (here: a file-size limit,
// as a full disk would) exits 1 with a message and leaves neither the PDF nor
// any CSV table nor the book, and no temporary file.
#include "clirun.h"
#include "common/tempbook.h"
#include "common/testmain.h"
#include "store/sqlite.h"

#include <QDir>
#include <QFile>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using tenure::test::Run;
using tenure::test::runTenure;
using tenure::test::TempFolder;

namespace {

const QString kAsOf = QStringLiteral("2026-06-30");

} // namespace

class ReportWritesCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Without a write-ahead log, reading the book writes no -shm file,
        // which the size limit would refuse too.
        m_demo = tenure::test::smallDemoBook(m_folder.path(QStringLiteral("demo.tenure")), kAsOf);
        QVERIFY(!m_demo.isEmpty());
    }

    // RLIMIT_FSIZE makes writes past 8 KiB fail as a full disk would: the
    // report's PDF is far larger, its CSV tables fit.
    void aFailedWriteLeavesNoFile()
    {
        TempFolder folder;
        const QString csv = folder.path(QStringLiteral("tables"));
        QVERIFY(QDir().mkpath(csv));
        const QString pdf = folder.path(QStringLiteral("report.pdf"));
        const Run run = runTenure({QStringLiteral("report"), QStringLiteral("--book"), m_demo,
                                   QStringLiteral("--quarter"), QStringLiteral("2026Q1"),
                                   QStringLiteral("--as-of"), kAsOf, QStringLiteral("--out"), pdf,
                                   QStringLiteral("--csv"), csv},
                                  [] {
                                      const rlimit limit{8192, 8192};
                                      setrlimit(RLIMIT_FSIZE, &limit);
                                      std::signal(SIGXFSZ, SIG_IGN);
                                  });
        QVERIFY(!run.crashed);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("Could not write report.pdf")),
                 qPrintable(run.err));
        QVERIFY2(!run.out.contains("Wrote"), run.out.constData());
        QCOMPARE(QDir(folder.path({})).entryList(QDir::Files | QDir::Hidden), QStringList());
        QCOMPARE(QDir(csv).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void aDemoBookThatCannotBeWrittenLeavesNothing()
    {
        TempFolder folder;
        const QString book = folder.path(QStringLiteral("demo.tenure"));
        const Run run = runTenure({QStringLiteral("demo"), QStringLiteral("--out"), book,
                                   QStringLiteral("--accounts"), QStringLiteral("200"),
                                   QStringLiteral("--today"), kAsOf},
                                  [] {
                                      const rlimit limit{65536, 65536};
                                      setrlimit(RLIMIT_FSIZE, &limit);
                                      std::signal(SIGXFSZ, SIG_IGN);
                                  });
        QVERIFY(!run.crashed);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("demo.tenure")) &&
                     !run.err.contains(QLatin1String(".partial")),
                 qPrintable(run.err));
        QCOMPARE(QDir(folder.path({})).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void aWholeReportIsWritten()
    {
        TempFolder folder;
        const QString pdf = folder.path(QStringLiteral("report.pdf"));
        const Run run = runTenure({QStringLiteral("report"), QStringLiteral("--book"), m_demo,
                                   QStringLiteral("--quarter"), QStringLiteral("2026Q1"),
                                   QStringLiteral("--as-of"), kAsOf, QStringLiteral("--out"), pdf,
                                   QStringLiteral("--csv"), folder.path({})});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(tenure::test::readAll(pdf).trimmed().endsWith("%%EOF"));
        const QStringList files = QDir(folder.path({})).entryList(QDir::Files | QDir::Hidden);
        QVERIFY2(files.size() > 5, qPrintable(files.join(u' ')));
        for (const QString& file : files)
            QVERIFY2(!file.endsWith(QLatin1String(".partial")), qPrintable(file));
    }

    // A killed `tenure demo` leaves its temporary book behind; the next run for
    // that book removes those whose process is gone, and only those.
    void aDemoRemovesTheLeftoversOfKilledRunsOnly()
    {
        TempFolder folder;
        const QString dead = QStringLiteral(".demo.tenure.999999.partial");
        const QString live = QStringLiteral(".demo.tenure.%1.partial").arg(::getpid());
        const QString otherBook = QStringLiteral(".other.tenure.999999.partial");
        for (const QString& name : {dead, dead + QStringLiteral("-wal"), live, otherBook})
            folder.write(name, "left over");
        const Run run =
            runTenure({QStringLiteral("demo"), QStringLiteral("--out"),
                       folder.path(QStringLiteral("demo.tenure")), QStringLiteral("--accounts"),
                       QStringLiteral("20"), QStringLiteral("--today"), kAsOf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList files =
            QDir(folder.path({})).entryList(QDir::Files | QDir::Hidden, QDir::Name);
        QCOMPARE(files, (QStringList{live, otherBook, QStringLiteral("demo.tenure")}));
    }

private:
    TempFolder m_folder;
    QString m_demo;
};

TENURE_TEST_MAIN(ReportWritesCliTest)
#include "tst_reportwritescli.moc"
