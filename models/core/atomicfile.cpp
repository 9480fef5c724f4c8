#include "atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace tenure {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::AtomicFile)
};

bool isDiskFull(int errorNumber)
{
    return errorNumber == ENOSPC || errorNumber == EDQUOT;
}

// fsync through a handle of its own: 0, or the errno that failed.
int syncErrno(const QString& path)
{
    const int descriptor = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (descriptor < 0)
        return errno;
    const int synced = ::fsync(descriptor);
    const int error = synced != 0 ? errno : 0;
    ::close(descriptor);
    return error;
}

} // namespace

QString writeFailureText(const QString& path, int errorNumber, const QString& detail)
{
    const QString name = QFileInfo(path).fileName();
    if (isDiskFull(errorNumber)) {
        return Messages::tr("Could not write %1: the disk is full. Nothing was written; free "
                            "some space and try again.")
            .arg(name);
    }
    const QString reason =
        errorNumber != 0 ? QString::fromLocal8Bit(std::strerror(errorNumber)) : detail;
    return Messages::tr("Could not write %1 (%2). Nothing was written.").arg(name, reason);
}

AtomicFile::AtomicFile(const QString& path)
    : m_path(path)
{
}

AtomicFile::~AtomicFile()
{
    discard();
}

bool AtomicFile::open()
{
    const QFileInfo target(m_path);
    // Created with the permissions any new file gets (0666 less the umask),
    // never over an existing file.
    int descriptor = -1;
    for (int attempt = 0; descriptor < 0; ++attempt) {
        m_temporaryPath = target.dir().filePath(QStringLiteral(".%1.%2-%3.partial")
                                                    .arg(target.fileName())
                                                    .arg(QCoreApplication::applicationPid())
                                                    .arg(attempt));
        descriptor = ::open(QFile::encodeName(m_temporaryPath).constData(),
                            O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (descriptor < 0 && (errno != EEXIST || attempt > 100)) {
            const int error = errno;
            m_temporaryPath.clear();
            return fail(error, {});
        }
    }
    m_file = std::make_unique<QFile>();
    if (!m_file->open(descriptor, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        ::close(descriptor);
        return fail(0, m_file->errorString());
    }
    return true;
}

bool AtomicFile::prepare()
{
    if (m_prepared)
        return true;
    if (m_temporaryPath.isEmpty())
        return fail(0, m_error.isEmpty() ? Messages::tr("the file was not opened") : m_error);
    if (m_file && m_file->isOpen()) {
        errno = 0;
        if (m_file->error() != QFileDevice::NoError || !m_file->flush())
            return fail(errno, m_file->errorString());
        m_file->close();
    }
    // Synced through a handle of its own, so that bytes written by path
    // (QPdfWriter) are covered too, and a write the disk refuses late shows.
    const int error = syncErrno(m_temporaryPath);
    if (error != 0)
        return fail(error, {});
    m_prepared = true;
    return true;
}

bool AtomicFile::commit()
{
    if (!prepare())
        return false;
    const QByteArray from = QFile::encodeName(m_temporaryPath);
    const QByteArray to = QFile::encodeName(m_path);
    errno = 0;
    // rename(2) replaces the target in one step; QFile::rename would refuse it.
    if (std::rename(from.constData(), to.constData()) != 0)
        return fail(errno, {});
    m_temporaryPath.clear();
    return true;
}

void AtomicFile::discard()
{
    if (m_file)
        m_file->close();
    if (!m_temporaryPath.isEmpty())
        QFile::remove(m_temporaryPath);
    m_temporaryPath.clear();
    m_prepared = false;
}

bool AtomicFile::fail(int errorNumber, const QString& detail)
{
    m_diskFull = isDiskFull(errorNumber);
    m_error = writeFailureText(m_path, errorNumber, detail);
    discard();
    return false;
}

bool syncFile(const QString& path, QString* error)
{
    const int failed = syncErrno(path);
    if (failed != 0 && error)
        *error = writeFailureText(path, failed);
    return failed == 0;
}

bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error)
{
    AtomicFile file(path);
    if (!file.open()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    errno = 0;
    if (file.device().write(bytes) != bytes.size()) {
        if (error)
            *error = writeFailureText(path, errno, file.device().errorString());
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace tenure
