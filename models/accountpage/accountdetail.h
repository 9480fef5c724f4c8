#pragma once

#include "health/healthscore.h"
#include "health/riskreason.h"
#include "metrics/conventions.h"
#include "metrics/month.h"
#include "playbooks/suggestions.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace tenure::store {
class Connection;
}

namespace tenure::account {

// The header facts of one account; money in the book's base currency.
struct AccountFacts
{
    std::int64_t id = 0;
    QString name;
    QString owner;
    QString segment;
    QString plan;
    QString status;
    int seats = 0; // 0 when unknown
    QDate createdOn;
    QDate renewalOn;
    QString currency;
    std::int64_t mrr = 0; // on the as-of date
    std::int64_t arr() const { return mrr * 12; }
};

struct MrrPoint
{
    metrics::Month month;
    std::int64_t mrr = 0;
};

struct UsagePoint
{
    QDate week; // the week's first day
    int activeUsers = 0;
};

struct TicketRow
{
    QString reference; // the help desk's id, or ours
    QString subject;
    QString priority;
    QString type;
    QDate opened;
    QDate closed; // invalid while open on the as-of date
    bool escalated = false;
};

struct SurveyRow
{
    QDate respondedOn;
    QString kind; // nps or csat
    int score = 0;
    QString comment;
    QString contactName;
};

enum class ContactStatus { Active, GoneDark, Left };

struct ContactRow
{
    QString name;
    QString title;
    QString role;
    QDate lastActive;
    QDate leftOn;
    ContactStatus status = ContactStatus::Active;
};

struct GoalRow
{
    QString title;
    QString metric;
    std::optional<double> target;
    std::optional<double> achieved;
    QDate due;
    QString status; // as it stood on the as-of date: open, achieved, missed, dropped
};

enum class TimelineKind { Action, Billing, Ticket, Survey, Request, Event };

struct TimelineEntry
{
    QDate date;
    TimelineKind kind = TimelineKind::Action;
    QString title;
    QString detail;
};

// Everything the account page shows of one account, as known on `asOf`:
// rows dated after it are left out, and state that changed after it (a
// ticket closed, a contact who left, a goal achieved) is seen as it stood.
struct AccountDetail
{
    QDate asOf;
    AccountFacts facts;
    bool paying = false; // health is scored for paying accounts only
    health::HealthScore score;
    health::HealthWeights weights; // the dimensions' weights as configured
    health::Quadrant quadrant = health::Quadrant::Unknown;
    std::vector<health::RiskReason> reasons; // most severe first
    playbooks::AccountMoment moment;         // what playbook triggers read of it on asOf
    QDate trendFrom;                         // kTrendDays before asOf
    std::optional<double> healthBefore;      // the overall health on trendFrom
    metrics::Conventions conventions;        // the book's, which the MRR history follows
    std::vector<MrrPoint> mrrHistory;        // month by month to the as-of month
    std::vector<UsagePoint> usage;           // weekly, ascending, the last year
    // Weekly active users below which the account is in the danger zone
    // (the book's bottom quartile of licence utilisation × seats); 0 when unknown.
    double dangerZoneUsers = 0;
    std::vector<TicketRow> tickets;      // newest first
    std::vector<SurveyRow> surveys;      // newest first
    std::vector<ContactRow> contacts;    // active first, then by name
    std::vector<GoalRow> goals;          // by due date
    std::vector<TimelineEntry> timeline; // newest first

    std::optional<double> healthChange() const
    {
        if (!score.overall || !healthBefore)
            return std::nullopt;
        return *score.overall - *healthBefore;
    }
};

// Reads one account as of `asOf`; none when there is no such account.
// Health and the danger-zone line read the whole book's signals, since the
// line is a quartile over every paying account.
// Throws metrics::MissingRate when an MRR cannot be converted.
std::optional<AccountDetail> loadAccountDetail(store::Connection& connection,
                                               std::int64_t accountId, const QDate& asOf);

// `detail` with its timeline read again: after an action was logged, edited
// or undone on the account, without reading the rest again.
AccountDetail withFreshTimeline(store::Connection& connection, AccountDetail detail);

} // namespace tenure::account
