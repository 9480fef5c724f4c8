#pragma once

#include "backtest.h"

#include <QString>

#include <optional>
#include <vector>

namespace tenure::health {

// Accounts whose health fell in [low, high) at past quarter ends, and how
// many of them had the outcome within the horizon. After pooling, `rate`
// never rises with health.
struct PooledBand
{
    int low = 0;
    int high = 0;
    int accounts = 0;
    int events = 0;
    double rate() const { return accounts ? static_cast<double>(events) / accounts : 0; }
};

// Ten-point health bands pooled with the pool-adjacent-violators rule: while
// a healthier band's rate is above its less healthy neighbour's, the two are
// merged into one band with their joint rate. Empty bands join the band below
// them (the first ones the band above). Covers 0 to 100; empty without observations.
std::vector<PooledBand> pooledBands(const std::vector<BacktestObservation>& observations,
                                    Outcome outcome);

// Too little history for a probability: fewer quarter ends with a complete
// horizon, or fewer events, than these.
inline constexpr int kCalibrationMinQuarterEnds = 4;
inline constexpr int kCalibrationMinEvents = 10;
inline constexpr int kCalibrationHorizonDays = 180;
inline constexpr int kCalibrationQuarters = 8;
// Past quarter ends score at most this many paying accounts each (see
// sampleBook): 8 quarter ends give up to 40,000 observations, which puts each
// band's rate within about a point of the whole book's, while a
// 100,000-account book is read for a fifth of one quarter end's cost each.
inline constexpr int kCalibrationSampleAccounts = 5000;

// How often accounts scored like this one had the outcome within the horizon,
// from the book's own past quarter ends.
struct Calibration
{
    Outcome outcome = Outcome::Either;
    int horizonDays = 0;
    int quarterEnds = 0;
    int observations = 0;
    int events = 0;
    int payingAccounts = 0;  // on the quarter ends, summed
    int sampledAccounts = 0; // of them, scored
    std::vector<PooledBand> bands;
    QString insufficient; // translated: why there is no probability; empty when there is

    bool isUsable() const { return insufficient.isEmpty(); }
    // The pooled rate of the band `health` falls in (100 in the top band);
    // none when the calibration is not usable.
    std::optional<double> probability(double health) const;
};

Calibration calibrate(const BacktestSample& sample, Outcome outcome);

// One account's calibrated probability, or why there is none (translated).
struct AccountProbability
{
    std::optional<double> value;
    QString reason;
};
AccountProbability probabilityFor(const Calibration& calibration,
                                  const std::optional<double>& health);

// The account page's and `tenure health`'s calibration: churn or contraction
// within 180 days, from up to the last 8 quarter ends. A usable one is kept
// in the derived cache for the book as it stands (store::DerivedCache).
// Throws Cancelled when `progress` says so.
Calibration calibrateLosses(store::Connection& connection, const QDate& today,
                            Progress* progress = nullptr);

// The forecast's calibrations: churn and contraction each within
// `horizonDays`, from up to the last 8 quarter ends, with the mean share of
// MRR the contracted accounts lost. Kept in the derived cache when both are
// usable. Throws Cancelled when `progress` says so.
struct ChurnAndContraction
{
    Calibration churn;
    Calibration contraction;
    double contractedShare = 0;
};
ChurnAndContraction calibrateChurnAndContraction(store::Connection& connection, const QDate& today,
                                                 int horizonDays, DatedScores& scores,
                                                 Progress* progress = nullptr);

} // namespace tenure::health
