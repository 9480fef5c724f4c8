#include "bulkplay.h"

#include "core/csvwriter.h"
#include "playbookstore.h"
#include "store/sqlite.h"

#include <QCoreApplication>
#include <QUuid>

#include <unordered_set>

namespace tenure::playbooks {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::playbooks::BulkPlay)
};

} // namespace

BulkRun runOneToMany(store::Connection& connection, const Playbook& playbook,
                     const std::vector<std::int64_t>& accounts, const QDate& on,
                     const QString& owner, const QString& summary)
{
    BulkRun bulk;
    bulk.bulkId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const std::int64_t playbookId = storedPlaybookId(connection, playbook);
    const WorkKind kind = playbook.steps.empty() ? WorkKind::Email : playbook.steps.front().kind;
    for (const std::int64_t accountId : accounts) {
        PlayRun run;
        run.playbookId = playbookId;
        run.accountId = accountId;
        run.startedOn = on;
        run.startedBy = owner;
        run.bulkId = bulk.bulkId;
        run.id = writeRun(connection, run);

        Action action;
        action.accountId = accountId;
        action.occurredOn = on;
        action.kind = kind;
        action.summary = summary.isEmpty() ? playbook.name : summary;
        action.createdBy = owner;
        action.runId = run.id;
        action.bulkId = bulk.bulkId;
        action.id = addAction(connection, action);
        bulk.runs.push_back(std::move(run));
        bulk.actions.push_back(std::move(action));
    }
    return bulk;
}

void removeBulk(store::Connection& connection, const QString& bulkId)
{
    auto actions = connection.prepare("DELETE FROM actions WHERE bulk_id = ?");
    actions.bind(1, bulkId).exec();
    auto runs = connection.prepare("DELETE FROM playbook_runs WHERE bulk_id = ?");
    runs.bind(1, bulkId).exec();
}

void restoreBulk(store::Connection& connection, const BulkRun& run)
{
    for (const PlayRun& playRun : run.runs)
        writeRun(connection, playRun);
    for (const Action& action : run.actions)
        restoreAction(connection, action);
}

std::vector<Recipient> loadRecipients(store::Connection& connection,
                                      const std::vector<std::int64_t>& accounts,
                                      const QStringList& roles)
{
    const std::unordered_set<std::int64_t> wanted(accounts.begin(), accounts.end());
    auto select =
        connection.prepare("SELECT a.id, a.name, c.name, c.email, c.role FROM contacts c "
                           "JOIN accounts a ON a.id = c.account_id "
                           "WHERE c.left_on IS NULL AND c.email IS NOT NULL AND c.email <> '' "
                           "ORDER BY a.name, a.id, c.name");
    std::vector<Recipient> recipients;
    while (select.step()) {
        const std::int64_t accountId = select.intValue(0);
        const QString role = select.textValue(4);
        if (!wanted.contains(accountId) || (!roles.isEmpty() && !roles.contains(role)))
            continue;
        recipients.push_back(
            {accountId, select.textValue(1), select.textValue(2), select.textValue(3), role});
    }
    return recipients;
}

QString recipientsCsv(const std::vector<Recipient>& recipients)
{
    QString csv = csvLine({Messages::tr("account"), Messages::tr("name"), Messages::tr("email"),
                           Messages::tr("role")});
    for (const Recipient& recipient : recipients) {
        csv += csvLine(
            {recipient.accountName, recipient.contactName, recipient.email, recipient.role});
    }
    return csv;
}

} // namespace tenure::playbooks
