#pragma once

#include "worklog.h"

#include <QStringList>

namespace tenure::playbooks {

// A one-to-many play run over many accounts at once: one run and one logged
// action per account, sharing a bulk id so that one undo reverts all of it.
struct BulkRun
{
    QString bulkId;
    std::vector<PlayRun> runs;
    std::vector<Action> actions;
};

// Runs `playbook` on every account in `accounts`, inside the caller's
// transaction. The action's kind is the playbook's first step's.
BulkRun runOneToMany(store::Connection& connection, const Playbook& playbook,
                     const std::vector<std::int64_t>& accounts, const QDate& on,
                     const QString& owner, const QString& summary);
void removeBulk(store::Connection& connection, const QString& bulkId);
void restoreBulk(store::Connection& connection, const BulkRun& run);

// A contact to write to, for the mail tool.
struct Recipient
{
    std::int64_t accountId = 0;
    QString accountName;
    QString contactName;
    QString email;
    QString role;
};

// The contacts of `accounts` still at the customer, with an email, whose role
// is in `roles` (every role when empty), by account then name.
std::vector<Recipient> loadRecipients(store::Connection& connection,
                                      const std::vector<std::int64_t>& accounts,
                                      const QStringList& roles);
// As CSV for a mail tool: account, name, email, role; defused against formulas.
QString recipientsCsv(const std::vector<Recipient>& recipients);

} // namespace tenure::playbooks
