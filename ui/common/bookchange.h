#pragma once

#include <QString>

class QUndoCommand;
class QUndoStack;
class QWidget;

namespace tenure::store {
class Connection;
}

namespace tenure::ui {

// Why a read-only book is not changed, in words.
QString readOnlyBookMessage();

// When `connection` is a book opened for reading only, says so in a message
// over `parent` (which does not stop the window) and returns true: the change
// about to be made is refused.
bool refuseIfReadOnly(QWidget* parent, const store::Connection& connection);

// Makes a change by pushing `command`, which writes to the book as it runs,
// onto `undo`. A read-only book is not changed, and a write the book refuses
// (busy, a full disk) leaves it as it was: either way `parent` shows why, the
// command is dropped and the window stays up. Returns whether it was made.
bool pushBookChange(QWidget* parent, QUndoStack& undo, const store::Connection& connection,
                    QUndoCommand* command);

} // namespace tenure::ui
