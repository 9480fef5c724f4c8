#pragma once

#include "accountmatcher.h"
#include "fileplan.h"
#include "linkedfiles.h"
#include "rejection.h"
#include "reportlines.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QStringList>

#include <vector>

namespace tenure {
class Progress;
}
namespace tenure::store {
class Book;
}

namespace tenure::import {

struct ImportOptions
{
    ReadingChoices reading;
    // A file's own choices (by path), in place of `reading`: the wizard reads
    // and maps each file separately.
    QHash<QString, ReadingChoices> readingFor;
    bool dryRun = false;      // do everything, then roll back
    bool skipInvalid = false; // import the valid rows even when some are rejected
    // Customers the user confirmed are an existing account (external id → account id).
    QHash<QString, std::int64_t> confirmedMatches;
    // --merge-into: a customer that only resembles one of these accounts (the
    // review tenure import lists) joins it instead of becoming a new account.
    QSet<std::int64_t> mergeInto;
    // --rate EUR=1.08: base-currency units per unit, for rows the book has no
    // rate for; stored from the first day this import needs it.
    QHash<QString, double> fixedRates;
};

// The MRR a file of subscriptions or invoice lines holds on its latest start
// date, in the book's base currency: shown after the import so that amounts
// read 100 times too large (cents) or 12 times (a yearly price) are seen at once.
struct MrrFound
{
    QDate on;
    std::int64_t baseMinor = 0;
};

struct FileOutcome
{
    FilePlan plan;
    QString sha256;
    std::int64_t importId = 0; // the imports row; 0 when nothing was committed
    std::int64_t rowsRead = 0;
    std::int64_t inserted = 0;
    std::int64_t updated = 0;
    std::int64_t unchanged = 0;
    std::int64_t skipped = 0;  // ignored rows (credit notes, ...) and rejected ones when skipping
    std::int64_t rejected = 0; // rows with at least one rejection
    int accountsCreated = 0;
    double seconds = 0;
    std::vector<Rejection> rejections;
    std::vector<SkippedLine> skippedLines; // titles, totals, footers (the first 1000)
    std::vector<MatchReview> reviews;
    QStringList changes; // what a newer export changed (the first 1000)
    std::optional<MrrFound> mrr;
    // Months, per currency, with rows the book had no exchange rate for.
    QMap<QString, QStringList> missingRates;
    // The first day of each currency given a fixed rate (--rate) that the file's rows start on.
    QHash<QString, QDate> firstDayIn;
    // A file that only lends its columns to others (Preset::lendsOnly).
    QStringList lentTo;
    std::vector<ResolvedLink> links; // the files lending to this one
};

struct ImportOutcome
{
    std::vector<FileOutcome> files;
    QString baseCurrency;   // the book's, which MRR is told in
    bool committed = false; // false for a dry run and when rejected rows stopped it

    std::int64_t rejectedRows() const;
    std::vector<Rejection> allRejections() const;
};

// Imports CSV files into the book as one transaction: every accepted row of
// every file lands, or none does. Rows that cannot be read are listed with
// file, line, column, value and reason; unless `skipInvalid`, any of them
// leaves the book unchanged. Throws ImportError when a file cannot be
// imported at all (unreadable, required columns missing, ambiguous dates),
// tenure::Cancelled when `progress` asks to stop, store::BookError when the
// book is busy. Works on the calling thread; run it on a worker for the GUI.
ImportOutcome importFiles(store::Book& book, const QStringList& paths, const ImportOptions& options,
                          Progress& progress);

} // namespace tenure::import
