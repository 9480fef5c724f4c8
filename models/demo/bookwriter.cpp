#include "bookwriter.h"

#include "accountstory.h"
#include "calendar.h"
#include "names.h"
#include "playbooks/playbookstore.h"

#include <algorithm>
#include <string>

namespace tenure::demo {

namespace {

using store::Statement;

// Invalid dates and empty texts are stored as NULL.
Statement& bindDate(Statement& statement, int index, const QDate& date)
{
    return date.isValid() ? statement.bind(index, IsoDate(date).view()) : statement.bindNull(index);
}

Statement& bindText(Statement& statement, int index, std::string_view text)
{
    return text.empty() ? statement.bindNull(index) : statement.bind(index, text);
}

Statement& bindId(Statement& statement, int index, std::int64_t id)
{
    return id > 0 ? statement.bind(index, id) : statement.bindNull(index);
}

// Monthly-normalised amount, rounded half up to the cent (docs/metrics.md).
std::int64_t monthlyAmount(std::int64_t perInterval, Billing billing)
{
    return billing == Billing::Annual ? (perInterval * 2 + 12) / 24 : perInterval;
}

// A churning customer gives notice before its term ends: a month ahead on an
// annual plan, two weeks on a monthly one. Invalid for every other term.
QDate cancellationOf(const AccountStory& story, const Term& term)
{
    if (!story.churnOn.isValid() || term.end != story.churnOn)
        return {};
    const int noticeDays = story.billing == Billing::Annual ? 30 : 14;
    return std::max(term.end.addDays(-noticeDays), term.start.addDays(1));
}

} // namespace

BookWriter::BookWriter(store::Connection& connection)
    : m_connection(connection)
    , m_account(connection.prepare(
          "INSERT INTO accounts(id, name, domain, owner, segment, plan, seats_purchased, "
          "industry, country, created_on, onboarding_target_on, go_live_on, renewal_on, status) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_externalId(connection.prepare("INSERT INTO account_external_ids(source, external_id, "
                                      "account_id) VALUES ('demo', ?, ?)"))
    , m_period(connection.prepare(
          "INSERT INTO subscription_periods(id, account_id, source, external_id, plan, start_on, "
          "end_on, amount_minor, interval_unit, quantity, currency, mrr_minor, source_status, "
          "canceled_on) VALUES (?, ?, 'demo', ?, ?, ?, ?, ?, ?, ?, 'USD', ?, ?, ?)"))
    , m_truth(connection.prepare(
          "INSERT INTO demo_truth(account_id, fate, cause, event_on) VALUES (?, ?, ?, ?)"))
    , m_contact(connection.prepare(
          "INSERT INTO contacts(id, account_id, name, email, title, role, created_on, "
          "last_active_on, left_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_usage(connection.prepare("INSERT INTO usage(account_id, period_start, period_days, "
                                 "active_users, sessions, key_events) VALUES (?, ?, 7, ?, ?, ?)"))
    , m_ticket(connection.prepare(
          "INSERT INTO tickets(id, account_id, external_id, opened_on, closed_on, priority, type, "
          "escalated, subject) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_survey(connection.prepare(
          "INSERT INTO survey_responses(id, account_id, contact_id, responded_on, kind, score, "
          "comment) VALUES (?, ?, ?, ?, ?, ?, ?)"))
    , m_request(connection.prepare(
          "INSERT INTO feature_requests(id, account_id, contact_id, requested_on, title, kind, "
          "status) VALUES (?, ?, ?, ?, ?, ?, ?)"))
    , m_goal(connection.prepare(
          "INSERT INTO goals(id, account_id, title, metric, target, achieved, due_on, achieved_on, "
          "status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_event(connection.prepare("INSERT INTO account_events(id, account_id, occurred_on, kind, "
                                 "description) VALUES (?, ?, ?, ?, ?)"))
    , m_action(connection.prepare(
          "INSERT INTO actions(id, account_id, occurred_on, kind, contact_id, reason_code, "
          "summary, outcome, created_by, bulk_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    , m_run(connection.prepare("INSERT INTO playbook_runs(id, playbook_id, account_id, started_on, "
                               "started_by, reason_code) VALUES (?, ?, ?, ?, ?, ?)"))
    , m_task(connection.prepare(
          "INSERT INTO tasks(account_id, playbook_run_id, step_id, title, kind, owner, due_on, "
          "status, completed_on, skip_reason, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
          "?)"))
{
}

void BookWriter::account(const AccountStory& story, const Company& company, const QDate& today)
{
    const Term& current = story.currentTerm();
    m_account.bind(1, story.id)
        .bind(2, std::string_view(company.name))
        .bind(3, std::string_view(company.domain))
        .bind(4, story.owner)
        .bind(5, segmentName(story.segment))
        .bind(6, tierName(current.tier))
        .bind(7, current.seats)
        .bind(8, company.industry)
        .bind(9, company.country);
    bindDate(m_account, 10, story.signup);
    bindDate(m_account, 11, story.onboardingTarget);
    bindDate(m_account, 12, story.liveBy(today) ? story.goLive : QDate());
    bindDate(m_account, 13, nextRenewal(story, today));
    m_account.bind(14, statusOn(story, today)).exec();

    const std::string externalId = "demo-" + std::to_string(story.id);
    m_externalId.bind(1, std::string_view(externalId)).bind(2, story.id).exec();
    m_summary.accounts += 1;
    m_summary.rows += 2;
    periods(story);
}

void BookWriter::periods(const AccountStory& story)
{
    const std::string subscription = "sub-" + std::to_string(story.id);
    const bool annual = story.billing == Billing::Annual;
    for (const Term& term : story.terms) {
        const std::int64_t price =
            annual ? annualSeatPrice(term.tier) : monthlySeatPrice(term.tier);
        m_period.bind(1, ++m_periodId)
            .bind(2, story.id)
            .bind(3, std::string_view(subscription))
            .bind(4, tierName(term.tier));
        bindDate(m_period, 5, term.start);
        bindDate(m_period, 6, term.end);
        m_period.bind(7, price)
            .bind(8, std::string_view(annual ? "year" : "month"))
            .bind(9, static_cast<double>(term.seats))
            .bind(10, monthlyAmount(price * term.seats, story.billing))
            .bind(11, std::string_view(term.end.isValid() ? "ended" : "active"));
        bindDate(m_period, 12, cancellationOf(story, term));
        m_period.exec();
        m_summary.subscriptionPeriods += 1;
        m_summary.rows += 1;
    }
}

const std::pair<std::int64_t, std::vector<std::int64_t>>&
BookWriter::storedPlaybook(const playbooks::Playbook& playbook)
{
    auto found = m_playbooks.find(playbook.code);
    if (found != m_playbooks.end())
        return found->second;
    std::pair<std::int64_t, std::vector<std::int64_t>> stored{
        playbooks::storedPlaybookId(m_connection, playbook), {}};
    auto steps = m_connection.prepare(
        "SELECT id FROM playbook_steps WHERE playbook_id = ? ORDER BY position");
    steps.bind(1, stored.first);
    while (steps.step())
        stored.second.push_back(steps.intValue(0));
    return m_playbooks.emplace(playbook.code, std::move(stored)).first->second;
}

void BookWriter::playRun(std::int64_t accountId, const playbooks::Playbook& playbook,
                         const QDate& startedOn, std::string_view owner,
                         std::string_view reasonCode, const std::vector<TaskRow>& tasks)
{
    const auto& [playbookId, stepIds] = storedPlaybook(playbook);
    m_run.bind(1, ++m_runId).bind(2, playbookId).bind(3, accountId);
    bindDate(m_run, 4, startedOn);
    m_run.bind(5, owner);
    bindText(m_run, 6, reasonCode);
    m_run.exec();
    for (std::size_t i = 0; i < tasks.size() && i < playbook.steps.size(); ++i) {
        const playbooks::PlaybookStep& step = playbook.steps[i];
        const TaskRow& task = tasks[i];
        m_task.bind(1, accountId).bind(2, m_runId).bind(3, stepIds.at(i)).bind(4, step.title);
        m_task.bind(5, playbooks::workKindCode(step.kind)).bind(6, owner);
        bindDate(m_task, 7, task.dueOn);
        m_task.bind(8, task.status);
        bindDate(m_task, 9, task.completedOn);
        bindText(m_task, 10, task.skipReason);
        m_task.bind(11, step.description).exec();
        m_summary.tasks += 1;
    }
    m_summary.playRuns += 1;
    m_summary.rows += 1 + static_cast<std::int64_t>(tasks.size());
}

void BookWriter::truth(const AccountStory& story)
{
    m_truth.bind(1, story.id).bind(2, fateCode(story.fate));
    bindText(m_truth, 3, causeCode(story.cause));
    bindDate(m_truth, 4, story.eventOn()).exec();
    m_summary.rows += 1;
}

std::int64_t BookWriter::contact(std::int64_t accountId, const ContactRow& row)
{
    m_contact.bind(1, ++m_contactId)
        .bind(2, accountId)
        .bind(3, row.name)
        .bind(4, row.email)
        .bind(5, row.title)
        .bind(6, row.role);
    bindDate(m_contact, 7, row.createdOn);
    bindDate(m_contact, 8, row.lastActiveOn);
    bindDate(m_contact, 9, row.leftOn).exec();
    m_summary.contacts += 1;
    m_summary.rows += 1;
    return m_contactId;
}

void BookWriter::usage(std::int64_t accountId, std::string_view weekStart, int activeUsers,
                       int sessions, int keyEvents)
{
    m_usage.bind(1, accountId)
        .bind(2, weekStart)
        .bind(3, activeUsers)
        .bind(4, sessions)
        .bind(5, keyEvents)
        .exec();
    m_summary.usageRows += 1;
    m_summary.rows += 1;
}

std::int64_t BookWriter::ticket(std::int64_t accountId, const TicketRow& row)
{
    const std::string externalId = "T-" + std::to_string(m_ticketId + 100001);
    m_ticket.bind(1, ++m_ticketId).bind(2, accountId).bind(3, std::string_view(externalId));
    bindDate(m_ticket, 4, row.openedOn);
    bindDate(m_ticket, 5, row.closedOn);
    m_ticket.bind(6, row.priority)
        .bind(7, row.type)
        .bind(8, row.escalated ? 1 : 0)
        .bind(9, row.subject)
        .exec();
    m_summary.tickets += 1;
    m_summary.rows += 1;
    return m_ticketId;
}

void BookWriter::survey(std::int64_t accountId, std::int64_t contactId, const QDate& respondedOn,
                        std::string_view kind, int score, std::string_view comment)
{
    m_survey.bind(1, ++m_surveyId).bind(2, accountId);
    bindId(m_survey, 3, contactId);
    bindDate(m_survey, 4, respondedOn).bind(5, kind).bind(6, score);
    bindText(m_survey, 7, comment).exec();
    m_summary.surveyResponses += 1;
    m_summary.rows += 1;
}

void BookWriter::featureRequest(std::int64_t accountId, std::int64_t contactId,
                                const QDate& requestedOn, std::string_view title,
                                std::string_view kind, std::string_view status)
{
    m_request.bind(1, ++m_requestId).bind(2, accountId);
    bindId(m_request, 3, contactId);
    bindDate(m_request, 4, requestedOn).bind(5, title).bind(6, kind).bind(7, status).exec();
    m_summary.featureRequests += 1;
    m_summary.rows += 1;
}

void BookWriter::goal(std::int64_t accountId, const GoalRow& row)
{
    m_goal.bind(1, ++m_goalId)
        .bind(2, accountId)
        .bind(3, row.title)
        .bind(4, row.metric)
        .bind(5, row.target)
        .bind(6, row.achieved);
    bindDate(m_goal, 7, row.dueOn);
    bindDate(m_goal, 8, row.achievedOn).bind(9, row.status).exec();
    m_summary.goals += 1;
    m_summary.rows += 1;
}

void BookWriter::event(std::int64_t accountId, const QDate& occurredOn, std::string_view kind,
                       std::string_view description)
{
    m_event.bind(1, ++m_eventId).bind(2, accountId);
    bindDate(m_event, 3, occurredOn).bind(4, kind).bind(5, description).exec();
    m_summary.accountEvents += 1;
    m_summary.rows += 1;
}

void BookWriter::action(std::int64_t accountId, const ActionRow& row)
{
    m_action.bind(1, ++m_actionId).bind(2, accountId);
    bindDate(m_action, 3, row.occurredOn).bind(4, row.kind);
    bindId(m_action, 5, row.contactId);
    bindText(m_action, 6, row.reasonCode).bind(7, row.summary);
    bindText(m_action, 8, row.outcome);
    bindText(m_action, 9, row.createdBy);
    bindText(m_action, 10, row.bulkId).exec();
    m_summary.actions += 1;
    m_summary.rows += 1;
}

} // namespace tenure::demo
