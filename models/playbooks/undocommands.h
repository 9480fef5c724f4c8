#pragma once

#include "bulkplay.h"
#include "store/bookcommand.h"
#include "worklog.h"

namespace tenure::playbooks {

// Every edit of the action log and the tasks is one of these on the book
// document's undo stack, so Ctrl+Z and Ctrl+Shift+Z undo and redo it. Each
// step writes the book in its own transaction (store::BookCommand).

class AddActionCommand : public store::BookCommand
{
public:
    AddActionCommand(store::BookDocument& document, Action action);
    std::int64_t actionId() const { return m_action.id; }

private:
    void apply(store::Connection& connection) override;
    void revert(store::Connection& connection) override;

    Action m_action;
};

class EditActionCommand : public store::BookCommand
{
public:
    EditActionCommand(store::BookDocument& document, Action before, Action after);

private:
    void apply(store::Connection& connection) override;
    void revert(store::Connection& connection) override;

    Action m_before;
    Action m_after;
};

class DeleteActionCommand : public store::BookCommand
{
public:
    DeleteActionCommand(store::BookDocument& document, Action action);

private:
    void apply(store::Connection& connection) override;
    void revert(store::Connection& connection) override;

    Action m_action;
};

// Starting a playbook on one account: its run and tasks.
class StartPlayCommand : public store::BookCommand
{
public:
    StartPlayCommand(store::BookDocument& document, Playbook playbook, std::int64_t accountId,
                     const QDate& on, QString owner, QString reasonCode);
    const PlayRun& run() const { return m_run; }

private:
    void apply(store::Connection& connection) override;
    void revert(store::Connection& connection) override;

    Playbook m_playbook;
    PlayRun m_run;
};

// A one-to-many play over many accounts: one undo reverts all of it.
class BulkPlayCommand : public store::BookCommand
{
public:
    BulkPlayCommand(store::BookDocument& document, Playbook playbook,
                    std::vector<std::int64_t> accounts, const QDate& on, QString owner,
                    QString summary);
    const BulkRun& run() const { return m_run; }

private:
    void apply(store::Connection& connection) override;
    void revert(store::Connection& connection) override;

    Playbook m_playbook;
    std::vector<std::int64_t> m_accounts;
    QDate m_on;
    QString m_owner;
    QString m_summary;
    BulkRun m_run;
};

// Completing, rescheduling or skipping a task: its state before and after.
class TaskCommand : public store::BookCommand
{
public:
    TaskCommand(store::BookDocument& document, Task before, Task after);

private:
    void apply(store::Connection& connection) override;
    void revert(store::Connection& connection) override;

    Task m_before;
    Task m_after;
};

} // namespace tenure::playbooks
