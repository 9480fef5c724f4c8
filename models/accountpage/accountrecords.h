#pragma once

#include "accountdetail.h"
#include "health/thresholds.h"

namespace tenure::account::detail {

// The readers behind loadAccountDetail, one table each, as known on `asOf`.
std::vector<TicketRow> readTickets(store::Connection& db, std::int64_t id, const QDate& asOf);
std::vector<SurveyRow> readSurveys(store::Connection& db, std::int64_t id, const QDate& asOf);
std::vector<ContactRow> readContacts(store::Connection& db, std::int64_t id, const QDate& asOf,
                                     const health::Thresholds& thresholds);
std::vector<GoalRow> readGoals(store::Connection& db, std::int64_t id, const QDate& asOf);
std::vector<UsagePoint> readUsage(store::Connection& db, std::int64_t id, const QDate& asOf);

// Actions, requests and events straight from their tables, plus the tickets,
// surveys and billing movements already read; newest first.
std::vector<TimelineEntry> buildTimeline(store::Connection& db, const AccountDetail& detail);

} // namespace tenure::account::detail
