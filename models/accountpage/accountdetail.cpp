#include "accountdetail.h"

#include "accountrecords.h"
#include "health/bookhealth.h"
#include "health/detectors.h"
#include "health/signalsloader.h"
#include "healthtrend.h"
#include "metrics/historyloader.h"
#include "store/bookdates.h"
#include "store/sqlite.h"

#include <algorithm>

namespace tenure::account {

namespace {

std::optional<AccountFacts> readFacts(store::Connection& db, std::int64_t id)
{
    auto row = db.prepare("SELECT name, owner, segment, plan, status, seats_purchased, "
                          "created_on, renewal_on FROM accounts WHERE id = ?");
    row.bind(1, id);
    if (!row.step())
        return std::nullopt;
    return AccountFacts{id,
                        row.textValue(0),
                        row.textValue(1),
                        row.textValue(2),
                        row.textValue(3),
                        row.textValue(4),
                        static_cast<int>(row.intValue(5)),
                        store::dateAt(row, 6),
                        store::dateAt(row, 7),
                        {},
                        0};
}

// The account's MRR month by month, with the metrics' own rules (docs/metrics.md §1).
std::vector<MrrPoint> readMrrHistory(store::Connection& db, const AccountFacts& facts,
                                     const QDate& asOf, const metrics::Conventions& conventions)
{
    std::vector<metrics::PeriodInfo> periods;
    auto rows = db.prepare("SELECT start_on, end_on, mrr_minor, currency, canceled_on "
                           "FROM subscription_periods WHERE account_id = ?1 AND start_on <= ?2");
    rows.bind(1, facts.id).bind(2, asOf.toString(Qt::ISODate));
    while (rows.step()) {
        metrics::PeriodInfo period{
            0, store::dateAt(rows, 0), store::dateAt(rows, 1), rows.intValue(2), rows.textValue(3),
            1};
        if (metrics::applyChurnRecognition(period, store::dateAt(rows, 4), asOf,
                                           conventions.churnAt))
            periods.push_back(std::move(period));
    }
    if (periods.empty())
        return {};
    const metrics::MrrHistory history(
        {{facts.id, facts.name, facts.segment, facts.owner, facts.plan}}, periods,
        metrics::loadCurrencyConverter(db), asOf);
    std::vector<MrrPoint> points;
    for (metrics::Month month = history.firstMonth(); month <= history.lastMonth();
         month = month + 1)
        points.push_back({month, history.mrr(0, month)});
    return points;
}

void scoreHealth(store::Connection& db, AccountDetail& detail, const health::HealthConfig& config)
{
    // The book's usage draws the danger zone; only this account's other signals are read.
    const auto book = health::loadSignalsDetailing(
        db, detail.asOf, [&] { return std::vector<std::int64_t>{detail.facts.id}; });
    const auto found = std::find_if(book.begin(), book.end(), [&](const auto& account) {
        return account.id == detail.facts.id;
    });
    if (found == book.end())
        return;
    const double dangerZone = health::bottomQuartileUtilisation(book, detail.asOf);
    detail.dangerZoneUsers = dangerZone * found->seats;
    detail.paying = found->isPaying();
    detail.moment = playbooks::momentOf(*found, {}); // lifecycle moments hold without health
    if (!detail.paying)
        return;
    health::AccountHealth assessed;
    assessed.score = health::scoreAccount(*found, detail.asOf, config.thresholds, config.weights);
    assessed.quadrant = health::quadrantOf(assessed.score, config.thresholds.minCoverage);
    assessed.reasons =
        health::detectRiskReasons(*found, {detail.asOf, config.thresholds, dangerZone});
    detail.moment = playbooks::momentOf(*found, assessed);
    detail.score = assessed.score;
    detail.quadrant = assessed.quadrant;
    detail.reasons = std::move(assessed.reasons);
    // Only this account's health on the trend date: its data alone, not the book's.
    if (const auto before = healthOfAccountOn(db, detail.facts.id, detail.trendFrom, config))
        detail.healthBefore = *before;
}

} // namespace

std::optional<AccountDetail> loadAccountDetail(store::Connection& connection,
                                               std::int64_t accountId, const QDate& asOf)
{
    auto facts = readFacts(connection, accountId);
    if (!facts)
        return std::nullopt;
    AccountDetail detail;
    detail.asOf = asOf;
    detail.trendFrom = asOf.addDays(-kTrendDays);
    detail.facts = std::move(*facts);
    detail.facts.currency = metrics::loadCurrencyConverter(connection).baseCurrency();
    detail.conventions = metrics::loadConventions(connection);
    detail.mrrHistory = readMrrHistory(connection, detail.facts, asOf, detail.conventions);
    detail.facts.mrr = detail.mrrHistory.empty() ? 0 : detail.mrrHistory.back().mrr;

    const auto config = health::loadHealthConfig(connection);
    detail.weights = config.weights;
    scoreHealth(connection, detail, config);
    detail.usage = detail::readUsage(connection, accountId, asOf);
    detail.tickets = detail::readTickets(connection, accountId, asOf);
    detail.surveys = detail::readSurveys(connection, accountId, asOf);
    detail.contacts = detail::readContacts(connection, accountId, asOf, config.thresholds);
    detail.goals = detail::readGoals(connection, accountId, asOf);
    detail.timeline = detail::buildTimeline(connection, detail);
    return detail;
}

AccountDetail withFreshTimeline(store::Connection& connection, AccountDetail detail)
{
    detail.timeline = detail::buildTimeline(connection, detail);
    return detail;
}

} // namespace tenure::account
