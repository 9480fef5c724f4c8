#pragma once

#include "forecast/quarterforecast.h"
#include "health/healthscore.h"
#include "metrics/cohorts.h"
#include "metrics/kaplanmeier.h"
#include "metrics/movements.h"
#include "metrics/periodmetrics.h"
#include "quarter.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace tenure::store {
class Connection;
}

namespace tenure {
class Progress;
}

namespace tenure::report {

// Whose accounts the report covers; empty fields cover every account.
struct ReportScope
{
    QString segment;
    QString owner;
};

// The retention of one segment or owner over the quarter.
struct GroupRetention
{
    QString group;
    metrics::PeriodMetrics figures;
};

// An account that churned or contracted during the quarter, with what was
// known of it as the quarter began and what the team did about it.
struct LostAccount
{
    std::int64_t id = 0;
    QString name;
    QString segment;
    QString owner;
    metrics::Month month;    // the month it churned or last contracted
    std::int64_t before = 0; // MRR before the quarter (S)
    std::int64_t after = 0;  // MRR at the quarter's end (E)
    QStringList reasons;     // risk reasons firing on the quarter's first day
    QStringList actions;     // "2026-08-03 call: summary", newest first
    std::int64_t lost() const { return before - after; }
};

// A renewal due next quarter on an account whose health says it may not renew.
struct AtRiskRenewal
{
    std::int64_t id = 0;
    QString name;
    QString segment;
    QString owner;
    QDate renewalOn;
    std::int64_t mrr = 0;
    std::optional<double> health;
    health::Quadrant quadrant = health::Quadrant::Unknown;
    QStringList reasons;
};

// Below this health an account counts as at risk (as in the Today view).
inline constexpr double kAtRiskHealth = 50;
// How long before the quarter logged actions still count as taken for it.
inline constexpr int kActionLookbackDays = 180;
// Ages (months since signup) printed in the cohort table.
inline constexpr std::array<int, 6> kCohortAges = {1, 3, 6, 12, 18, 24};

// Every number and row of the quarterly retention report, computed headless.
struct QuarterlyReport
{
    Quarter quarter;
    ReportScope scope;
    QDate asOf;
    QString baseCurrency;
    metrics::Conventions conventions; // the book's, in force for every figure
    int accountsInScope = 0;

    metrics::PeriodMetrics current;                 // the quarter
    metrics::PeriodMetrics previous;                // the quarter before
    metrics::PeriodMetrics yearAgo;                 // the same quarter a year earlier
    std::vector<metrics::MonthMovements> movements; // 12 months ending with the quarter
    std::vector<GroupRetention> bySegment;
    std::vector<GroupRetention> byOwner;
    metrics::SurvivalCurve survival;
    std::vector<metrics::CohortRow> cohorts;   // signup months, oldest first
    std::vector<LostAccount> churned;          // largest loss first
    std::vector<LostAccount> contracted;       // largest loss first
    std::vector<AtRiskRenewal> atRiskRenewals; // soonest first
    std::array<int, 10> healthBuckets{};       // paying accounts by health, 0-9, ..., 90-100
    int unscoredAccounts = 0;
    std::array<int, 5> quadrantAccounts{};     // by health::Quadrant
    std::array<std::int64_t, 5> quadrantMrr{}; // by health::Quadrant
    // The quarter as forecast from the data known as it began, beside what
    // happened, and the next quarter's forecast; none when it starts after
    // the quarter following the as-of date.
    std::optional<forecast::QuarterForecast> quarterForecast;
    std::optional<forecast::QuarterForecast> nextQuarterForecast;
};

// Reads the book as known on `asOf` and computes the report. Throws
// metrics::MissingRate, store::BookError, or Cancelled when `progress` asks.
QuarterlyReport buildQuarterlyReport(store::Connection& connection, const Quarter& quarter,
                                     const ReportScope& scope, const QDate& asOf,
                                     Progress& progress);

} // namespace tenure::report
