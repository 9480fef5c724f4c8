#pragma once

#include "common/countingprogress.h"
#include "common/csvbook.h"
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

// The six companies of the customer-success fixtures (vendors/cs/), with
// their billing: the book those exports are imported into.
inline QByteArray castBillingCsv()
{
    return "account_id,account_name,email,start_date,mrr\n"
           "C1,Acme Inc,ops@acme.example,2024-01-15,50.00\n"
           "C2,Beta LLC,billing@beta.example,2023-09-01,100.00\n"
           "C3,Gamma Corp,finance@gamma.example,2024-05-01,100.00\n"
           "C4,Delta Ltd,admin@delta.example,2023-11-01,25.00\n"
           "C5,Echo GmbH,buchhaltung@echo.example,2024-03-10,120.00\n"
           "C6,Foxtrot SAS,hello@foxtrot.example,2024-06-20,125.00\n";
}

inline QString fixture(const char* name)
{
    return QStringLiteral(TENURE_TEST_DATA "/fixtures/") + QLatin1String(name);
}

} // namespace tenure::test
