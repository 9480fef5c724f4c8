#include "todaybrief.h"

#include "health/bookhealth.h"
#include "health/signalsloader.h"
#include "metrics/conventions.h"
#include "metrics/historyloader.h"
#include "metrics/periodmetrics.h"
#include "metrics/selection.h"
#include "store/sqlite.h"

#include <QCoreApplication>

#include <algorithm>
#include <unordered_map>

namespace tenure::today {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::today::TodayBrief)
};

constexpr int kDetractorScore = 6; // NPS 0 to 6

bool isOwners(const QString& accountOwner, const QString& owner)
{
    return owner.isEmpty() || accountOwner == owner;
}

AccountLine lineOf(const health::AccountHealth& health, const health::AccountSignals& signals)
{
    AccountLine line;
    line.id = health.id;
    line.name = health.name;
    line.health = health.score.overall;
    line.arrMinor = health.mrr * 12;
    if (!health.reasons.empty()) {
        line.topReason = health.reasons.front().code;
        line.topEvidence = health.reasons.front().evidence;
        line.topSeverity = health.reasons.front().severity;
    }
    line.renewalOn = signals.renewalOn;
    return line;
}

void addLastQuarter(TodayBrief& brief, store::Connection& connection, const QString& owner)
{
    const metrics::MrrHistory history = metrics::loadMrrHistory(connection, brief.today);
    brief.baseCurrency = history.baseCurrency();
    metrics::AccountFilter filter;
    filter.owner = owner;
    const auto accounts = metrics::selectAccounts(history, filter);
    // The book's quarters follow its fiscal year, and its retention method.
    const metrics::Month today = metrics::Month::of(brief.today);
    const metrics::Month thisQuarter =
        metrics::periodsBetween(today, today, metrics::Granularity::Quarter,
                                history.conventions().fiscalYearStartMonth)
            .front()
            .first;
    const auto rows =
        metrics::periodMetrics(history, accounts, thisQuarter - 3, thisQuarter - 1,
                               metrics::Granularity::Quarter, history.conventions().method);
    if (rows.empty() || rows.front().customersStart == 0)
        return;
    brief.lastQuarter = rows.front().period.label;
    brief.retentionMethod = history.conventions().method;
    brief.lastQuarterNrr = rows.front().nrr;
    brief.lastQuarterGrr = rows.front().grr;
}

// Tickets opened after the review day and by today, by account. Counted here:
// health reads only the tickets still open or recently opened.
std::unordered_map<std::int64_t, int>
ticketsOpenedSince(store::Connection& connection, const QDate& lastReview, const QDate& today)
{
    auto rows = connection.prepare("SELECT account_id, count(*) FROM tickets "
                                   "WHERE opened_on > ?1 AND opened_on <= ?2 GROUP BY account_id");
    rows.bind(1, lastReview.toString(Qt::ISODate)).bind(2, today.toString(Qt::ISODate));
    std::unordered_map<std::int64_t, int> counts;
    while (rows.step())
        counts.emplace(rows.intValue(0), static_cast<int>(rows.intValue(1)));
    return counts;
}

// NPS detractors who answered after the review day and by today, by account,
// oldest first: "NPS <score> from <contact>". Read here, as new tickets are.
std::unordered_map<std::int64_t, QStringList>
detractorsSince(store::Connection& connection, const QDate& lastReview, const QDate& today)
{
    auto rows = connection.prepare(
        "SELECT s.account_id, s.score, c.name FROM survey_responses s "
        "LEFT JOIN contacts c ON c.id = s.contact_id "
        "WHERE s.kind = 'nps' AND s.score <= ?3 AND s.responded_on > ?1 AND s.responded_on <= ?2 "
        "ORDER BY s.account_id, s.responded_on, s.id");
    rows.bind(1, lastReview.toString(Qt::ISODate))
        .bind(2, today.toString(Qt::ISODate))
        .bind(3, kDetractorScore);
    std::unordered_map<std::int64_t, QStringList> detractors;
    while (rows.step())
        detractors[rows.intValue(0)].append(
            Messages::tr("NPS %1 from %2").arg(rows.intValue(1)).arg(rows.textValue(2)));
    return detractors;
}

// What changed for one account between the review day and today.
void addChanges(TodayBrief& brief, const health::AccountSignals& now,
                const health::AccountHealth* healthNow, const health::AccountHealth* healthThen,
                std::int64_t mrrThen, int newTickets, const QStringList& newDetractors)
{
    const auto add = [&](Change::Kind kind, const QString& text) {
        brief.changes.push_back({kind, now.id, now.name, text});
    };
    if (mrrThen > 0 && now.mrrNow == 0)
        add(Change::Kind::Churned, Messages::tr("Churned"));
    else if (now.mrrNow < mrrThen)
        add(Change::Kind::Contracted,
            Messages::tr("MRR fell %1%")
                .arg(std::lround(100.0 * (mrrThen - now.mrrNow) / mrrThen)));
    if (healthNow && healthThen && healthNow->score.overall && healthThen->score.overall &&
        *healthNow->score.overall < *healthThen->score.overall - 5) {
        add(Change::Kind::HealthDrop, Messages::tr("Health %1 → %2")
                                          .arg(std::lround(*healthThen->score.overall))
                                          .arg(std::lround(*healthNow->score.overall)));
    }
    if (healthNow) {
        for (const health::RiskReason& reason : healthNow->reasons) {
            const bool before =
                healthThen && std::any_of(healthThen->reasons.begin(), healthThen->reasons.end(),
                                          [&](const auto& r) { return r.code == reason.code; });
            if (!before)
                add(Change::Kind::NewReason,
                    QStringLiteral("%1: %2").arg(health::reasonTitle(reason.code),
                                                 reason.evidence));
        }
    }
    const auto since = [&](const QDate& day) {
        return day.isValid() && day > brief.lastReview;
    };
    if (newTickets > 0)
        add(Change::Kind::NewTicket, Messages::tr("%n new ticket(s)", nullptr, newTickets));
    for (const QString& detractor : newDetractors)
        add(Change::Kind::NewDetractor, detractor);
    for (const health::ContactSignal& contact : now.contacts) {
        const bool sponsor = contact.role == QLatin1String("champion") ||
                             contact.role == QLatin1String("executive_sponsor");
        if (sponsor && since(contact.leftOn))
            add(Change::Kind::ChampionLeft,
                Messages::tr("%1 left on %2")
                    .arg(contact.name, contact.leftOn.toString(Qt::ISODate)));
    }
}

health::BookHealth score(store::Connection& connection, const QDate& day, Progress& progress,
                         int step, std::vector<health::AccountSignals>* signalsOut)
{
    if (progress.isCancelled())
        throw Cancelled();
    progress.report(step, 2, Messages::tr("Scoring the book on %1").arg(day.toString(Qt::ISODate)));
    auto signals_ = health::loadSignals(connection, day);
    auto book = health::evaluateBook(signals_, day, health::loadHealthConfig(connection));
    if (signalsOut)
        *signalsOut = std::move(signals_);
    return book;
}

} // namespace

double AccountLine::risk() const
{
    if (!health && topReason.isEmpty())
        return 1.0;
    return std::max(topSeverity, health ? (100 - *health) / 100 : 0.0);
}

bool AccountLine::isAtRisk() const
{
    return (health && *health < kAtRiskHealth) || topSeverity >= kAtRiskSeverity;
}

TodayBrief buildTodayBrief(store::Connection& connection, const QString& owner, const QDate& today,
                           const QDate& lastReview, Progress& progress,
                           health::BookHealth* scoredToday)
{
    TodayBrief brief;
    brief.today = today;
    brief.lastReview = lastReview.isValid() ? lastReview : today.addDays(-kDefaultReviewDays);
    // The review day first, keeping only its MRRs of its signals: the two
    // days' signals are never held at once.
    std::unordered_map<std::int64_t, std::int64_t> mrrThen;
    health::BookHealth then;
    {
        std::vector<health::AccountSignals> signalsThen;
        then = score(connection, brief.lastReview, progress, 0, &signalsThen);
        for (const auto& account : signalsThen)
            mrrThen.emplace(account.id, account.mrrNow);
    }
    std::vector<health::AccountSignals> signalsNow;
    health::BookHealth now = score(connection, today, progress, 1, &signalsNow);
    brief.contactHistoryKnown = signalsNow.empty() || signalsNow.front().contactHistoryKnown;

    std::unordered_map<std::int64_t, const health::AccountHealth*> healthNow;
    std::unordered_map<std::int64_t, const health::AccountHealth*> healthThen;
    for (const auto& account : now.accounts)
        healthNow.emplace(account.id, &account);
    for (const auto& account : then.accounts)
        healthThen.emplace(account.id, &account);
    const auto newTickets = ticketsOpenedSince(connection, brief.lastReview, today);
    const auto newDetractors = detractorsSince(connection, brief.lastReview, today);

    for (const health::AccountSignals& signals : signalsNow) {
        if (!isOwners(signals.owner, owner))
            continue;
        const auto found = healthNow.find(signals.id);
        const health::AccountHealth* current = found == healthNow.end() ? nullptr : found->second;
        const auto previous = healthThen.find(signals.id);
        const auto tickets = newTickets.find(signals.id);
        const auto detractors = newDetractors.find(signals.id);
        addChanges(brief, signals, current,
                   previous == healthThen.end() ? nullptr : previous->second, mrrThen[signals.id],
                   tickets == newTickets.end() ? 0 : tickets->second,
                   detractors == newDetractors.end() ? QStringList() : detractors->second);
        if (!current)
            continue; // not paying today
        const AccountLine line = lineOf(*current, signals);
        brief.arrMinor += line.arrMinor;
        if (line.isAtRisk()) {
            ++brief.accountsAtRisk;
            brief.arrAtRiskMinor += line.arrMinor;
            brief.atRisk.push_back(line);
        }
        const qint64 days = today.daysTo(signals.renewalOn);
        if (signals.renewalOn.isValid() && days >= 0 && days <= 90)
            brief.renewals90.push_back(line);
        else if (signals.renewalOn.isValid() && days > 90 && days <= 180)
            brief.renewals180.push_back(line);
    }
    std::sort(brief.atRisk.begin(), brief.atRisk.end(),
              [](const auto& a, const auto& b) { return a.riskTimesArr() > b.riskTimesArr(); });
    for (auto* renewals : {&brief.renewals90, &brief.renewals180}) {
        std::sort(renewals->begin(), renewals->end(),
                  [](const auto& a, const auto& b) { return a.renewalOn < b.renewalOn; });
    }
    addLastQuarter(brief, connection, owner);
    const auto agenda =
        playbooks::agendaOf(playbooks::loadOpenTasks(connection, owner, today), today);
    brief.overdueTasks = agenda.overdue;
    brief.tasksDueToday = agenda.dueToday;
    progress.report(2, 2, Messages::tr("Done"));
    if (scoredToday)
        *scoredToday = std::move(now);
    return brief;
}

forecast::QuarterForecast forecastNextQuarter(store::Connection& connection, const QString& owner,
                                              const QDate& today,
                                              const health::BookHealth* scoredToday,
                                              Progress& progress)
{
    const int fiscalStart = metrics::loadConventions(connection).fiscalYearStartMonth;
    return forecast::forecastQuarter(connection,
                                     report::Quarter::containing(today, fiscalStart).next(), today,
                                     {owner, {}}, {nullptr, scoredToday, &progress});
}

QDate lastReviewOf(store::Connection& connection, const QString& owner)
{
    auto select = connection.prepare("SELECT reviewed_at FROM owner_reviews WHERE owner = ?");
    const QByteArray key = owner.toUtf8(); // "" for everyone: a key, never NULL
    select.bind(1, std::string_view(key.constData(), static_cast<std::size_t>(key.size())));
    return select.step() ? QDate::fromString(select.textValue(0).left(10), Qt::ISODate) : QDate();
}

void markReviewed(store::Connection& connection, const QString& owner, const QDate& on)
{
    auto upsert =
        connection.prepare("INSERT INTO owner_reviews(owner, reviewed_at) VALUES (?1, ?2) "
                           "ON CONFLICT(owner) DO UPDATE SET reviewed_at = ?2");
    const QByteArray key = owner.toUtf8();
    // A transaction of its own: a team book's copy forwards only those.
    store::Transaction transaction(connection);
    upsert.bind(1, std::string_view(key.constData(), static_cast<std::size_t>(key.size())))
        .bind(2, on.toString(Qt::ISODate))
        .exec();
    transaction.commit();
}

} // namespace tenure::today
