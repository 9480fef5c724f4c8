#pragma once

#include "health/bookhealth.h"
#include "import/importer.h"
#include "store/book.h"

#include <QDate>
#include <QHash>
#include <QStringList>

#include <memory>

namespace tenure::test {

// A book created from CSV files through the real import path, and evaluated
// as `tenure health` evaluates one (app/commands/healthcommand.cpp).
struct ScoredCsvBook
{
    std::unique_ptr<store::Book> book;
    import::ImportOutcome import;
    health::BookHealth health;
    QHash<QString, std::int64_t> idOf; // account id by the files' account id

    // The account imported as `externalId`, scored; null when it is not paying.
    const health::AccountHealth* account(const QString& externalId) const;
};

// Creates the book at `bookPath`, imports `files` into it and scores it as of
// `asOf`. The import is checked by the caller (import.committed).
ScoredCsvBook importAndScore(const QString& bookPath, const QStringList& files, const QDate& asOf);

} // namespace tenure::test
