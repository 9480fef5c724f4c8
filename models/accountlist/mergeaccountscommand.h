#pragma once

#include "accountmerge.h"
#include "store/bookcommand.h"

#include <optional>

namespace tenure::accounts {

// Merging one account into another as a step of the book's undo stack: undo
// puts the merged account and every row it had back exactly (accountmerge.h).
// A refused merge (MergeRefused) is told through the document, as any
// refused write, and the step is dropped.
class MergeAccountsCommand : public store::BookCommand
{
public:
    MergeAccountsCommand(store::BookDocument& document, std::int64_t from, std::int64_t into,
                         const QString& fromName, const QString& intoName);

protected:
    void apply(store::Connection& connection) override;
    void revert(store::Connection& connection) override;

private:
    std::int64_t m_from;
    std::int64_t m_into;
    std::optional<AccountMerge> m_merge;
};

} // namespace tenure::accounts
