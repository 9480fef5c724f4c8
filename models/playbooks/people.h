#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace tenure::store {
class Connection;
}

namespace tenure::playbooks {

// Everyone who owns an account or a task, sorted: the people work is for.
QStringList loadOwners(store::Connection& connection);

// A contact an action can be logged with.
struct ContactChoice
{
    std::int64_t id = 0;
    QString name;
    QString role;
};

// The account's contacts, those still at the customer first, then by name.
std::vector<ContactChoice> loadContactChoices(store::Connection& connection,
                                              std::int64_t accountId);

} // namespace tenure::playbooks
