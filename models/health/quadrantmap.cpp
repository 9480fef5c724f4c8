#include "quadrantmap.h"

#include "signalsloader.h"
#include "snapshots.h"

namespace tenure::health {

namespace {

// The steps of one past day from the snapshots stored for exactly that day.
std::optional<std::unordered_map<std::int64_t, TrailStep>> storedDay(store::Connection& connection,
                                                                     const QDate& day)
{
    const auto snapshots = loadSnapshots(connection, day);
    if (snapshots.empty() || snapshots.front().asOf != day)
        return std::nullopt; // an older day is not this quarter end
    std::unordered_map<std::int64_t, TrailStep> steps;
    for (const HealthSnapshot& snapshot : snapshots) {
        if (snapshot.outcome && snapshot.experience)
            steps.emplace(snapshot.accountId,
                          TrailStep{day, snapshot.outcome, snapshot.experience});
    }
    return steps;
}

std::unordered_map<std::int64_t, TrailStep> scoredDay(store::Connection& connection,
                                                      const HealthConfig& config, const QDate& day)
{
    const auto signals_ = loadSignals(connection, day);
    const BookHealth book = evaluateBook(signals_, day, config);
    std::unordered_map<std::int64_t, TrailStep> steps;
    for (const AccountHealth& account : book.accounts) {
        const auto& score = account.score;
        if (account.quadrant != Quadrant::Unknown)
            steps.emplace(account.id, TrailStep{day, score.outcome.score, score.experience.score});
    }
    return steps;
}

} // namespace

bool QuadrantFilter::accepts(const QuadrantPoint& point) const
{
    return (owner.isEmpty() || point.owner == owner) &&
           (segment.isEmpty() || point.segment == segment);
}

std::vector<std::size_t> QuadrantMap::select(const QuadrantFilter& filter) const
{
    std::vector<std::size_t> selected;
    selected.reserve(points.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (filter.accepts(points[i]))
            selected.push_back(i);
    }
    return selected;
}

const std::vector<TrailStep>* QuadrantMap::trailOf(std::int64_t accountId) const
{
    const auto found = trails.find(accountId);
    return found == trails.end() ? nullptr : &found->second;
}

std::vector<QDate> pastQuarterEnds(const QDate& asOf, int count)
{
    std::vector<QDate> ends;
    // The first day of asOf's quarter, minus one day: the last quarter end before it.
    QDate end = QDate(asOf.year(), ((asOf.month() - 1) / 3) * 3 + 1, 1).addDays(-1);
    for (int i = 0; i < count; ++i) {
        ends.insert(ends.begin(), end);
        end = QDate(end.year(), end.month(), 1).addMonths(-2).addDays(-1);
    }
    return ends;
}

QuadrantMap placeAccounts(const BookHealth& book, const QString& currency)
{
    QuadrantMap map;
    map.asOf = book.asOf;
    map.currency = currency;
    map.points.reserve(book.accounts.size());
    for (const AccountHealth& account : book.accounts) {
        const auto& score = account.score;
        if (account.quadrant == Quadrant::Unknown) {
            ++map.unplaced;
            continue;
        }
        map.points.push_back({account.id, account.name, account.segment, account.owner,
                              account.mrr * 12, *score.outcome.score, *score.experience.score,
                              score.overall.value_or(0), account.quadrant});
    }
    return map;
}

void addTrails(QuadrantMap& map, store::Connection& connection, const HealthConfig& config,
               int quarters)
{
    map.trailDates = pastQuarterEnds(map.asOf, quarters);
    map.trails.clear();
    for (const QuadrantPoint& point : map.points)
        map.trails[point.id].reserve(map.trailDates.size());
    for (const QDate& day : map.trailDates) {
        auto stored = storedDay(connection, day);
        const auto steps = stored ? std::move(*stored) : scoredDay(connection, config, day);
        for (auto& [id, trail] : map.trails) {
            const auto found = steps.find(id);
            trail.push_back(found == steps.end() ? TrailStep{day, {}, {}} : found->second);
        }
    }
}

QuadrantMap loadQuadrantMap(store::Connection& connection, const QDate& asOf, int quarters)
{
    const HealthConfig config = loadHealthConfig(connection);
    const auto signals_ = loadSignals(connection, asOf);
    const QString currency = signals_.empty() ? QString() : signals_.front().currency;
    QuadrantMap map = placeAccounts(evaluateBook(signals_, asOf, config), currency);
    addTrails(map, connection, config, quarters);
    return map;
}

} // namespace tenure::health
