#pragma once

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace tenure::health {

// Everything the risk detectors and scores read of one account, as known on
// the as-of date: rows dated after it are left out, and state that changed
// after it (a ticket closed, a goal achieved, a contact who left) is seen as
// it stood then.

struct UsageWeek
{
    QDate start; // a week's first day
    int activeUsers = 0;
    int sessions = 0;
    int keyEvents = 0;
};

struct ContactSignal
{
    QString name;
    QString role; // buyer, executive_sponsor, champion, admin, power_user, it, user
    QDate lastActive;
    QDate leftOn; // invalid while still at the customer
    std::int64_t id = 0;
};

// How far back an escalation counts against an account.
inline constexpr int kEscalationWindowDays = 90;
// How old an NPS or CSAT answer can be and still count in the score.
inline constexpr int kLatestAnswerDays = 365;

struct TicketSignal
{
    QDate opened;
    QDate closed; // invalid while open on the as-of date
    QString priority;
    QString type;
    bool escalated = false;
};

struct SurveySignal
{
    QDate respondedOn;
    QString kind; // nps (0-10) or csat (1-5)
    int score = 0;
    QString comment;
    QString contactName;        // who answered, when known
    std::int64_t contactId = 0; // 0 when not known
};

struct RequestSignal
{
    QDate requestedOn;
    QString kind; // feature, enhancement, integration, pricing
    QString title;
};

struct GoalSignal
{
    QString title;
    double target = 0;
    double achieved = 0;
    QDate due;
    QDate achievedOn; // invalid unless achieved by the as-of date
};

struct EventSignal
{
    QDate occurredOn;
    QString kind; // acquired, merged, closing, restructured, leadership_change, funding, other
    QString description;
};

struct ActionSignal
{
    QDate occurredOn;
    QString kind; // call, email, meeting, qbr, training, webinar, note
};

struct AccountSignals
{
    std::int64_t id = 0;
    QString name;
    QString segment;
    QString owner;
    int seats = 0; // 0 when unknown
    QDate createdOn;
    QDate onboardingTargetOn;
    QDate goLiveOn; // invalid until live (on the as-of date)
    QDate renewalOn;
    QString currency;              // the book's base currency, which the MRRs are in
    std::int64_t mrrNow = 0;       // MRR on the as-of date, base-currency minor units
    std::int64_t mrr90DaysAgo = 0; // MRR 90 days before it
    std::vector<UsageWeek> usage;  // by start, ascending
    std::vector<ContactSignal> contacts;
    // Open on the as-of date, or opened within kEscalationWindowDays before it:
    // what the detectors and the score count. By opened, ascending.
    std::vector<TicketSignal> tickets;
    // Whether the account had opened any ticket by the as-of date. Without
    // one the help desk says nothing of its experience: no data, not a good one.
    bool hadTicket = false;
    std::vector<SurveySignal> surveys;   // within surveyWindowDays; by date, ascending
    std::vector<RequestSignal> requests; // by date, ascending
    std::vector<GoalSignal> goals;       // due in the year (and a week) up to the as-of date
    std::vector<EventSignal> events;     // by date, ascending
    // The CSM's latest logged action (of those on one day, the last logged):
    // all that health reads of the action log, which is the book's longest table.
    // An inbound activity (the customer's email in) is not the CSM's contact.
    std::optional<ActionSignal> lastAction;
    // Whether the book held any action at all (of any account) on the as-of
    // date. Until it does, the CSM's contact history is unknown: no action
    // logged is no evidence of silence, so neither the detector nor the score
    // reads the account's creation date as the last contact.
    bool contactHistoryKnown = true;

    bool isPaying() const { return mrrNow > 0; }
};

} // namespace tenure::health
