#include "people.h"

#include "store/sqlite.h"

namespace tenure::playbooks {

QStringList loadOwners(store::Connection& connection)
{
    auto rows = connection.prepare(
        "SELECT owner FROM tasks WHERE owner IS NOT NULL AND owner <> '' UNION "
        "SELECT owner FROM accounts WHERE owner IS NOT NULL AND owner <> '' ORDER BY 1");
    QStringList owners;
    while (rows.step())
        owners.append(rows.textValue(0));
    return owners;
}

std::vector<ContactChoice> loadContactChoices(store::Connection& connection, std::int64_t accountId)
{
    auto rows = connection.prepare("SELECT id, name, role FROM contacts WHERE account_id = ? "
                                   "ORDER BY left_on IS NOT NULL, name");
    rows.bind(1, accountId);
    std::vector<ContactChoice> contacts;
    while (rows.step())
        contacts.push_back({rows.intValue(0), rows.textValue(1), rows.textValue(2)});
    return contacts;
}

} // namespace tenure::playbooks
