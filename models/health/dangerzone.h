#pragma once

#include "accountsignals.h"

#include <QDate>
#include <QString>

#include <span>
#include <vector>

namespace tenure::health {

// One account followed from a past date: its licence utilisation then, and
// whether it churned by the as-of date.
struct UtilisationOutcome
{
    double utilisation = 0;
    bool churned = false;
};

// The danger-zone line of licence utilisation (seed 004): fitted from the
// book's own churn history when there is enough of it, else the bottom
// quartile of the paying accounts' utilisation.
struct DangerZone
{
    double utilisation = 0; // 0 when the book has too little usage to draw a line
    bool fitted = false;
    // The evidence of a fitted line: the accounts followed and their churn
    // rates below and above it.
    int observations = 0;
    int churned = 0;
    double churnRateBelow = 0;
    double churnRateAbove = 0;
    QString explanation() const; // translated, for the screen
};

// How far back a fit looks: accounts paying this many days before the as-of
// date, their utilisation then, and whether they churned since. Inside the
// usage window the signals loader reads, so a fit costs no extra query.
inline constexpr int kDangerZoneLookbackDays = 90;
// A fit needs this many churned accounts among the followed ones.
inline constexpr int kDangerZoneMinChurned = 20;

// The utilisation below which accounts churned most: the cut that best
// separates churned from kept accounts (the largest true-positive rate minus
// false-positive rate), kept only when churn below it is at least 1.5 times
// churn above it and the difference is not noise (z of at least 3). Not
// fitted when there is too little history.
DangerZone fitDangerZone(std::vector<UtilisationOutcome> observations);

double bottomQuartileUtilisation(std::span<const AccountSignals> accounts, const QDate& asOf);

// The book's line on `asOf`, using only what was known then.
DangerZone dangerZoneFor(std::span<const AccountSignals> accounts, const QDate& asOf);

} // namespace tenure::health
