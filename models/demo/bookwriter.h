#pragma once

#include "demogenerator.h"
#include "playbooks/playbook.h"
#include "store/sqlite.h"

#include <QDate>

#include <cstdint>
#include <map>
#include <string_view>
#include <vector>

namespace tenure::demo {

struct AccountStory;
struct Company;

struct ContactRow
{
    std::string_view name, email, title, role;
    QDate createdOn, lastActiveOn, leftOn; // invalid dates are stored as NULL
};

struct TicketRow
{
    QDate openedOn, closedOn;
    std::string_view priority, type, subject;
    bool escalated = false;
};

struct GoalRow
{
    std::string_view title, metric, status;
    double target = 0, achieved = 0;
    QDate dueOn, achievedOn;
};

struct ActionRow
{
    QDate occurredOn;
    std::string_view kind, reasonCode, summary, outcome, createdBy, bulkId;
    std::int64_t contactId = 0; // 0 stores NULL
};

// A task of a demo play run, with what became of it.
struct TaskRow
{
    QDate dueOn;
    std::string_view status; // open, done or skipped
    QDate completedOn;       // done or skipped on
    std::string_view skipReason;
};

// Streams the demo book's rows through one prepared statement per table and
// counts them. Ids of rows other rows point at are handed out here, in order.
class BookWriter
{
public:
    explicit BookWriter(store::Connection& connection);

    void account(const AccountStory& story, const Company& company, const QDate& today);
    void truth(const AccountStory& story);
    std::int64_t contact(std::int64_t accountId, const ContactRow& row);
    void usage(std::int64_t accountId, std::string_view weekStart, int activeUsers, int sessions,
               int keyEvents);
    std::int64_t ticket(std::int64_t accountId, const TicketRow& row);
    void survey(std::int64_t accountId, std::int64_t contactId, const QDate& respondedOn,
                std::string_view kind, int score, std::string_view comment);
    void featureRequest(std::int64_t accountId, std::int64_t contactId, const QDate& requestedOn,
                        std::string_view title, std::string_view kind, std::string_view status);
    void goal(std::int64_t accountId, const GoalRow& row);
    void event(std::int64_t accountId, const QDate& occurredOn, std::string_view kind,
               std::string_view description);
    void action(std::int64_t accountId, const ActionRow& row);
    // A run of `playbook` (stored in the book on first use) and one task per step.
    void playRun(std::int64_t accountId, const playbooks::Playbook& playbook,
                 const QDate& startedOn, std::string_view owner, std::string_view reasonCode,
                 const std::vector<TaskRow>& tasks);

    const DemoSummary& summary() const { return m_summary; }

private:
    void periods(const AccountStory& story);
    // The stored playbook's id and its steps' ids, in order.
    const std::pair<std::int64_t, std::vector<std::int64_t>>&
    storedPlaybook(const playbooks::Playbook& playbook);

    store::Connection& m_connection;
    store::Statement m_account, m_externalId, m_period, m_truth, m_contact, m_usage, m_ticket,
        m_survey, m_request, m_goal, m_event, m_action, m_run, m_task;
    std::map<QString, std::pair<std::int64_t, std::vector<std::int64_t>>> m_playbooks;
    DemoSummary m_summary;
    std::int64_t m_periodId = 0, m_contactId = 0, m_ticketId = 0, m_surveyId = 0, m_requestId = 0,
                 m_goalId = 0, m_eventId = 0, m_actionId = 0, m_runId = 0;
};

} // namespace tenure::demo
