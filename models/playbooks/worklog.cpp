#include "worklog.h"

#include "playbookstore.h"
#include "store/bookdates.h"
#include "store/person.h"
#include "store/sqlite.h"

#include <initializer_list>
#include <string>
#include <string_view>

namespace tenure::playbooks {

namespace {

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// 0 binds NULL: ids that are not set.
void bindId(store::Statement& statement, int index, std::int64_t id)
{
    if (id == 0)
        statement.bindNull(index);
    else
        statement.bind(index, id);
}

TaskStatus statusFromCode(const QString& code)
{
    if (code == QLatin1String("done"))
        return TaskStatus::Done;
    if (code == QLatin1String("skipped"))
        return TaskStatus::Skipped;
    return TaskStatus::Open;
}

const char* const kTaskColumns =
    "SELECT t.id, t.account_id, t.playbook_run_id, t.title, t.kind, t.owner, t.due_on, "
    "t.status, t.completed_on, t.skip_reason, t.description, a.name, t.changed_by, "
    "t.changed_at FROM tasks t "
    "JOIN accounts a ON a.id = t.account_id ";

Task taskFromRow(const store::Statement& row)
{
    Task task;
    task.id = row.intValue(0);
    task.accountId = row.intValue(1);
    task.runId = row.isNull(2) ? 0 : row.intValue(2);
    task.title = row.textValue(3);
    task.kind = workKindFromCode(row.textValue(4)).value_or(WorkKind::Note);
    task.owner = row.textValue(5);
    task.due = store::dateAt(row, 6);
    task.status = statusFromCode(row.textValue(7));
    task.completedOn = store::dateAt(row, 8);
    task.skipReason = row.textValue(9);
    task.description = row.textValue(10);
    task.accountName = row.textValue(11);
    task.changedBy = row.textValue(12);
    task.changedAt = row.textValue(13);
    return task;
}

const char* const kActionColumns =
    "SELECT x.id, x.account_id, x.occurred_on, x.kind, x.contact_id, x.reason_code, x.summary, "
    "x.outcome, x.follow_up_on, x.created_by, x.playbook_run_id, x.bulk_id, x.source, "
    "x.external_id, x.direction, x.import_id, a.name, c.name, x.changed_by, x.changed_at "
    "FROM actions x JOIN accounts a ON a.id = x.account_id "
    "LEFT JOIN contacts c ON c.id = x.contact_id ";

Action actionFromRow(const store::Statement& row)
{
    Action action;
    action.id = row.intValue(0);
    action.accountId = row.intValue(1);
    action.occurredOn = store::dateAt(row, 2);
    action.kind = workKindFromCode(row.textValue(3)).value_or(WorkKind::Note);
    action.contactId = row.isNull(4) ? 0 : row.intValue(4);
    action.reasonCode = row.textValue(5);
    action.summary = row.textValue(6);
    action.outcome = row.textValue(7);
    action.followUpOn = store::dateAt(row, 8);
    action.createdBy = row.textValue(9);
    action.runId = row.isNull(10) ? 0 : row.intValue(10);
    action.bulkId = row.textValue(11);
    action.source = row.textValue(12);
    action.externalId = row.textValue(13);
    action.direction = row.textValue(14);
    action.importId = row.isNull(15) ? 0 : row.intValue(15);
    action.accountName = row.textValue(16);
    action.contactName = row.textValue(17);
    action.changedBy = row.textValue(18);
    action.changedAt = row.textValue(19);
    return action;
}

// One SQL statement from its parts (a shared column list and the clause that
// varies), appended into one string rather than chained operator+ temporaries.
std::string statement(std::initializer_list<std::string_view> parts)
{
    std::string sql;
    for (std::string_view part : parts)
        sql.append(part);
    return sql;
}

// Binds who changes the row (the person working in this process) and when,
// to the changed_by and changed_at columns at `first` and `first + 1`.
void bindChange(store::Statement& statement, int first)
{
    statement.bind(first, store::currentPerson()).bind(first + 1, store::changeTimestamp());
}

// Binds an action's columns from `first` on, in the order of kActionValues.
void bindAction(store::Statement& statement, int first, const Action& action)
{
    statement.bind(first, action.accountId)
        .bind(first + 1, isoDate(action.occurredOn))
        .bind(first + 2, workKindCode(action.kind));
    bindId(statement, first + 3, action.contactId);
    statement.bind(first + 4, action.reasonCode.isEmpty() ? QString() : action.reasonCode)
        .bind(first + 5, action.summary)
        .bind(first + 6, action.outcome.isEmpty() ? QString() : action.outcome)
        .bind(first + 7, isoDate(action.followUpOn))
        .bind(first + 8, action.createdBy.isEmpty() ? QString() : action.createdBy);
    bindId(statement, first + 9, action.runId);
    statement.bind(first + 10, action.bulkId.isEmpty() ? QString() : action.bulkId)
        .bind(first + 11, action.source.isEmpty() ? QString() : action.source)
        .bind(first + 12, action.externalId.isEmpty() ? QString() : action.externalId)
        .bind(first + 13, action.direction.isEmpty() ? QString() : action.direction);
    bindId(statement, first + 14, action.importId);
    bindChange(statement, first + 15);
}

const char* const kActionValues =
    "account_id, occurred_on, kind, contact_id, reason_code, summary, "
    "outcome, follow_up_on, created_by, playbook_run_id, bulk_id, source, external_id, "
    "direction, import_id, changed_by, changed_at";

void insertTask(store::Connection& connection, const Task& task, std::int64_t stepId)
{
    auto insert = connection.prepare(
        "INSERT INTO tasks(id, account_id, playbook_run_id, step_id, title, kind, owner, due_on, "
        "status, completed_on, skip_reason, description, changed_by, changed_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    bindId(insert, 1, task.id);
    insert.bind(2, task.accountId);
    bindId(insert, 3, task.runId);
    bindId(insert, 4, stepId);
    insert.bind(5, task.title)
        .bind(6, workKindCode(task.kind))
        .bind(7, task.owner.isEmpty() ? QString() : task.owner)
        .bind(8, isoDate(task.due))
        .bind(9, taskStatusCode(task.status))
        .bind(10, isoDate(task.completedOn))
        .bind(11, task.skipReason.isEmpty() ? QString() : task.skipReason)
        .bind(12, task.description.isEmpty() ? QString() : task.description);
    bindChange(insert, 13);
    insert.exec();
}

void insertRun(store::Connection& connection, const PlayRun& run)
{
    auto insert = connection.prepare(
        "INSERT INTO playbook_runs(id, playbook_id, account_id, started_on, started_by, "
        "reason_code, bulk_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
    bindId(insert, 1, run.id);
    insert.bind(2, run.playbookId)
        .bind(3, run.accountId)
        .bind(4, isoDate(run.startedOn))
        .bind(5, run.startedBy.isEmpty() ? QString() : run.startedBy)
        .bind(6, run.reasonCode.isEmpty() ? QString() : run.reasonCode)
        .bind(7, run.bulkId.isEmpty() ? QString() : run.bulkId);
    insert.exec();
}

} // namespace

QString taskStatusCode(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Open:
        return QStringLiteral("open");
    case TaskStatus::Done:
        return QStringLiteral("done");
    case TaskStatus::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

PlayRun startPlay(store::Connection& connection, const Playbook& playbook, std::int64_t accountId,
                  const QDate& startedOn, const QString& owner, const QString& reasonCode)
{
    PlayRun run;
    run.playbookId = storedPlaybookId(connection, playbook);
    run.accountId = accountId;
    run.startedOn = startedOn;
    run.startedBy = owner;
    run.reasonCode = reasonCode;
    insertRun(connection, run);
    run.id = connection.lastInsertId();

    auto steps =
        connection.prepare("SELECT id FROM playbook_steps WHERE playbook_id = ? ORDER BY position");
    steps.bind(1, run.playbookId);
    std::size_t position = 0;
    while (steps.step() && position < playbook.steps.size()) {
        const PlaybookStep& step = playbook.steps[position++];
        Task task;
        task.accountId = accountId;
        task.runId = run.id;
        task.title = step.title;
        task.kind = step.kind;
        task.owner = owner;
        task.due = startedOn.addDays(step.dueOffsetDays);
        task.description = step.description;
        insertTask(connection, task, steps.intValue(0));
        task.id = connection.lastInsertId();
        run.tasks.push_back(task);
    }
    return run;
}

void removeRun(store::Connection& connection, std::int64_t runId)
{
    auto remove = connection.prepare("DELETE FROM playbook_runs WHERE id = ?");
    remove.bind(1, runId).exec(); // its tasks go with it (ON DELETE CASCADE)
}

std::int64_t writeRun(store::Connection& connection, const PlayRun& run)
{
    insertRun(connection, run);
    const std::int64_t id = run.id ? run.id : connection.lastInsertId();
    for (Task task : run.tasks) {
        task.runId = id;
        insertTask(connection, task, 0);
    }
    return id;
}

std::int64_t addAction(store::Connection& connection, const Action& action)
{
    auto insert = connection.prepare(
        statement({"INSERT INTO actions(", kActionValues,
                   ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"}));
    bindAction(insert, 1, action);
    insert.exec();
    return connection.lastInsertId();
}

void restoreAction(store::Connection& connection, const Action& action)
{
    auto insert = connection.prepare(
        statement({"INSERT INTO actions(id, ", kActionValues,
                   ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"}));
    insert.bind(1, action.id);
    bindAction(insert, 2, action);
    insert.exec();
}

void updateAction(store::Connection& connection, const Action& action)
{
    auto update = connection.prepare(
        statement({"UPDATE actions SET (", kActionValues,
                   ") = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE id = ?"}));
    bindAction(update, 1, action);
    update.bind(18, action.id);
    update.exec();
}

void deleteAction(store::Connection& connection, std::int64_t actionId)
{
    auto remove = connection.prepare("DELETE FROM actions WHERE id = ?");
    remove.bind(1, actionId).exec();
}

std::optional<Action> loadAction(store::Connection& connection, std::int64_t actionId)
{
    auto select = connection.prepare(statement({kActionColumns, "WHERE x.id = ?"}));
    select.bind(1, actionId);
    if (!select.step())
        return std::nullopt;
    return actionFromRow(select);
}

std::vector<Action> loadActions(store::Connection& connection, std::int64_t accountId)
{
    // Two statements, not "?1 = 0 OR account_id = ?1": the OR keeps SQLite from
    // using the account index, a full scan per account on a big book.
    auto select = connection.prepare(
        statement({kActionColumns, accountId == 0 ? "" : "WHERE x.account_id = ?1 ",
                   "ORDER BY x.occurred_on DESC, x.id DESC"}));
    if (accountId != 0)
        select.bind(1, accountId);
    std::vector<Action> actions;
    while (select.step())
        actions.push_back(actionFromRow(select));
    return actions;
}

ActionsBetween::ActionsBetween(store::Connection& connection, const QDate& from, const QDate& to)
    : m_select(std::make_unique<store::Statement>(connection.prepare(
          statement({kActionColumns,
                     "WHERE x.account_id = ?1 AND x.occurred_on >= ?2 AND x.occurred_on <= ?3 "
                     "ORDER BY x.occurred_on DESC, x.id DESC"}))))
    , m_from(isoDate(from))
    , m_to(isoDate(to))
{
}

ActionsBetween::~ActionsBetween() = default;

std::vector<Action> ActionsBetween::of(std::int64_t accountId)
{
    m_select->bind(1, accountId).bind(2, m_from).bind(3, m_to);
    std::vector<Action> actions;
    while (m_select->step())
        actions.push_back(actionFromRow(*m_select));
    m_select->reset();
    return actions;
}

std::optional<Task> loadTask(store::Connection& connection, std::int64_t taskId)
{
    auto select = connection.prepare(statement({kTaskColumns, "WHERE t.id = ?"}));
    select.bind(1, taskId);
    if (!select.step())
        return std::nullopt;
    return taskFromRow(select);
}

void updateTask(store::Connection& connection, const Task& task)
{
    auto update =
        connection.prepare("UPDATE tasks SET status = ?, due_on = ?, completed_on = ?, "
                           "skip_reason = ?, changed_by = ?, changed_at = ? WHERE id = ?");
    update.bind(1, taskStatusCode(task.status))
        .bind(2, isoDate(task.due))
        .bind(3, isoDate(task.completedOn))
        .bind(4, task.skipReason.isEmpty() ? QString() : task.skipReason);
    bindChange(update, 5);
    update.bind(7, task.id);
    update.exec();
}

std::vector<Task> loadOpenTasks(store::Connection& connection, const QString& owner,
                                const QDate& dueBy)
{
    auto select = connection.prepare(
        statement({kTaskColumns, "WHERE t.status = 'open' AND (?1 IS NULL OR t.owner = ?1) "
                                 "AND (?2 IS NULL OR t.due_on <= ?2) ORDER BY t.due_on, t.id"}));
    select.bind(1, owner.isEmpty() ? QString() : owner).bind(2, isoDate(dueBy));
    std::vector<Task> tasks;
    while (select.step())
        tasks.push_back(taskFromRow(select));
    return tasks;
}

std::vector<Task> loadAccountTasks(store::Connection& connection, std::int64_t accountId)
{
    auto select =
        connection.prepare(statement({kTaskColumns, "WHERE t.status = 'open' AND t.account_id = ? "
                                                    "ORDER BY t.due_on, t.id"}));
    select.bind(1, accountId);
    std::vector<Task> tasks;
    while (select.step())
        tasks.push_back(taskFromRow(select));
    return tasks;
}

QStringList runningPlaybooks(store::Connection& connection, std::int64_t accountId)
{
    auto select = connection.prepare(
        "SELECT DISTINCT p.code FROM tasks t JOIN playbook_runs r ON r.id = t.playbook_run_id "
        "JOIN playbooks p ON p.id = r.playbook_id WHERE t.account_id = ? AND t.status = 'open'");
    select.bind(1, accountId);
    QStringList codes;
    while (select.step())
        codes.append(select.textValue(0));
    return codes;
}

TaskAgenda agendaOf(std::vector<Task> tasks, const QDate& today)
{
    TaskAgenda agenda;
    for (Task& task : tasks) {
        if (task.due < today)
            agenda.overdue.push_back(std::move(task));
        else if (task.due == today)
            agenda.dueToday.push_back(std::move(task));
        else
            agenda.upcoming.push_back(std::move(task));
    }
    return agenda;
}

} // namespace tenure::playbooks
