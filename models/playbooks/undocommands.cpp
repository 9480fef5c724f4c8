#include "undocommands.h"

#include "editconflict.h"

#include <QCoreApplication>

namespace tenure::playbooks {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::playbooks::WorkCommand)
};

using Change = store::BookChange;

Change ofAccount(Change::Parts parts, std::int64_t accountId)
{
    return Change{parts, {accountId}};
}

} // namespace

AddActionCommand::AddActionCommand(store::BookDocument& document, Action action)
    : BookCommand(document, Messages::tr("Log %1").arg(workKindLabel(action.kind).toLower()),
                  ofAccount(Change::Actions, action.accountId))
    , m_action(std::move(action))
{
}

void AddActionCommand::apply(store::Connection& connection)
{
    if (m_action.id == 0)
        m_action.id = addAction(connection, m_action);
    else
        restoreAction(connection, m_action);
}

void AddActionCommand::revert(store::Connection& connection)
{
    requireActionAsSeen(connection, m_action);
    deleteAction(connection, m_action.id);
}

EditActionCommand::EditActionCommand(store::BookDocument& document, Action before, Action after)
    : BookCommand(document, Messages::tr("Edit action"),
                  Change{Change::Actions, {before.accountId, after.accountId}})
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void EditActionCommand::apply(store::Connection& connection)
{
    requireActionAsSeen(connection, m_before);
    updateAction(connection, m_after);
}

void EditActionCommand::revert(store::Connection& connection)
{
    requireActionAsSeen(connection, m_after);
    updateAction(connection, m_before);
}

DeleteActionCommand::DeleteActionCommand(store::BookDocument& document, Action action)
    : BookCommand(document, Messages::tr("Delete action"),
                  ofAccount(Change::Actions, action.accountId))
    , m_action(std::move(action))
{
}

void DeleteActionCommand::apply(store::Connection& connection)
{
    requireActionAsSeen(connection, m_action);
    deleteAction(connection, m_action.id);
}

void DeleteActionCommand::revert(store::Connection& connection)
{
    restoreAction(connection, m_action);
}

StartPlayCommand::StartPlayCommand(store::BookDocument& document, Playbook playbook,
                                   std::int64_t accountId, const QDate& on, QString owner,
                                   QString reasonCode)
    : BookCommand(document, Messages::tr("Start %1").arg(playbook.name),
                  ofAccount(Change::Tasks, accountId))
    , m_playbook(std::move(playbook))
{
    m_run.accountId = accountId;
    m_run.startedOn = on;
    m_run.startedBy = std::move(owner);
    m_run.reasonCode = std::move(reasonCode);
}

void StartPlayCommand::apply(store::Connection& connection)
{
    if (m_run.id == 0)
        m_run = startPlay(connection, m_playbook, m_run.accountId, m_run.startedOn, m_run.startedBy,
                          m_run.reasonCode);
    else
        writeRun(connection, m_run);
}

void StartPlayCommand::revert(store::Connection& connection)
{
    // Undoing removes the run's tasks: not once someone has worked on one.
    for (const Task& task : m_run.tasks)
        requireTaskAsSeen(connection, task);
    removeRun(connection, m_run.id);
}

// A one-to-many play logs an action on every account it runs on.
BulkPlayCommand::BulkPlayCommand(store::BookDocument& document, Playbook playbook,
                                 std::vector<std::int64_t> accounts, const QDate& on, QString owner,
                                 QString summary)
    : BookCommand(
          document,
          Messages::tr("Run %1 on %n account(s)", nullptr, static_cast<int>(accounts.size()))
              .arg(playbook.name),
          Change{Change::Tasks | Change::Actions, accounts})
    , m_playbook(std::move(playbook))
    , m_accounts(std::move(accounts))
    , m_on(on)
    , m_owner(std::move(owner))
    , m_summary(std::move(summary))
{
}

void BulkPlayCommand::apply(store::Connection& connection)
{
    if (m_run.bulkId.isEmpty())
        m_run = runOneToMany(connection, m_playbook, m_accounts, m_on, m_owner, m_summary);
    else
        restoreBulk(connection, m_run);
}

void BulkPlayCommand::revert(store::Connection& connection)
{
    // Undoing removes every account's tasks and action: not once someone
    // has worked on one of them.
    for (const PlayRun& run : m_run.runs) {
        for (const Task& task : run.tasks)
            requireTaskAsSeen(connection, task);
    }
    for (const Action& action : m_run.actions)
        requireActionAsSeen(connection, action);
    removeBulk(connection, m_run.bulkId);
}

TaskCommand::TaskCommand(store::BookDocument& document, Task before, Task after)
    : BookCommand(document,
                  after.status == TaskStatus::Done      ? Messages::tr("Complete task")
                  : after.status == TaskStatus::Skipped ? Messages::tr("Skip task")
                                                        : Messages::tr("Reschedule task"),
                  ofAccount(Change::Tasks, after.accountId))
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void TaskCommand::apply(store::Connection& connection)
{
    requireTaskAsSeen(connection, m_before);
    updateTask(connection, m_after);
}

void TaskCommand::revert(store::Connection& connection)
{
    requireTaskAsSeen(connection, m_after);
    updateTask(connection, m_before);
}

} // namespace tenure::playbooks
