#pragma once

#include "mrrhistory.h"

#include <QString>

#include <map>
#include <span>
#include <vector>

namespace tenure::metrics {

enum class AccountField { Segment, Owner, Plan };

const QString& fieldOf(const AccountInfo& account, AccountField field);

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

// The selected accounts grouped by their value of `field` (empty values form
// a group of their own), ordered by value.
std::map<QString, std::vector<int>> partition(const MrrHistory& history,
                                              std::span<const int> accounts, AccountField field);

} // namespace tenure::metrics
