#pragma once

#include "bookcopy.h"

#include <QDateTime>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

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
//
// The window also keeps the last copy of each team book it read (keep()), in
// the user's cache folder, to show when the server cannot be reached.
class ServerSnapshot
{
public:
    explicit ServerSnapshot(const QString& uri, Progress* progress = nullptr);
    ~ServerSnapshot();
    ServerSnapshot(const ServerSnapshot&) = delete;
    ServerSnapshot& operator=(const ServerSnapshot&) = delete;

    const QString& path() const { return m_path; }
    const CopySummary& summary() const { return m_summary; }
    const QDateTime& readAt() const { return m_readAt; } // UTC
    // Whether this is the kept copy of an earlier read, not a fresh one.
    bool isKept() const { return m_kept; }

    // Keeps this copy as the last one read of the book at `uri`, replacing
    // the one kept before, in the user's cache folder (private to the user).
    // False, and nothing changed, when it cannot be written.
    bool keep(const QString& uri) const;
    // A private copy of the one last kept for `uri` (so that the kept one can
    // be replaced while this is open); null when there is none or it cannot
    // be copied.
    static std::shared_ptr<ServerSnapshot> kept(const QString& uri);
    // Where the copy of `uri` is kept: one file per URI, its password left out.
    static QString keptPath(const QString& uri);

private:
    ServerSnapshot();

    QTemporaryDir m_folder;
    QString m_path;
    bool m_kept = false;
    CopySummary m_summary;
    QDateTime m_readAt;
};

} // namespace tenure::store::postgres
