#pragma once

#include "common/countingprogress.h"
#include "import/importer.h"
#include "store/book.h"
#include "store/sqlite.h"

#include <QString>

#include <cstdint>

namespace tenure::test {

inline std::int64_t count(store::Book& book, const char* table)
{
    return book.connection().queryInt(std::string("SELECT count(*) FROM ") + table).value_or(-1);
}

inline std::int64_t mrrSum(store::Book& book)
{
    return book.connection()
        .queryInt("SELECT total(mrr_minor) FROM subscription_periods")
        .value_or(0);
}

// Imports `files` into `book` on this thread, progress counted and never cancelled.
inline import::ImportOutcome importInto(store::Book& book, const QStringList& files,
                                        const import::ImportOptions& options = {})
{
    CountingProgress progress;
    return import::importFiles(book, files, options, progress);
}

inline QString fixture(const char* name)
{
    return QStringLiteral(TENURE_TEST_DATA "/fixtures/") + QLatin1String(name);
}

} // namespace tenure::test
