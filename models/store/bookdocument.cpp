#include "bookdocument.h"

#include "bookcommand.h"
#include "bookerror.h"
#include "sqlite.h"

namespace tenure::store {

BookDocument::BookDocument(std::unique_ptr<Book> book, QObject* parent)
    : QObject(parent)
    , m_book(std::move(book))
{
    m_seenVersion = dataVersion();
    connect(&m_elsewhere, &QTimer::timeout, this, &BookDocument::lookForChangesElsewhere);
    m_elsewhere.start(kElsewherePollMs);
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
    m_seenVersion = dataVersion();
    Q_EMIT changed(change);
}

std::optional<std::int64_t> BookDocument::dataVersion()
{
    try {
        return m_book->connection().queryInt("PRAGMA data_version");
    } catch (const BookError&) {
        return std::nullopt; // the file is gone or unreadable: nothing to compare
    }
}

void BookDocument::lookForChangesElsewhere()
{
    const auto version = dataVersion();
    if (!version || version == m_seenVersion)
        return;
    m_seenVersion = version;
    Q_EMIT changed({BookChange::Everything, {}});
    Q_EMIT changedElsewhere();
}

void BookDocument::reportFailure(const QString& message)
{
    m_failed = true;
    Q_EMIT writeFailed(message);
}

} // namespace tenure::store
