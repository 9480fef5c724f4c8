#pragma once

#include "playbook.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace tenure::store {
class Connection;
class Statement;
} // namespace tenure::store

namespace tenure::playbooks {

enum class TaskStatus { Open, Done, Skipped };
QString taskStatusCode(TaskStatus status); // open, done, skipped

struct Task
{
    std::int64_t id = 0;
    std::int64_t accountId = 0;
    std::int64_t runId = 0; // 0 when not from a playbook
    QString title;
    WorkKind kind = WorkKind::Note;
    QString owner;
    QDate due;
    TaskStatus status = TaskStatus::Open;
    QDate completedOn;
    QString skipReason;
    QString description;
    QString accountName; // read with the task, for lists
    // Who last changed it (created, completed, rescheduled, skipped) and when
    // (UTC, ISO 8601); written by the book, empty in books from before.
    QString changedBy;
    QString changedAt;

    bool operator==(const Task&) const = default;
};

// One entry of the action log: what the CSM did, with whom, about what.
struct Action
{
    std::int64_t id = 0;
    std::int64_t accountId = 0;
    QDate occurredOn;
    WorkKind kind = WorkKind::Note;
    std::int64_t contactId = 0; // 0: none
    QString reasonCode;         // the risk reason it addresses
    QString summary;
    QString outcome;
    QDate followUpOn;
    QString createdBy;
    std::int64_t runId = 0;
    QString bulkId;
    // An imported activity's system and id there, whether the customer or the
    // CSM reached out, and the import that wrote it (empty and 0 when logged).
    QString source;
    QString externalId;
    QString direction;
    std::int64_t importId = 0;
    QString accountName; // read with the action, for lists
    QString contactName;
    // Who last logged or edited it and when (UTC, ISO 8601); written by the
    // book, empty in books from before and for imported activities.
    QString changedBy;
    QString changedAt;

    bool operator==(const Action&) const = default;
};

// A playbook started on one account, with the tasks it created.
struct PlayRun
{
    std::int64_t id = 0;
    std::int64_t playbookId = 0;
    std::int64_t accountId = 0;
    QDate startedOn;
    QString startedBy;
    QString reasonCode;
    QString bulkId;
    std::vector<Task> tasks;
};

// Starts `playbook` on an account: a run and one task per step, due its
// offset after `startedOn`, owned by `owner`. Inside the caller's transaction.
PlayRun startPlay(store::Connection& connection, const Playbook& playbook, std::int64_t accountId,
                  const QDate& startedOn, const QString& owner, const QString& reasonCode);
// Removes a run and its tasks (to undo starting it).
void removeRun(store::Connection& connection, std::int64_t runId);
// Writes a run and its tasks as given (to redo, with their ids); a run
// without an id gets a new one, which is returned.
std::int64_t writeRun(store::Connection& connection, const PlayRun& run);

// Writes a new action and returns its id; restoreAction() writes it back with its id.
std::int64_t addAction(store::Connection& connection, const Action& action);
void restoreAction(store::Connection& connection, const Action& action);
void updateAction(store::Connection& connection, const Action& action);
void deleteAction(store::Connection& connection, std::int64_t actionId);
std::optional<Action> loadAction(store::Connection& connection, std::int64_t actionId);
// Newest first; every account's when `accountId` is 0.
std::vector<Action> loadActions(store::Connection& connection, std::int64_t accountId = 0);

// The actions logged from `from` to `to` (inclusive) of one account after
// another, newest first, through one prepared statement: for a report that
// lists thousands of accounts.
class ActionsBetween
{
public:
    ActionsBetween(store::Connection& connection, const QDate& from, const QDate& to);
    ~ActionsBetween();
    std::vector<Action> of(std::int64_t accountId);

private:
    std::unique_ptr<store::Statement> m_select;
    QString m_from;
    QString m_to;
};

std::optional<Task> loadTask(store::Connection& connection, std::int64_t taskId);
// Writes a task's status, due date, completion and skip reason.
void updateTask(store::Connection& connection, const Task& task);

// Open tasks due by `dueBy` (every open task when invalid), of `owner`
// (everyone's when empty), oldest due first.
std::vector<Task> loadOpenTasks(store::Connection& connection, const QString& owner,
                                const QDate& dueBy = {});

// One account's open tasks, oldest due first.
std::vector<Task> loadAccountTasks(store::Connection& connection, std::int64_t accountId);
// The codes of the playbooks with open tasks on an account.
QStringList runningPlaybooks(store::Connection& connection, std::int64_t accountId);

// The tasks of a list, split as a CSM reads them on `today`.
struct TaskAgenda
{
    std::vector<Task> overdue;
    std::vector<Task> dueToday;
    std::vector<Task> upcoming;
};
TaskAgenda agendaOf(std::vector<Task> tasks, const QDate& today);

} // namespace tenure::playbooks
