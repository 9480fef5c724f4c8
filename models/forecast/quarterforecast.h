#pragma once

#include "health/backtest.h"
#include "losssimulation.h"
#include "report/quarter.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace tenure::metrics {
class MrrHistory;
}

namespace tenure::store {
class Connection;
}

namespace tenure::forecast {

// One account's chance of loss in the quarter and what it would cost.
struct AccountRisk
{
    std::int64_t id = 0;
    QString name;
    QString owner;
    QString topReason; // the most severe reason's code; empty when none fired
    std::int64_t arrMinor = 0;
    double churnProbability = 0;
    double contractionProbability = 0;
    LossChance chance(double contractionShare) const;
};

// Expected ARR lost within one group (a top reason, an owner).
struct ExpectedLoss
{
    QString key;
    int accounts = 0;
    double churnMinor = 0;
    double contractionMinor = 0;
    double total() const { return churnMinor + contractionMinor; }
};

// ARR lost in the quarter, as it happened, by the accounts forecast.
struct ActualLoss
{
    std::int64_t churnMinor = 0;
    std::int64_t contractionMinor = 0;
    std::int64_t total() const { return churnMinor + contractionMinor; }
};

// Whose accounts are forecast; empty fields cover every account.
struct ForecastScope
{
    QString owner;
    QString segment;
};

// ARR expected lost to churn and contraction in one quarter, from the
// calibrated chances (90 days, the book's last 8 quarter ends) of the
// accounts paying at its start, with an 80% band by simulation.
struct QuarterForecast
{
    report::Quarter quarter;
    QDate asOf; // the day before the quarter starts, or today when that is earlier
    ForecastScope scope;
    QString baseCurrency;
    // Why there is no forecast (translated); empty when there is one.
    QString unavailable;
    // Why contraction is left out of it (translated); empty when it is in.
    QString contractionUnavailable;
    int quarterEnds = 0;
    int churnEvents = 0;
    int contractionEvents = 0;
    double contractionShare = 0; // the mean share of MRR lost by a contraction
    std::vector<AccountRisk> accounts;
    std::int64_t arrMinor = 0;
    int unscoredAccounts = 0; // paying, but no health score: not forecast
    std::int64_t unscoredArrMinor = 0;
    double expectedChurnMinor = 0;
    double expectedContractionMinor = 0;
    LossBand band;
    std::vector<ExpectedLoss> byReason; // largest first
    std::vector<ExpectedLoss> byOwner;  // largest first
    std::optional<ActualLoss> actual;   // once the whole quarter is in the data

    bool isAvailable() const { return unavailable.isEmpty(); }
    double expectedMinor() const { return expectedChurnMinor + expectedContractionMinor; }
    QJsonObject toJson() const;
};

// Whether `quarter` can be forecast today: it starts no later than the
// quarter after today's.
bool canForecast(const report::Quarter& quarter, const QDate& today);

// The date a forecast of `quarter` is made on: the day before it starts, or
// `today` when that is earlier.
QDate forecastDate(const report::Quarter& quarter, const QDate& today);

// What a forecast may be handed to save work, and how it hears it should stop.
struct ForecastWork
{
    health::DatedScores* scores = nullptr; // shared by forecasts of one book
    // The whole book scored on the forecast's date (forecastDate), when the
    // caller has it; read again when null or of another day.
    const health::BookHealth* scored = nullptr;
    Progress* progress = nullptr; // asked between the steps
    // The book's MRR history loaded on `today`, when the caller has it.
    const metrics::MrrHistory* history = nullptr;
};

// The forecast of `quarter` made with the data known on the day before it
// starts (or today), for the accounts in `scope`. Throws
// std::invalid_argument when it cannot be forecast today, and Cancelled when
// the progress says so.
QuarterForecast forecastQuarter(store::Connection& connection, const report::Quarter& quarter,
                                const QDate& today, const ForecastScope& scope = {},
                                const ForecastWork& work = {});

} // namespace tenure::forecast
