#include "bookcommand.h"

#include "bookdocument.h"
#include "bookerror.h"
#include "sqlite.h"

namespace tenure::store {

BookCommand::BookCommand(BookDocument& document, const QString& text, BookChange change)
    : QUndoCommand(text)
    , m_document(document)
    , m_change(std::move(change))
{
}

void BookCommand::redo()
{
    run([this](Connection& connection) { apply(connection); });
}

void BookCommand::undo()
{
    run([this](Connection& connection) { revert(connection); });
}

template <typename Step> void BookCommand::run(Step step)
{
    QString failure;
    bool changedElsewhere = false;
    try {
        Transaction transaction(m_document.connection());
        step(m_document.connection());
        transaction.commit();
    } catch (const BookError& error) {
        failure = error.message();
        changedElsewhere = error.kind() == BookError::Kind::Conflict;
    } catch (const std::exception& error) {
        failure = QString::fromUtf8(error.what());
    }
    if (failure.isEmpty()) {
        m_document.notify(m_change);
        return;
    }
    setObsolete(true);
    m_document.reportFailure(failure);
    // Someone else changed what this command was about, and perhaps more:
    // every view reads the book again.
    if (changedElsewhere)
        m_document.notify({BookChange::Everything, {}});
}

} // namespace tenure::store
