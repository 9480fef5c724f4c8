#pragma once

#include "bookhealth.h"

#include <QDate>
#include <QString>

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

namespace tenure::store {
class Connection;
}

namespace tenure::health {

// One account placed on the outcome × experience two-by-two (docs/domain.md).
struct QuadrantPoint
{
    std::int64_t id = 0;
    QString name;
    QString segment;
    QString owner;
    std::int64_t arr = 0;  // MRR × 12 on the as-of date, base-currency minor units
    double outcome = 0;    // x, 0-100
    double experience = 0; // y, 0-100
    double health = 0;     // overall, 0-100
    Quadrant quadrant = Quadrant::Unknown;
};

// Where an account stood at a past quarter end; empty when it was not paying
// or had not enough data to be placed then.
struct TrailStep
{
    QDate asOf;
    std::optional<double> outcome;
    std::optional<double> experience;
};

// Owner and segment filters; an empty value lets every account through.
struct QuadrantFilter
{
    QString owner;
    QString segment;
    bool accepts(const QuadrantPoint& point) const;
};

// Every paying account of a book that can be placed, and the trails of the
// last quarters, all as of one date.
struct QuadrantMap
{
    QDate asOf;
    QString currency;
    std::vector<QuadrantPoint> points;
    int unplaced = 0;              // paying, in the "not enough data" group (Quadrant::Unknown)
    std::vector<QDate> trailDates; // past quarter ends, oldest first
    // Per account id, one step per trail date, in the same order.
    std::unordered_map<std::int64_t, std::vector<TrailStep>> trails;

    // Indexes into `points` that pass `filter`.
    std::vector<std::size_t> select(const QuadrantFilter& filter) const;
    const std::vector<TrailStep>* trailOf(std::int64_t accountId) const;
};

// The last `count` quarter ends strictly before `asOf`, oldest first.
std::vector<QDate> pastQuarterEnds(const QDate& asOf, int count);

// Places the paying accounts of `book`; those with not enough data
// (Quadrant::Unknown) are only counted.
QuadrantMap placeAccounts(const BookHealth& book, const QString& currency);

// Adds the trails of `quarters` past quarter ends to `map`: from the stored
// health snapshots of that exact day when there are some, else by scoring the
// book as of that day with only the data known then.
void addTrails(QuadrantMap& map, store::Connection& connection, const HealthConfig& config,
               int quarters);

// Reads, scores and places the book as of `asOf`, with trails.
QuadrantMap loadQuadrantMap(store::Connection& connection, const QDate& asOf, int quarters = 4);

} // namespace tenure::health
