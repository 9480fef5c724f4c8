#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <stdexcept>
#include <variant>
#include <vector>

namespace tenure::store {
class Connection;
}

namespace tenure::accounts {

// Why two accounts cannot be merged (unknown ids, the same account, a
// read-only book, rows of both for the same usage week), said in full.
class MergeRefused : public std::runtime_error
{
public:
    explicit MergeRefused(const QString& message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {
    }
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

// A row as SQLite holds it, column by column, so that it can be put back exactly.
using SqlCell = std::variant<std::monostate, std::int64_t, double, QString>;
struct SqlRows
{
    QString table;
    QString accountColumn; // the column that refers to the account
    QStringList columns;
    std::vector<std::vector<SqlCell>> rows;
};

// What a merge changed, enough to undo it exactly.
struct AccountMerge
{
    std::int64_t from = 0;
    std::int64_t into = 0;
    SqlRows fromAccount;          // the account row that was deleted
    SqlRows intoAccount;          // the target's row before its empty fields were filled
    std::vector<SqlRows> moved;   // per table, the rows moved, as they were
    std::vector<SqlRows> dropped; // the `from` account's health snapshots, deleted
    int movedRows() const;
};

// Moves every row of account `from` (subscriptions, invoices, signals,
// contacts, actions, tasks, milestones, events, external ids: every table
// that refers to accounts) onto `into`, fills the target's empty fields from
// `from` (its own are kept), and deletes `from`, in one transaction. The
// `from` account's health snapshots describe an account that no longer is:
// they are dropped (and put back by an undo). Throws MergeRefused, changing nothing.
AccountMerge mergeAccounts(store::Connection& connection, std::int64_t from, std::int64_t into);

// Puts back what `merge` changed: the `from` account, its rows and the
// target's fields as they were. In one transaction.
void undoMerge(store::Connection& connection, const AccountMerge& merge);

} // namespace tenure::accounts
