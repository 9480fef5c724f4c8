#pragma once

#include <QFlags>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace tenure::store {

// What one write to the book changed, in the parts views care about; the
// accounts it touched when it is narrow (empty: any account may have changed).
struct BookChange
{
    enum Part : unsigned {
        Accounts = 1U << 0,
        Periods = 1U << 1, // subscription periods, invoices, currency rates
        Signals = 1U << 2, // usage, tickets, surveys, contacts, events
        Actions = 1U << 3,
        Tasks = 1U << 4, // tasks and the plays they belong to
        Playbooks = 1U << 5,
        Preferences = 1U << 6, // book_meta and health_config
        Imports = 1U << 7,     // the import log
        Reviews = 1U << 8,     // an owner's last review
        Everything = (1U << 9) - 1,
    };
    Q_DECLARE_FLAGS(Parts, Part)

    Parts parts;
    std::vector<std::int64_t> accounts;

    bool touches(Parts interest) const { return (parts & interest) != 0; }
    bool touchesAccount(std::int64_t id) const
    {
        return accounts.empty() ||
               std::find(accounts.begin(), accounts.end(), id) != accounts.end();
    }
};

Q_DECLARE_OPERATORS_FOR_FLAGS(BookChange::Parts)

} // namespace tenure::store
