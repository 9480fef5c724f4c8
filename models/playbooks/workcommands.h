#pragma once

#include "bulkplay.h"
#include "worklog.h"

#include <QUndoCommand>

namespace tenure::playbooks {

// Every edit of the action log and the tasks is one of these on the window's
// QUndoStack, so Ctrl+Z and Ctrl+Shift+Z undo and redo it. Each writes the book
// in its own transaction. The stack must be cleared before the book closes.

class AddActionCommand : public QUndoCommand
{
public:
    AddActionCommand(store::Connection& connection, Action action);
    void redo() override;
    void undo() override;
    std::int64_t actionId() const { return m_action.id; }

private:
    store::Connection& m_connection;
    Action m_action;
};

class EditActionCommand : public QUndoCommand
{
public:
    EditActionCommand(store::Connection& connection, Action before, Action after);
    void redo() override;
    void undo() override;

private:
    store::Connection& m_connection;
    Action m_before;
    Action m_after;
};

class DeleteActionCommand : public QUndoCommand
{
public:
    DeleteActionCommand(store::Connection& connection, Action action);
    void redo() override;
    void undo() override;

private:
    store::Connection& m_connection;
    Action m_action;
};

// Starting a playbook on one account: its run and tasks.
class StartPlayCommand : public QUndoCommand
{
public:
    StartPlayCommand(store::Connection& connection, Playbook playbook, std::int64_t accountId,
                     const QDate& on, QString owner, QString reasonCode);
    void redo() override;
    void undo() override;
    const PlayRun& run() const { return m_run; }

private:
    store::Connection& m_connection;
    Playbook m_playbook;
    PlayRun m_run;
};

// A one-to-many play over many accounts: one undo reverts all of it.
class BulkPlayCommand : public QUndoCommand
{
public:
    BulkPlayCommand(store::Connection& connection, Playbook playbook,
                    std::vector<std::int64_t> accounts, const QDate& on, QString owner,
                    QString summary);
    void redo() override;
    void undo() override;
    const BulkRun& run() const { return m_run; }

private:
    store::Connection& m_connection;
    Playbook m_playbook;
    std::vector<std::int64_t> m_accounts;
    QDate m_on;
    QString m_owner;
    QString m_summary;
    BulkRun m_run;
};

// Completing, rescheduling or skipping a task: its state before and after.
class TaskCommand : public QUndoCommand
{
public:
    TaskCommand(store::Connection& connection, Task before, Task after);
    void redo() override;
    void undo() override;

private:
    store::Connection& m_connection;
    Task m_before;
    Task m_after;
};

} // namespace tenure::playbooks
