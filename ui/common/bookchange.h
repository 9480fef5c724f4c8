#pragma once

#include <QString>

class QWidget;

namespace tenure::store {
class BookCommand;
class BookDocument;
} // namespace tenure::store

namespace tenure::ui {

// Why a read-only book is not changed, in words.
QString readOnlyBookMessage();

// When `document` is a book opened for reading only, says so in a
// message over `parent` (which does not stop the window) and returns true:
// the change about to be made is refused.
bool refuseIfReadOnly(QWidget* parent, const store::BookDocument& document);

// Makes a change by pushing `command`, which writes to the book as it runs,
// onto the document's undo stack. A read-only book is not changed (`parent`
// says why), and a write the book refuses (busy, a full disk) leaves it as it
// was and is told by showWriteFailures(): either way the command is dropped
// and the window stays up. Returns whether it was made.
bool pushBookChange(QWidget* parent, store::BookDocument& document, store::BookCommand* command);

// Shows over `window` every write of `document` the book refused, whether
// pushed, undone or redone.
void showWriteFailures(QWidget* window, store::BookDocument& document);

} // namespace tenure::ui
