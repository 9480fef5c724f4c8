#pragma once

#include "bookchange.h"

#include <QUndoCommand>

namespace tenure::store {

class BookDocument;
class Connection;

// An undoable write to the book. Each step runs in its own transaction; a
// step the book refuses (busy, read-only, a full disk) is rolled back, told
// through the document, and the command marks itself obsolete so that the
// undo stack drops it: the stack never claims a state the book is not in.
// A step refused because someone else changed the same entry first (a
// BookError of kind Conflict) also ends with the change signal, for every
// part, so that the views show what the book now holds.
class BookCommand : public QUndoCommand
{
public:
    BookCommand(BookDocument& document, const QString& text, BookChange change);

    void redo() final;
    void undo() final;

protected:
    virtual void apply(Connection& connection) = 0;
    virtual void revert(Connection& connection) = 0;

private:
    template <typename Step> void run(Step step);

    BookDocument& m_document;
    BookChange m_change;
};

} // namespace tenure::store
