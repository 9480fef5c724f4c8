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
    // UTC: when the copy was read, or found to be the book as it is.
    const QDateTime& readAt() const { return m_readAt; }

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

    // Where current() puts its copy: the kept file itself, to read it
    // only; or a private copy of it, to change it.
    enum class Use { Reading, Changing };
    // The book at `uri` as it is now: the kept copy, without a download,
    // when the server has recorded no change since it was read (a team book
    // keeps that record, see kBookChangesTable); else a fresh read, which is
    // then kept.
    static std::shared_ptr<ServerSnapshot> current(const QString& uri, Use use,
                                                   Progress* progress = nullptr);

private:
    ServerSnapshot();
    // The kept copy of `uri` as its note describes it: a private copy of the
    // file when `privateCopy`, else the kept file itself. Null when there is
    // none (or no note).
    static std::shared_ptr<ServerSnapshot> describedKept(const QString& uri, bool privateCopy);

    std::unique_ptr<QTemporaryDir> m_folder; // null when the kept file itself is read
    QString m_path;
    CopySummary m_summary;
    QDateTime m_readAt;
};

} // namespace tenure::store::postgres
