#pragma once

#include "import/importer.h"

#include <QTextStream>

namespace tenure::app {

// What `tenure import` prints for each file: how it was read, the row
// counts, the MRR it holds, the lines it passed over, what a newer export
// changed and the accounts to review.
void printImportedFile(const import::FileOutcome& file, const QString& baseCurrency,
                       QTextStream& out);

// For each currency the book had no rate for: the months that need one, the
// rates layout, and the two ways to give them.
void printMissingRates(const import::ImportOutcome& outcome, const QString& bookPath,
                       const QString& baseCurrency, QTextStream& out);

} // namespace tenure::app
