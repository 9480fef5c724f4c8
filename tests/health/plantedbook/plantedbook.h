#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace tenure::test {

// A held-out book of CSV files to measure health on (issue #18): accounts with
// each of the nine churn causes planted on some of them, the rest healthy with
// realistic noise, some of those without a source (no survey answers, no
// usage, no tickets). Written by its own rules, not the demo generator's, in
// the column names of Tenure's import layouts (README, Importing; the headers
// are those tests/import/tst_signalimport.cpp shows recognised), as billing, a
// CRM, product analytics, a help desk and a survey tool export them.
struct PlantedOptions
{
    int perCause = 25;
    int healthy = 375;
    std::uint64_t seed = 18;
    QDate asOf = QDate(2026, 6, 30);
};

struct PlantedAccount
{
    QString externalId;
    QString cause;         // a health::reason code; empty for a healthy account
    bool surveyed = false; // an NPS or CSAT answer within the year
    bool usage = false;    // product usage rows
    bool tickets = false;  // ever opened a ticket
    // A ticket escalated in the last 90 days or open more than 14 days: the
    // help desk then speaks of the experience on its own.
    bool ticketTrouble = false;
};

struct PlantedBook
{
    QDate asOf;
    std::vector<PlantedAccount> accounts;
    QStringList files; // paths of the CSV files written
};

// The nine causes, as reason codes.
QStringList plantedCauses();

// Writes the book's CSV files into `folder` (an existing directory).
PlantedBook writePlantedBook(const QString& folder, const PlantedOptions& options = {});

} // namespace tenure::test
