#pragma once

#include "core/progress.h"
#include "forecast/quarterforecast.h"
#include "metrics/conventions.h"
#include "playbooks/worklog.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace tenure::store {
class Connection;
}

namespace tenure::today {

// An account worth a CSM's attention this morning.
struct AccountLine
{
    std::int64_t id = 0;
    QString name;
    std::optional<double> health;
    std::int64_t arrMinor = 0;
    QString topReason; // the most severe reason's code; empty when none fired
    QString topEvidence;
    double topSeverity = 0; // 0 to 1
    QDate renewalOn;
    // The larger of the top reason's severity and (100 - health) / 100; 1
    // when health is unknown and no reason fired.
    double risk() const;
    double riskTimesArr() const { return risk() * static_cast<double>(arrMinor); }
    bool isAtRisk() const;
};

// Something that happened to an account since the last review.
struct Change
{
    enum class Kind {
        HealthDrop,
        NewReason,
        Churned,
        Contracted,
        NewTicket,
        NewDetractor,
        ChampionLeft
    };
    Kind kind = Kind::NewReason;
    std::int64_t accountId = 0;
    QString accountName;
    QString text; // translated, with the numbers
};

// The morning review of one owner's book (every owner's when empty).
struct TodayBrief
{
    QDate today;
    QDate lastReview;
    QString baseCurrency;
    std::int64_t arrMinor = 0;
    std::optional<double> lastQuarterNrr;
    std::optional<double> lastQuarterGrr;
    QString lastQuarter; // "2026Q3", or "FY2027Q2" with a fiscal year
    metrics::RetentionMethod retentionMethod = metrics::RetentionMethod::Cohort; // the book's
    int accountsAtRisk = 0;
    std::int64_t arrAtRiskMinor = 0;
    std::vector<AccountLine> atRisk;      // by risk × ARR, largest first
    std::vector<AccountLine> renewals90;  // renewing within 90 days, soonest first
    std::vector<AccountLine> renewals180; // within 91 to 180 days
    std::vector<playbooks::Task> overdueTasks;
    std::vector<playbooks::Task> tasksDueToday;
    std::vector<Change> changes;
    // False while the book holds no CSM activity at all: no account is then
    // flagged for lack of contact, and the view says the history is unknown.
    bool contactHistoryKnown = true;
    // The owner's ARR expected lost next quarter (models/forecast): empty
    // until forecastNextQuarter() has run, which takes far longer than the rest.
    std::optional<forecast::QuarterForecast> nextQuarter;
};

// An account is at risk when its health is below the two-by-two's middle
// line, or when a risk reason of at least medium severity fired.
inline constexpr double kAtRiskHealth = 50;
inline constexpr double kAtRiskSeverity = 0.5;
// Without a recorded review, "what changed" covers this many days.
inline constexpr int kDefaultReviewDays = 7;

// Scores the book today and on the last review day and compares them
// (`progress` hears of each step); the book as scored today is left in
// `scoredToday` when given. Throws Cancelled when cancelled.
TodayBrief buildTodayBrief(store::Connection& connection, const QString& owner, const QDate& today,
                           const QDate& lastReview, Progress& progress,
                           health::BookHealth* scoredToday = nullptr);

// The owner's ARR expected lost in the quarter after today's ("" is everyone):
// it scores the book at its past quarter ends, so the view shows the brief
// first. `scoredToday`, the book as the brief scored it, is not read again.
// Throws Cancelled when cancelled.
forecast::QuarterForecast forecastNextQuarter(store::Connection& connection, const QString& owner,
                                              const QDate& today,
                                              const health::BookHealth* scoredToday,
                                              Progress& progress);

// When `owner` last marked the book reviewed ("" is everyone); invalid when never.
QDate lastReviewOf(store::Connection& connection, const QString& owner);
void markReviewed(store::Connection& connection, const QString& owner, const QDate& on);

} // namespace tenure::today
