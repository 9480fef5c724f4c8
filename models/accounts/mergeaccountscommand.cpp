#include "mergeaccountscommand.h"

#include <QCoreApplication>

namespace tenure::accounts {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::accounts::AccountMerge)
};

} // namespace

MergeAccountsCommand::MergeAccountsCommand(store::Connection& connection, std::int64_t from,
                                           std::int64_t into, const QString& fromName,
                                           const QString& intoName)
    : QUndoCommand(Messages::tr("Merge %1 into %2").arg(fromName, intoName))
    , m_connection(connection)
    , m_from(from)
    , m_into(into)
{
}

void MergeAccountsCommand::redo()
{
    m_merge = mergeAccounts(m_connection, m_from, m_into);
}

void MergeAccountsCommand::undo()
{
    undoMerge(m_connection, *m_merge);
    m_merge.reset();
}

} // namespace tenure::accounts
