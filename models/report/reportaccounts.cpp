#include "core/progress.h"
#include "health/bookhealth.h"
#include "health/detectors.h"
#include "health/signalsloader.h"
#include "playbooks/worklog.h"
#include "reportparts.h"
#include "store/derivedcache.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>

namespace tenure::report {

namespace {

QStringList reasonTitles(const std::vector<health::RiskReason>& reasons)
{
    QStringList titles;
    for (const auto& reason : reasons)
        titles.append(health::reasonTitle(reason.code));
    return titles;
}

const QString kDangerZoneKind = QStringLiteral("danger-zone");

QByteArray encodeLine(double utilisation)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(store::kPayloadStreamVersion);
    out << utilisation;
    return bytes;
}

std::optional<double> decodeLine(const QByteArray& bytes)
{
    QDataStream in(bytes);
    in.setVersion(store::kPayloadStreamVersion);
    double utilisation = 0;
    in >> utilisation;
    if (in.status() != QDataStream::Ok || !in.atEnd() || !(utilisation >= 0))
        return std::nullopt;
    return utilisation;
}

} // namespace

QDate quarterStartHealthDate(const Quarter& quarter, const QDate& asOf)
{
    return std::min(quarter.firstDay(), asOf);
}

RiskReasonsById detectRiskReasonsOf(store::Connection& connection, const QDate& date,
                                    const std::function<std::vector<std::int64_t>()>& accountIds)
{
    // The danger zone is the whole book's, and the one thing here that needs
    // every account's usage; once worked out for this book and date it is
    // kept, and only the asked accounts are read.
    const auto cache = store::DerivedCache::forBook(connection);
    const QString key = date.toString(Qt::ISODate);
    std::optional<double> dangerZone;
    if (const auto kept = cache->find(kDangerZoneKind, key))
        dangerZone = decodeLine(*kept);
    std::vector<std::int64_t> asked;
    const auto askedSorted = [&] {
        asked = accountIds();
        std::sort(asked.begin(), asked.end());
        return asked;
    };
    std::vector<health::AccountSignals> signals;
    if (dangerZone) {
        signals = health::loadSignalsOf(connection, date, askedSorted());
    } else {
        signals = health::loadSignalsDetailing(connection, date, askedSorted);
        dangerZone = health::dangerZoneFor(signals, date).utilisation;
        cache->store(kDangerZoneKind, key, encodeLine(*dangerZone));
    }
    const auto config = health::loadHealthConfig(connection);
    const health::DetectionContext context{date, config.thresholds, *dangerZone};
    RiskReasonsById reasons;
    for (const auto& account : signals) {
        if (account.isPaying() && std::binary_search(asked.begin(), asked.end(), account.id))
            reasons.emplace(account.id, health::detectRiskReasons(account, context));
    }
    return reasons;
}

std::vector<std::int64_t> lostAccountIds(const QuarterlyReport& report)
{
    std::vector<std::int64_t> ids;
    for (const auto* list : {&report.churned, &report.contracted}) {
        for (const LostAccount& lost : *list)
            ids.push_back(lost.id);
    }
    return ids;
}

void collectLostAccounts(const metrics::MrrHistory& history, std::span<const int> accounts,
                         const Quarter& quarter, QuarterlyReport& report)
{
    if (history.monthCount() == 0 || quarter.firstMonth() > history.lastMonth())
        return;
    const metrics::Month start = quarter.firstMonth() - 1;
    const metrics::Month end = std::min(quarter.lastMonth(), history.lastMonth());
    for (const int index : accounts) {
        const std::int64_t before = history.mrr(index, start);
        const std::int64_t after = history.mrr(index, end);
        if (before <= 0 || after >= before)
            continue;
        const auto& info = history.accounts()[static_cast<std::size_t>(index)];
        LostAccount lost{info.id, info.name, info.segment, info.owner, end, before, after, {}, {}};
        // The month it churned: the first with no MRR; of a contraction: the last fall.
        for (metrics::Month month = quarter.firstMonth(); month <= end; month = month + 1) {
            const auto now = history.mrr(index, month);
            const auto earlier = history.mrr(index, month - 1);
            if (after == 0 && now == 0 && earlier > 0) {
                lost.month = month;
                break;
            }
            if (after > 0 && now < earlier)
                lost.month = month;
        }
        (after == 0 ? report.churned : report.contracted).push_back(lost);
    }
    const auto largestFirst = [](const LostAccount& a, const LostAccount& b) {
        return a.lost() != b.lost() ? a.lost() > b.lost() : a.name < b.name;
    };
    std::sort(report.churned.begin(), report.churned.end(), largestFirst);
    std::sort(report.contracted.begin(), report.contracted.end(), largestFirst);
}

void explainLostAccounts(store::Connection& connection, const RiskReasonsById& startReasons,
                         const Quarter& quarter, QuarterlyReport& report, Progress& progress)
{
    playbooks::ActionsBetween actions(connection, quarter.firstDay().addDays(-kActionLookbackDays),
                                      std::min(quarter.lastDay(), report.asOf));
    for (auto* list : {&report.churned, &report.contracted}) {
        for (LostAccount& lost : *list) {
            if (progress.isCancelled())
                throw Cancelled();
            if (const auto found = startReasons.find(lost.id); found != startReasons.end())
                lost.reasons = reasonTitles(found->second);
            for (const auto& action : actions.of(lost.id)) {
                lost.actions.append(QStringLiteral("%1 %2: %3")
                                        .arg(action.occurredOn.toString(Qt::ISODate),
                                             playbooks::workKindLabel(action.kind),
                                             action.summary));
            }
        }
    }
}

void assessHealth(store::Connection& connection, health::DatedScores& scores,
                  QuarterlyReport& report)
{
    const Quarter next = report.quarter.next();
    for (const auto& account :
         scores.at(connection, report.asOf, health::loadHealthConfig(connection), std::nullopt)) {
        if (!inScope(report.scope, account.segment, account.owner))
            continue;
        const auto quadrant = static_cast<std::size_t>(account.quadrant);
        ++report.quadrantAccounts[quadrant];
        report.quadrantMrr[quadrant] += account.mrr;
        const auto& overall = account.overall;
        if (!overall) {
            ++report.unscoredAccounts;
            continue;
        }
        ++report.healthBuckets[static_cast<std::size_t>(std::clamp(int(*overall / 10), 0, 9))];
        const QDate& renewal = account.renewalOn;
        if (*overall >= kAtRiskHealth || !renewal.isValid() || renewal < next.firstDay() ||
            renewal > next.lastDay())
            continue;
        QStringList titles;
        for (const QString& code : account.reasons)
            titles.append(health::reasonTitle(code));
        report.atRiskRenewals.push_back({account.id, account.name, account.segment, account.owner,
                                         renewal, account.mrr, overall, account.quadrant, titles});
    }
    std::sort(report.atRiskRenewals.begin(), report.atRiskRenewals.end(),
              [](const AtRiskRenewal& a, const AtRiskRenewal& b) {
                  return a.renewalOn != b.renewalOn ? a.renewalOn < b.renewalOn : a.mrr > b.mrr;
              });
}

} // namespace tenure::report
