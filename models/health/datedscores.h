#pragma once

#include "bookhealth.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace tenure::store {
class Connection;
class DerivedCache;
} // namespace tenure::store

namespace tenure::health {

// The book scored on given days (past quarter ends, a forecast's date, the
// report's as-of date), each with only the data known then, so that the work
// on one book (the report: its two forecasts and its health) scores a day
// once. Keep it no longer than the work on one unchanged book.
//
// What it works out is also kept in the derived cache (store::DerivedCache)
// for the book as it stands, so that the next command or window on the
// unchanged book reads it back instead of scoring those days again.
class DatedScores
{
public:
    struct Scored
    {
        std::int64_t id = 0;
        QString name;
        QString segment;
        QString owner;
        std::int64_t mrr = 0; // on the date scored, base-currency minor units
        std::optional<double> overall;
        Quadrant quadrant = Quadrant::Unknown;
        QStringList reasons; // codes, most severe first
        QDate renewalOn;     // the next renewal known then; null when none

        static Scored of(const AccountHealth& account, const QDate& renewalOn = {});
    };

    DatedScores();
    ~DatedScores();
    DatedScores(const DatedScores&) = delete;
    DatedScores& operator=(const DatedScores&) = delete;

    // Every paying account scored on `day`, or only those in `sample`,
    // judged against one another: the danger zone is then the sample's.
    const std::vector<Scored>& at(store::Connection& connection, const QDate& day,
                                  const HealthConfig& config,
                                  const std::optional<std::vector<std::int64_t>>& sample);
    // health::dataThrough, read once for each `today`.
    QDate dataThrough(store::Connection& connection, const QDate& today);
    // Reads it for all these dates in one pass, for the dates to come.
    void readDataThrough(store::Connection& connection, const std::vector<QDate>& todays);

    // The derived cache for the book as it stood when this first read it,
    // for results made from these scores to be kept beside them.
    store::DerivedCache& cache(store::Connection& connection);

private:
    std::unique_ptr<store::DerivedCache> m_cache;
    std::map<QString, std::vector<Scored>> m_scored; // by the cache's key
    std::map<QDate, QDate> m_dataThrough;
};

} // namespace tenure::health
