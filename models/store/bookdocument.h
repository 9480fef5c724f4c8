#pragma once

#include "book.h"
#include "bookchange.h"

#include <QObject>
#include <QTimer>
#include <QUndoStack>

#include <cstdint>
#include <memory>
#include <optional>

namespace tenure::store {

class BookCommand;

// One open book as the window sees it: the book, its undo stack, and the one
// signal every write ends with. Views hand their workers the path and keep the
// connection for quick reads on the GUI thread.
//
// Writes made elsewhere (another window on the same book, the command line,
// a job's own connection) reach the same signal: every kElsewherePollMs the
// document asks SQLite whether another connection committed since it last
// looked (PRAGMA data_version, which reads shared memory and costs
// microseconds), and if so sends changed() for every part, and
// changedElsewhere().
class BookDocument : public QObject
{
    Q_OBJECT
public:
    static constexpr int kElsewherePollMs = 400;

    explicit BookDocument(std::unique_ptr<Book> book, QObject* parent = nullptr);
    ~BookDocument() override;

    Connection& connection() { return m_book->connection(); }
    const Book& book() const { return *m_book; }
    const QString& path() const { return m_book->path(); }
    bool isReadOnly() const { return m_book->access() == Book::Access::ReadOnly; }
    QUndoStack& undoStack() { return m_undo; }

    // Runs `command` and keeps it for undo; returns false (and the stack is
    // as it was) when its write failed, which writeFailed() has told.
    bool push(BookCommand* command);
    // Every write to the book ends here, saying what it changed. What this
    // window wrote through its workers' connections is then not heard again
    // as a change made elsewhere.
    void notify(const BookChange& change);
    // A command whose write the book refused; the command is dropped.
    void reportFailure(const QString& message);

Q_SIGNALS:
    void changed(const tenure::store::BookChange& change);
    void writeFailed(const QString& message);
    // Sent after changed(), when the change was committed by another connection.
    void changedElsewhere();

private:
    void lookForChangesElsewhere();
    std::optional<std::int64_t> dataVersion();

    std::unique_ptr<Book> m_book;
    // After the book: destroyed first, so no command outlives the connection it writes.
    QUndoStack m_undo;
    bool m_failed = false;
    std::optional<std::int64_t> m_seenVersion;
    QTimer m_elsewhere;
};

} // namespace tenure::store
