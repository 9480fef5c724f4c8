#include "selection.h"

namespace tenure::metrics {

const QString& fieldOf(const AccountInfo& account, AccountField field)
{
    switch (field) {
    case AccountField::Segment:
        return account.segment;
    case AccountField::Owner:
        return account.owner;
    case AccountField::Plan:
        break;
    }
    return account.plan;
}

bool AccountFilter::matches(const AccountInfo& account) const
{
    return (segment.isEmpty() || account.segment == segment) &&
           (owner.isEmpty() || account.owner == owner) && (plan.isEmpty() || account.plan == plan);
}

std::vector<int> selectAccounts(const MrrHistory& history, const AccountFilter& filter)
{
    std::vector<int> selected;
    selected.reserve(history.accounts().size());
    for (int i = 0; i < history.accountCount(); ++i) {
        if (filter.matches(history.accounts()[static_cast<std::size_t>(i)]))
            selected.push_back(i);
    }
    return selected;
}

std::map<QString, std::vector<int>> partition(const MrrHistory& history,
                                              std::span<const int> accounts, AccountField field)
{
    std::map<QString, std::vector<int>> groups;
    for (const int account : accounts)
        groups[fieldOf(history.accounts()[static_cast<std::size_t>(account)], field)].push_back(
            account);
    return groups;
}

} // namespace tenure::metrics
