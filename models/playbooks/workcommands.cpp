#include "workcommands.h"

#include "store/sqlite.h"

#include <QCoreApplication>

namespace tenure::playbooks {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::playbooks::WorkCommand)
};

// Runs `write` in one transaction.
template <typename Write> void inTransaction(store::Connection& connection, Write write)
{
    store::Transaction transaction(connection);
    write();
    transaction.commit();
}

} // namespace

AddActionCommand::AddActionCommand(store::Connection& connection, Action action)
    : QUndoCommand(Messages::tr("Log %1").arg(workKindLabel(action.kind).toLower()))
    , m_connection(connection)
    , m_action(std::move(action))
{
}

void AddActionCommand::redo()
{
    inTransaction(m_connection, [this] {
        if (m_action.id == 0)
            m_action.id = addAction(m_connection, m_action);
        else
            restoreAction(m_connection, m_action);
    });
}

void AddActionCommand::undo()
{
    inTransaction(m_connection, [this] { deleteAction(m_connection, m_action.id); });
}

EditActionCommand::EditActionCommand(store::Connection& connection, Action before, Action after)
    : QUndoCommand(Messages::tr("Edit action"))
    , m_connection(connection)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void EditActionCommand::redo()
{
    inTransaction(m_connection, [this] { updateAction(m_connection, m_after); });
}

void EditActionCommand::undo()
{
    inTransaction(m_connection, [this] { updateAction(m_connection, m_before); });
}

DeleteActionCommand::DeleteActionCommand(store::Connection& connection, Action action)
    : QUndoCommand(Messages::tr("Delete action"))
    , m_connection(connection)
    , m_action(std::move(action))
{
}

void DeleteActionCommand::redo()
{
    inTransaction(m_connection, [this] { deleteAction(m_connection, m_action.id); });
}

void DeleteActionCommand::undo()
{
    inTransaction(m_connection, [this] { restoreAction(m_connection, m_action); });
}

StartPlayCommand::StartPlayCommand(store::Connection& connection, Playbook playbook,
                                   std::int64_t accountId, const QDate& on, QString owner,
                                   QString reasonCode)
    : QUndoCommand(Messages::tr("Start %1").arg(playbook.name))
    , m_connection(connection)
    , m_playbook(std::move(playbook))
{
    m_run.accountId = accountId;
    m_run.startedOn = on;
    m_run.startedBy = std::move(owner);
    m_run.reasonCode = std::move(reasonCode);
}

void StartPlayCommand::redo()
{
    inTransaction(m_connection, [this] {
        if (m_run.id == 0)
            m_run = startPlay(m_connection, m_playbook, m_run.accountId, m_run.startedOn,
                              m_run.startedBy, m_run.reasonCode);
        else
            writeRun(m_connection, m_run);
    });
}

void StartPlayCommand::undo()
{
    inTransaction(m_connection, [this] { removeRun(m_connection, m_run.id); });
}

BulkPlayCommand::BulkPlayCommand(store::Connection& connection, Playbook playbook,
                                 std::vector<std::int64_t> accounts, const QDate& on, QString owner,
                                 QString summary)
    : QUndoCommand(
          Messages::tr("Run %1 on %n account(s)", nullptr, static_cast<int>(accounts.size()))
              .arg(playbook.name))
    , m_connection(connection)
    , m_playbook(std::move(playbook))
    , m_accounts(std::move(accounts))
    , m_on(on)
    , m_owner(std::move(owner))
    , m_summary(std::move(summary))
{
}

void BulkPlayCommand::redo()
{
    inTransaction(m_connection, [this] {
        if (m_run.bulkId.isEmpty())
            m_run = runOneToMany(m_connection, m_playbook, m_accounts, m_on, m_owner, m_summary);
        else
            restoreBulk(m_connection, m_run);
    });
}

void BulkPlayCommand::undo()
{
    inTransaction(m_connection, [this] { removeBulk(m_connection, m_run.bulkId); });
}

TaskCommand::TaskCommand(store::Connection& connection, Task before, Task after)
    : QUndoCommand(after.status == TaskStatus::Done      ? Messages::tr("Complete task")
                   : after.status == TaskStatus::Skipped ? Messages::tr("Skip task")
                                                         : Messages::tr("Reschedule task"))
    , m_connection(connection)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void TaskCommand::redo()
{
    inTransaction(m_connection, [this] { updateTask(m_connection, m_after); });
}

void TaskCommand::undo()
{
    inTransaction(m_connection, [this] { updateTask(m_connection, m_before); });
}

} // namespace tenure::playbooks
