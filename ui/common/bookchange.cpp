#include "bookchange.h"

#include "store/bookcommand.h"
#include "store/bookdocument.h"

#include <QCoreApplication>
#include <QMessageBox>

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

bool refuseIfReadOnly(QWidget* parent, const store::BookDocument& document)
{
    if (!document.isReadOnly())
        return false;
    showRefusal(parent, readOnlyBookMessage());
    return true;
}

bool pushBookChange(QWidget* parent, store::BookDocument& document, store::BookCommand* command)
{
    if (refuseIfReadOnly(parent, document)) {
        delete command;
        return false;
    }
    return document.push(command);
}

void showWriteFailures(QWidget* window, store::BookDocument& document)
{
    QObject::connect(&document, &store::BookDocument::writeFailed, window,
                     [window](const QString& message) { showRefusal(window, message); });
}

} // namespace tenure::ui
