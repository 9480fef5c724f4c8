#pragma once

#include <QFile>
#include <QString>

#include <memory>

namespace tenure {

// A file written all at once or not at all. What is written goes to a
// temporary file beside the target (".NAME.XXXXXX.partial", so the rename
// stays on one file system); commit() flushes it to the disk, checks that
// every byte arrived, and only then renames it over the target. Whatever
// fails (the disk full, a write refused, a writer that gives up), the
// target is left as it was and the temporary file is removed: there is
// never a partial file. errorString() says why in words, "the disk is full"
// when that is the reason.
//
//   AtomicFile file(path);
//   if (!file.open()) return fail(file.errorString());
//   file.device().write(bytes);                // or a QTextStream on it
//   if (!file.commit()) return fail(file.errorString());
//
// Writers that take a path rather than a device (QPdfWriter) write to
// temporaryPath() instead, finish (destroy the writer), then commit().
class AtomicFile
{
public:
    explicit AtomicFile(const QString& path);
    ~AtomicFile(); // removes the temporary file unless committed
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    // Creates the temporary file; false (with errorString()) when the folder
    // cannot take it.
    bool open();
    QFile& device() { return *m_file; }
    const QString& temporaryPath() const { return m_temporaryPath; }
    const QString& path() const { return m_path; }

    // Flushes and syncs the temporary file and checks nothing was lost, but
    // does not rename it yet: several files can be prepared and only then
    // committed, so that a failure in any leaves none of them changed.
    bool prepare();
    // prepare() if not done, then renames over the target. False: the target
    // is unchanged, the temporary file gone, errorString() says why.
    bool commit();
    // Gives up: removes the temporary file; the target is unchanged.
    void discard();

    QString errorString() const { return m_error; }
    bool diskFull() const { return m_diskFull; }

private:
    bool fail(int errorNumber, const QString& detail);

    QString m_path;
    QString m_temporaryPath;
    std::unique_ptr<QFile> m_file;
    QString m_error;
    bool m_prepared = false;
    bool m_diskFull = false;
};

// Syncs a file written by other means (SQLite, QPdfWriter) to the disk
// through a handle of its own; false with `error` set (writeFailureText).
bool syncFile(const QString& path, QString* error);

// Writes `bytes` to `path` through an AtomicFile; false with `error` set.
bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error);

// Why writing `path` failed, in words: "the disk is full" for ENOSPC (and
// EDQUOT), otherwise the system's reason. `errorNumber` is an errno value; 0
// uses `detail` as the reason.
QString writeFailureText(const QString& path, int errorNumber, const QString& detail = {});

} // namespace tenure
