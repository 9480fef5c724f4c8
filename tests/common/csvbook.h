#pragma once

#include "common/tempbook.h"
#include "import/importer.h"
#include "store/book.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <utility>
#include <vector>

namespace tenure::test {

// A book built only from CSV files, imported as `tenure import` imports them
// (no demo generator), in a private folder removed with it.
struct CsvBook
{
    std::unique_ptr<TempFolder> folder;
    std::unique_ptr<store::Book> book;
    import::ImportOutcome outcome;

    // The book's id of the account the files call `externalId`; 0 when none.
    std::int64_t accountId(const QString& externalId) const;
};

// Imports `files` into `book` in one go, as `tenure import` does.
import::ImportOutcome importInto(store::Book& book, const QStringList& files,
                                 const import::ImportOptions& options = {});

// Writes each (file name, bytes) pair and imports them all in one go.
CsvBook bookFromCsv(const std::vector<std::pair<QString, QByteArray>>& files);

} // namespace tenure::test
