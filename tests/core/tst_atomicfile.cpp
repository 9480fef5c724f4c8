// AtomicFile: the target changes only on commit, whole; a failure leaves
// neither a partial target nor a temporary file, and says why in words.
#include "common/tempbook.h"
#include "common/testmain.h"
#include "core/atomicfile.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <csignal>
#include <sys/resource.h>

using tenure::AtomicFile;
using tenure::test::readAll;
using tenure::test::TempFolder;

namespace {

QStringList filesIn(const TempFolder& folder)
{
    return QDir(folder.path({})).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

// Lowers the soft file-size limit for the test's lifetime: a write past it
// fails (EFBIG) as one on a full disk does.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        const rlimit limit{bytes, m_saved.rlim_max};
        setrlimit(RLIMIT_FSIZE, &limit);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_handler);
    }

private:
    rlimit m_saved{};
    void (*m_handler)(int) = nullptr;
};

} // namespace

class AtomicFileTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commitReplacesTheTargetWhole()
    {
        TempFolder folder;
        const QString path = folder.write(QStringLiteral("out.csv"), "old\n");
        AtomicFile file(path);
        QVERIFY(file.open());
        QVERIFY(QFileInfo(file.temporaryPath()).fileName().startsWith(QLatin1String(".out.csv.")));
        file.device().write("new\n");
        QCOMPARE(readAll(path), QByteArray("old\n")); // nothing changes before the commit
        QVERIFY2(file.commit(), qPrintable(file.errorString()));
        QCOMPARE(readAll(path), QByteArray("new\n"));
        QCOMPARE(filesIn(folder), QStringList{QStringLiteral("out.csv")});
        QVERIFY(QFileInfo(path).permissions().testFlag(QFileDevice::ReadOther));
    }

    void discardLeavesTheTargetAsItWas()
    {
        TempFolder folder;
        const QString path = folder.write(QStringLiteral("out.csv"), "old\n");
        {
            AtomicFile file(path);
            QVERIFY(file.open());
            file.device().write("half");
        } // destroyed without commit
        QCOMPARE(readAll(path), QByteArray("old\n"));
        QCOMPARE(filesIn(folder), QStringList{QStringLiteral("out.csv")});
    }

    void aFolderThatIsNotThereIsReported()
    {
        TempFolder folder;
        QString error;
        QVERIFY(!tenure::writeFileAtomically(folder.path(QStringLiteral("no/such/out.csv")), "x",
                                             &error));
        QVERIFY2(error.contains(QLatin1String("out.csv")), qPrintable(error));
    }

    void aFailedWriteLeavesNothing()
    {
        TempFolder folder;
        const QString path = folder.path(QStringLiteral("big.csv"));
        QString error;
        {
            const FileSizeLimit limit(4096);
            QVERIFY(!tenure::writeFileAtomically(path, QByteArray(64 * 1024, 'x'), &error));
        }
        QVERIFY2(error.contains(QLatin1String("big.csv")), qPrintable(error));
        QCOMPARE(filesIn(folder), QStringList());
    }

    void aFullDiskIsSaidInWords()
    {
        const QString text = tenure::writeFailureText(QStringLiteral("/x/report.pdf"), ENOSPC);
        QVERIFY2(text.contains(QLatin1String("the disk is full")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("report.pdf")), qPrintable(text));
    }
};

TENURE_TEST_MAIN(AtomicFileTest)
#include "tst_atomicfile.moc"
