#pragma once

#include "book.h"
#include "bookchange.h"

#include <QObject>
#include <QUndoStack>

#include <memory>

namespace tenure::store {

class BookCommand;

// One open book as the window sees it: the book, its undo stack, and the one
// signal every write ends with. Views hand their workers the path and keep the
// connection for quick reads on the GUI thread.
class BookDocument : public QObject
{
    Q_OBJECT
public:
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
    // Every write to the book ends here, saying what it changed.
    void notify(const BookChange& change);
    // A command whose write the book refused; the command is dropped.
    void reportFailure(const QString& message);

Q_SIGNALS:
    void changed(const tenure::store::BookChange& change);
    void writeFailed(const QString& message);

private:
    std::unique_ptr<Book> m_book;
    // After the book: destroyed first, so no command outlives the connection it writes.
    QUndoStack m_undo;
    bool m_failed = false;
};

} // namespace tenure::store
