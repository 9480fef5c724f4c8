#include "bookdocument.h"

#include "bookcommand.h"

namespace tenure::store {

BookDocument::BookDocument(std::unique_ptr<Book> book, QObject* parent)
    : QObject(parent)
    , m_book(std::move(book))
{
}

BookDocument::~BookDocument() = default;

bool BookDocument::push(BookCommand* command)
{
    m_failed = false;
    // A command whose write fails marks itself obsolete: the stack deletes it unpushed.
    m_undo.push(command);
    return !m_failed;
}

void BookDocument::notify(const BookChange& change)
{
    Q_EMIT changed(change);
}

void BookDocument::reportFailure(const QString& message)
{
    m_failed = true;
    Q_EMIT writeFailed(message);
}

} // namespace tenure::store
