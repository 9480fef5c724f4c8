#include "selection.h"

namespace tenure::metrics {

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

} // namespace tenure::metrics
