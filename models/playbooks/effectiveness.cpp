#include "effectiveness.h"

#include "health/bookhealth.h"
#include "health/signalsloader.h"
#include "metrics/historyloader.h"
#include "playbookstore.h"
#include "store/sqlite.h"

#include <QCoreApplication>

#include <map>
#include <set>
#include <unordered_map>

namespace tenure::playbooks {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::playbooks::Effectiveness)
};

constexpr int kFollowDays = 90;

struct Run
{
    QString playbookCode;
    QString playbookName;
    QString triggerReason; // the reason a risk-reason playbook answers; empty otherwise
    std::int64_t accountId = 0;
    QDate startedOn;
};

std::vector<Run> loadRuns(store::Connection& connection)
{
    auto rows = connection.prepare(
        "SELECT p.code, p.name, CASE p.trigger_kind WHEN 'risk_reason' THEN p.trigger_value END, "
        "r.account_id, r.started_on FROM playbook_runs r JOIN playbooks p ON p.id = r.playbook_id "
        "ORDER BY p.code, r.started_on");
    std::vector<Run> runs;
    while (rows.step()) {
        runs.push_back({rows.textValue(0), rows.textValue(1), rows.textValue(2), rows.intValue(3),
                        QDate::fromString(rows.textValue(4), Qt::ISODate)});
    }
    return runs;
}

// The book scored on one day: each paying account's health, segment and reasons.
struct Scored
{
    std::optional<double> health;
    QString segment;
    QStringList reasons;
};
using Scoring = std::unordered_map<std::int64_t, Scored>;

class ScoringCache
{
public:
    ScoringCache(store::Connection& connection, Progress& progress, int total)
        : m_connection(connection)
        , m_config(health::loadHealthConfig(connection))
        , m_progress(progress)
        , m_total(total)
    {
    }

    const Scoring& on(const QDate& day)
    {
        auto found = m_scorings.find(day);
        if (found != m_scorings.end())
            return found->second;
        if (m_progress.isCancelled())
            throw Cancelled();
        m_progress.report(static_cast<std::int64_t>(m_scorings.size()), m_total,
                          Messages::tr("Scoring the book on %1").arg(day.toString(Qt::ISODate)));
        const auto signals_ = health::loadSignals(m_connection, day);
        Scoring scoring;
        for (health::AccountHealth& account :
             health::evaluateBook(signals_, day, m_config).accounts) {
            QStringList reasons;
            for (const health::RiskReason& reason : account.reasons)
                reasons.append(reason.code);
            scoring.emplace(account.id, Scored{account.score.overall, account.segment, reasons});
        }
        return m_scorings.emplace(day, std::move(scoring)).first->second;
    }

private:
    store::Connection& m_connection;
    health::HealthConfig m_config;
    Progress& m_progress;
    int m_total;
    std::map<QDate, Scoring> m_scorings;
};

QDate monthStart(const QDate& day)
{
    return QDate(day.year(), day.month(), 1);
}

std::optional<double> change(const Scoring& before, const Scoring& after, std::int64_t account)
{
    const auto then = before.find(account);
    const auto later = after.find(account);
    if (then == before.end() || later == after.end() || !then->second.health ||
        !later->second.health)
        return std::nullopt;
    return *later->second.health - *then->second.health;
}

class FollowUps
{
public:
    FollowUps(const metrics::MrrHistory& history, ScoringCache& scorings, const QDate& today)
        : m_history(history)
        , m_scorings(scorings)
        , m_today(today)
    {
        for (int i = 0; i < history.accountCount(); ++i)
            m_indexOf.emplace(history.accounts()[static_cast<std::size_t>(i)].id, i);
    }

    FollowUp of(std::int64_t accountId, const QDate& day)
    {
        FollowUp followUp;
        const auto index = m_indexOf.find(accountId);
        if (index == m_indexOf.end() || day.addDays(kFollowDays) > m_today)
            return followUp;
        const metrics::Month start = metrics::Month::of(day);
        const std::int64_t before = m_history.mrr(index->second, start);
        std::int64_t lowest = before;
        for (auto month = start + 1; month <= metrics::Month::of(day.addDays(kFollowDays));
             month = month + 1)
            lowest = std::min(lowest, m_history.mrr(index->second, month));
        followUp.fate = lowest == 0       ? Fate::Churned
                        : lowest < before ? Fate::Contracted
                                          : Fate::Kept;
        const Scoring& then = m_scorings.on(day);
        followUp.healthChange30 = change(then, m_scorings.on(day.addDays(30)), accountId);
        followUp.healthChange90 = change(then, m_scorings.on(day.addDays(kFollowDays)), accountId);
        return followUp;
    }

private:
    const metrics::MrrHistory& m_history;
    ScoringCache& m_scorings;
    QDate m_today;
    std::unordered_map<std::int64_t, int> m_indexOf;
};

std::optional<double> mean(double sum, int count)
{
    return count ? std::optional(sum / count) : std::nullopt;
}

} // namespace

Outcomes summarise(const std::vector<FollowUp>& followUps)
{
    Outcomes outcomes;
    double sum30 = 0;
    double sum90 = 0;
    int count30 = 0;
    int count90 = 0;
    for (const FollowUp& followUp : followUps) {
        if (followUp.fate == Fate::TooEarly)
            continue;
        ++outcomes.accounts;
        outcomes.kept += followUp.fate == Fate::Kept;
        outcomes.contracted += followUp.fate == Fate::Contracted;
        outcomes.churned += followUp.fate == Fate::Churned;
        if (followUp.healthChange30) {
            sum30 += *followUp.healthChange30;
            ++count30;
        }
        if (followUp.healthChange90) {
            sum90 += *followUp.healthChange90;
            ++count90;
        }
    }
    outcomes.meanHealthChange30 = mean(sum30, count30);
    outcomes.meanHealthChange90 = mean(sum90, count90);
    return outcomes;
}

std::vector<PlaybookEffect> measureEffects(store::Connection& connection, const QDate& today,
                                           Progress& progress)
{
    const std::vector<Run> runs = loadRuns(connection);
    // Runs are compared on the first of their month: one scoring serves them all.
    std::set<QDate> days;
    for (const Run& run : runs) {
        if (run.startedOn.addDays(kFollowDays) <= today) {
            const QDate day = monthStart(run.startedOn);
            days.insert({day, day.addDays(30), day.addDays(kFollowDays)});
        }
    }
    const auto history = metrics::loadMrrHistory(connection, today);
    ScoringCache scorings(connection, progress, static_cast<int>(days.size()));
    FollowUps followUps(history, scorings, today);

    std::vector<PlaybookEffect> effects;
    for (std::size_t first = 0; first < runs.size();) {
        std::size_t last = first;
        while (last < runs.size() && runs[last].playbookCode == runs[first].playbookCode)
            ++last;
        PlaybookEffect effect;
        effect.code = runs[first].playbookCode;
        effect.name = runs[first].playbookName;
        effect.runs = static_cast<int>(last - first);
        std::set<std::int64_t> ranOn;
        for (std::size_t i = first; i < last; ++i)
            ranOn.insert(runs[i].accountId);
        std::vector<FollowUp> with;
        std::vector<FollowUp> without;
        std::set<std::pair<QDate, std::int64_t>> compared;
        for (std::size_t i = first; i < last; ++i) {
            const Run& run = runs[i];
            const QDate day = monthStart(run.startedOn);
            with.push_back(followUps.of(run.accountId, day));
            if (with.back().fate == Fate::TooEarly)
                continue;
            const Scoring& then = scorings.on(day);
            const auto self = then.find(run.accountId);
            if (self == then.end())
                continue;
            for (const auto& [id, scored] : then) {
                const bool comparable =
                    !ranOn.contains(id) && scored.segment == self->second.segment &&
                    (run.triggerReason.isEmpty() || scored.reasons.contains(run.triggerReason));
                if (comparable && compared.insert({day, id}).second)
                    without.push_back(followUps.of(id, day));
            }
        }
        effect.withPlay = summarise(with);
        effect.comparable = summarise(without);
        effects.push_back(std::move(effect));
        first = last;
    }
    progress.report(static_cast<std::int64_t>(days.size()), static_cast<std::int64_t>(days.size()),
                    Messages::tr("Done"));
    return effects;
}

} // namespace tenure::playbooks
