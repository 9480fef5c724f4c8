#pragma once

#include <QString>
#include <QTemporaryDir>

namespace tenure::app {

// A book on a server, as a reading command reads it: one consistent snapshot
// of the server (what the connecting role may see, row-level security
// included), downloaded into a private temporary file that goes with this
// object. Every reading command then runs the same code on it as on a book
// file, and prints the same numbers. Throws store::BookError when the server
// cannot be read.
class ServerSnapshot
{
public:
    explicit ServerSnapshot(const QString& uri);
    const QString& path() const { return m_path; }

private:
    QTemporaryDir m_folder;
    QString m_path;
};

} // namespace tenure::app
