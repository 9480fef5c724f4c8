#include "bookchange.h"

#include "store/bookerror.h"
#include "store/sqlite.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QUndoStack>

namespace tenure::ui {

namespace {

struct BookChangeMessages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::ui::BookChange)
};

void showRefusal(QWidget* parent, const QString& message)
{
    // open(), not exec(): the message waits for the user without stopping the window.
    auto* box = new QMessageBox(QMessageBox::Warning, BookChangeMessages::tr("Nothing was changed"),
                                message, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace

QString readOnlyBookMessage()
{
    return BookChangeMessages::tr("This book is open read-only: Tenure may not write to its "
                                  "file or its folder. Nothing was changed.");
}

bool refuseIfReadOnly(QWidget* parent, const store::Connection& connection)
{
    if (!connection.isReadOnly())
        return false;
    showRefusal(parent, readOnlyBookMessage());
    return true;
}

bool pushBookChange(QWidget* parent, QUndoStack& undo, const store::Connection& connection,
                    QUndoCommand* command)
{
    if (refuseIfReadOnly(parent, connection)) {
        delete command;
        return false;
    }
    try {
        // The stack runs the command before it takes it: one that throws is still ours.
        undo.push(command);
    } catch (const store::BookError& error) {
        delete command;
        showRefusal(parent, error.message());
        return false;
    }
    return true;
}

} // namespace tenure::ui
