#pragma once

#include "accountmatcher.h"
#include "fileplan.h"
#include "rejection.h"

#include <QHash>
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
    std::vector<MatchReview> reviews;
    QStringList changes; // what a newer export changed (the first 1000)
};

struct ImportOutcome
{
    std::vector<FileOutcome> files;
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
