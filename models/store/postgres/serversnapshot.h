#pragma once

#include "bookcopy.h"

#include <QString>
#include <QTemporaryDir>

namespace tenure {
class Progress;
}

namespace tenure::store::postgres {

// A book on a server, read as a file: one consistent snapshot of the server
// (what the connecting role may see, row-level security included),
// downloaded into a private temporary file that goes with this object. The
// reading commands then run the same code on it as on a book file, and print
// the same numbers; the window shows it read-only. Throws BookError when the
// server cannot be read, and Cancelled when `progress` says so.
class ServerSnapshot
{
public:
    explicit ServerSnapshot(const QString& uri, Progress* progress = nullptr);
    const QString& path() const { return m_path; }
    const CopySummary& summary() const { return m_summary; }

private:
    QTemporaryDir m_folder;
    QString m_path;
    CopySummary m_summary;
};

} // namespace tenure::store::postgres
