#pragma once

#include "common/csvbook.h"

#include <QDate>
#include <QString>

#include <vector>

namespace tenure::test {

// Forty accounts A01 to A40 paying $500 a month from 1 July 2024, built from
// CSV files (accounts, subscriptions, weekly usage, quarterly NPS), with
// churn and contraction planted on known days. Every fourth account (A04,
// A08, ...) uses 3 of its 20 seats, the others 15; the former answer NPS 4,
// the latter 9. Odd accounts belong to Dana, even ones to Lee. The data runs
// through 31 December 2026, the last survey day.
namespace history {

inline const QDate kFirstDay(2024, 7, 1);
inline const QDate kDataThrough(2026, 12, 31);
inline constexpr int kAccounts = 40;
inline constexpr std::int64_t kMrrCents = 50000;
inline constexpr std::int64_t kContractedMrrCents = 25000;

struct PlantedAccount
{
    QString id; // "A07"
    QString owner;
    bool lowUsage = false;
    QDate churnOn;    // the subscription ends that day; invalid when it never does
    QDate contractOn; // $500 becomes $250 that day; invalid when it never does
};

std::vector<PlantedAccount> plantedAccounts();
CsvBook build();

} // namespace history
} // namespace tenure::test
