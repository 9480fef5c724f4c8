#pragma once

// The steps of buildQuarterlyReport() that read health and the action log,
// kept apart from the metrics so that each file stays readable.
#include "health/bookhealth.h"
#include "health/datedscores.h"
#include "metrics/mrrhistory.h"
#include "quarterlyreport.h"

#include <cstdint>
#include <functional>
#include <span>
#include <unordered_map>
#include <vector>

namespace tenure::report {

// Accounts of the quarter's starting cohort that churned (MRR 0 at its end)
// or contracted (below their start), largest loss first, without reasons yet.
void collectLostAccounts(const metrics::MrrHistory& history, std::span<const int> accounts,
                         const Quarter& quarter, QuarterlyReport& report);

// The quarter's first day (or the as-of date, if earlier), when the lost
// accounts' risk reasons are read.
QDate quarterStartHealthDate(const Quarter& quarter, const QDate& asOf);

// The risk reasons firing on each of the accounts paying on `date` among
// those `accountIds` gives, by id, exactly as evaluateBook finds them (against
// the whole book's danger zone); without their scores, which nothing here
// reads. `accountIds` is called once the book-wide signals are read (see
// health::loadSignalsDetailing).
using RiskReasonsById = std::unordered_map<std::int64_t, std::vector<health::RiskReason>>;
RiskReasonsById detectRiskReasonsOf(store::Connection& connection, const QDate& date,
                                    const std::function<std::vector<std::int64_t>()>& accountIds);

// The ids of the report's churned and contracted accounts.
std::vector<std::int64_t> lostAccountIds(const QuarterlyReport& report);

// The risk reasons firing at the quarter's start and the actions logged from
// kActionLookbackDays before the quarter to its end, for every lost account.
void explainLostAccounts(store::Connection& connection, const RiskReasonsById& startReasons,
                         const Quarter& quarter, QuarterlyReport& report, Progress& progress);

// Health distribution, two-by-two and next quarter's at-risk renewals, as of
// the report's date, over the accounts in scope: from the book's scores on
// that date (kept between runs, see health::DatedScores).
void assessHealth(store::Connection& connection, health::DatedScores& scores,
                  QuarterlyReport& report);

bool inScope(const ReportScope& scope, const QString& segment, const QString& owner);

} // namespace tenure::report
