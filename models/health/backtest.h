#pragma once

#include "bookhealth.h"
#include "core/progress.h"
#include "datedscores.h"
#include "reasonlift.h"

#include <QDate>
#include <QJsonObject>

#include <map>
#include <optional>
#include <vector>

namespace tenure::store {
class Connection;
}

namespace tenure::health {

// What may happen to an account within the horizon.
enum class Outcome {
    Churn,       // paid nothing in some month
    Contraction, // paid less, never nothing
    Either
};

// One scored account on one past date, and what then happened to it.
struct BacktestObservation
{
    QDate asOf;
    std::int64_t accountId = 0;
    double health = 0;
    bool churned = false;
    bool contracted = false;
    double contractedShare = 0; // for a contraction: the largest share of MRR lost
    std::int64_t mrr = 0;       // on the date
    QStringList reasons;        // the codes that fired on the date

    bool lost() const { return churned || contracted; }
    bool had(Outcome outcome) const;
};

// The observations of past quarter ends whose whole horizon lies within the
// book's data, and the newer quarter ends left out because it does not.
struct BacktestSample
{
    int horizonDays = 0;
    QDate dataThrough;           // see dataThrough()
    std::vector<QDate> dates;    // scored, oldest first
    std::vector<QDate> pastData; // horizon passed today but runs past the data
    int pastDataAccounts = 0;    // paying accounts on those dates, not scored
    // Paying accounts on the scored dates, and those of them scored: fewer
    // when the book was sampled (see sampleBook).
    int payingAccounts = 0;
    int sampledAccounts = 0;
    std::vector<BacktestObservation> observations;

    bool isSampled() const { return sampledAccounts < payingAccounts; }
};

// Every account of the book: no sample.
inline constexpr int kEveryAccount = 0;

// How sampleBook may share and limit its work, and hear that it should stop.
struct SampleWork
{
    DatedScores* scores = nullptr; // when given, shared with other samples of the book
    // A quarter end with more paying accounts than this scores this many of
    // them, spread evenly over their ids: the same accounts whoever asks, and
    // cheap enough for a large book.
    int maxAccounts = kEveryAccount;
    Progress* progress = nullptr; // asked before each quarter end is scored
};

// Scores the book at the last `quarters` fiscal quarter ends whose horizon
// ends by the book's last data on or before `today`, each with only the data
// known then. Accounts without an overall score or MRR are skipped. Throws
// Cancelled when the progress says so.
BacktestSample sampleBook(store::Connection& connection, const QDate& today, int horizonDays,
                          int quarters, const SampleWork& work = {});

// A band of the raw calibration table: accounts whose health fell in [low, high).
struct CalibrationBand
{
    int low = 0;
    int high = 0;
    int accounts = 0;
    int lost = 0;
    double lossRate() const { return accounts ? static_cast<double>(lost) / accounts : 0; }
};

// One outcome's count, its share of the observations and its AUC.
struct OutcomeFigures
{
    int events = 0;
    double rate = 0;
    double auc = 0.5;
};

// How well the health score would have warned: scored as of past dates, then
// compared with churn and contraction within the horizon after each date.
struct BacktestResult
{
    int horizonDays = 0;
    QDate dataThrough;
    std::vector<QDate> dates;
    std::vector<QDate> pastData;
    int pastDataAccounts = 0;
    int observations = 0;
    OutcomeFigures churn;
    OutcomeFigures contraction;
    OutcomeFigures either;
    // The loss rate (either outcome) of the worst-scored tenth over that of all.
    double worstDecileLift = 0;
    std::vector<CalibrationBand> calibration; // by health, 0-20 ... 80-100
    std::vector<ReasonLift> reasonLifts;      // each reason that fired, on churn

    QJsonObject toJson() const;
};

// Pure figures from scored observations (tested on fixtures with known answers).
// The AUC sets the accounts with the outcome against those with neither
// outcome: the probability that the former scored worse (0.5 is a coin).
double areaUnderCurve(const std::vector<BacktestObservation>& observations, Outcome outcome);
double worstDecileLift(std::vector<BacktestObservation> observations);
std::vector<CalibrationBand> calibrationTable(const std::vector<BacktestObservation>& observations);
BacktestResult summarise(const BacktestSample& sample);

BacktestResult backtest(store::Connection& connection, const QDate& today, int horizonDays,
                        int quarters = 4);

} // namespace tenure::health
