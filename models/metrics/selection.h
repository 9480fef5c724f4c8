#pragma once

#include "mrrhistory.h"

#include <QString>

#include <vector>

namespace tenure::metrics {

// Which accounts a figure is computed over. Empty fields match every account.
struct AccountFilter
{
    QString segment;
    QString owner;
    QString plan;

    bool matches(const AccountInfo& account) const;
};

// Indices of the accounts of `history` that match, in order.
std::vector<int> selectAccounts(const MrrHistory& history, const AccountFilter& filter = {});

} // namespace tenure::metrics
