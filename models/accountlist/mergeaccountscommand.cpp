#include "mergeaccountscommand.h"

#include <QCoreApplication>

namespace tenure::accounts {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::accounts::AccountMerge)
};

} // namespace

MergeAccountsCommand::MergeAccountsCommand(store::BookDocument& document, std::int64_t from,
                                           std::int64_t into, const QString& fromName,
                                           const QString& intoName)
    // Every kind of row may move, and both accounts change.
    : store::BookCommand(document, Messages::tr("Merge %1 into %2").arg(fromName, intoName),
                         store::BookChange{store::BookChange::Everything, {}})
    , m_from(from)
    , m_into(into)
{
}

void MergeAccountsCommand::apply(store::Connection& connection)
{
    m_merge = mergeAccounts(connection, m_from, m_into);
}

void MergeAccountsCommand::revert(store::Connection& connection)
{
    undoMerge(connection, *m_merge);
    m_merge.reset();
}

} // namespace tenure::accounts
