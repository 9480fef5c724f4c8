#pragma once

#include "bookhealth.h"

#include <QDate>
#include <QJsonObject>

#include <vector>

namespace tenure::store {
class Connection;
}

namespace tenure::health {

// One scored account on one past date, and what then happened to it.
struct BacktestObservation
{
    QDate asOf;
    std::int64_t accountId = 0;
    double health = 0;
    bool lost = false; // churned or contracted within the horizon
};

// A band of the calibration table: accounts whose health fell in [low, high).
struct CalibrationBand
{
    int low = 0;
    int high = 0;
    int accounts = 0;
    int lost = 0;
    double lossRate() const { return accounts ? static_cast<double>(lost) / accounts : 0; }
};

// How well the health score would have warned: scored as of past dates, then
// compared with churn or contraction within the horizon after each date.
struct BacktestResult
{
    int horizonDays = 0;
    std::vector<QDate> dates;
    int observations = 0;
    int lost = 0;
    // Probability that a lost account scored worse than a kept one (0.5 is a coin).
    double auc = 0;
    // The loss rate of the worst-scored tenth over the loss rate of all.
    double worstDecileLift = 0;
    std::vector<CalibrationBand> calibration; // by health, 0-20 ... 80-100

    QJsonObject toJson() const;
};

// Pure figures from scored observations (tested on fixtures with known answers).
double areaUnderCurve(const std::vector<BacktestObservation>& observations);
double worstDecileLift(std::vector<BacktestObservation> observations);
std::vector<CalibrationBand> calibrationTable(const std::vector<BacktestObservation>& observations);

// Scores the book at the end of each of the last `quarters` quarters whose
// horizon has fully passed by `today`, using only data known on each date.
BacktestResult backtest(store::Connection& connection, const QDate& today, int horizonDays,
                        int quarters = 4);

} // namespace tenure::health
