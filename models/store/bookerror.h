#pragma once

#include <QString>

#include <stdexcept>

namespace tenure::store {

// Why a book could not be opened or changed. Every kind carries a message a
// person can act on; the book on disk is never modified when one is raised.
class BookError : public std::runtime_error
{
public:
    enum class Kind {
        NotFound,      // no file at that path
        AlreadyExists, // create() refuses to overwrite
        NotABook,      // a file, or an SQLite database, that is not a Tenure book
        Corrupt,       // an SQLite file that fails its integrity check
        TooNew,        // written by a newer Tenure
        Busy,          // another process holds the write lock
        UpgradeFailed, // a schema step failed and was rolled back
        Conflict,      // what a change was made on was changed by someone else first
        Io,            // anything else the disk or SQLite reports
    };

    BookError(Kind kind, const QString& message)
        : std::runtime_error(message.toStdString())
        , m_kind(kind)
        , m_message(message)
    {
    }

    Kind kind() const { return m_kind; }
    const QString& message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace tenure::store
