#pragma once

#include "accountmerge.h"

#include <QUndoCommand>

#include <optional>

namespace tenure::accounts {

// Merging one account into another on the window's QUndoStack: undo puts the
// merged account and every row it had back exactly (accountmerge.h).
// Throws MergeRefused (or store::BookError) from its first redo, as pushed.
class MergeAccountsCommand : public QUndoCommand
{
public:
    MergeAccountsCommand(store::Connection& connection, std::int64_t from, std::int64_t into,
                         const QString& fromName, const QString& intoName);
    void redo() override;
    void undo() override;

private:
    store::Connection& m_connection;
    std::int64_t m_from;
    std::int64_t m_into;
    std::optional<AccountMerge> m_merge;
};

} // namespace tenure::accounts
