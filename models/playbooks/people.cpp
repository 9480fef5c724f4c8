#include "people.h"

#include "store/sqlite.h"

namespace tenure::playbooks {

QStringList loadOwners(store::Connection& connection)
{
    // Each owner index is walked from one name to the next (a seek per owner)
    // rather than scanned: a book has a handful of owners and may have
    // hundreds of thousands of tasks. `owner > ''` leaves out NULL and empty.
    auto rows = connection.prepare(R"(
        WITH RECURSIVE
            task_owner(seen) AS (
                SELECT min(owner) FROM tasks WHERE owner > ''
                UNION ALL
                SELECT (SELECT min(owner) FROM tasks WHERE owner > seen)
                FROM task_owner WHERE seen IS NOT NULL),
            account_owner(seen) AS (
                SELECT min(owner) FROM accounts WHERE owner > ''
                UNION ALL
                SELECT (SELECT min(owner) FROM accounts WHERE owner > seen)
                FROM account_owner WHERE seen IS NOT NULL)
        SELECT seen FROM task_owner WHERE seen IS NOT NULL
        UNION
        SELECT seen FROM account_owner WHERE seen IS NOT NULL
        ORDER BY 1)");
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
