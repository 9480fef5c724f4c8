#pragma once

#include "common/tempbook.h"
#include "store/book.h"
#include "store/sqlite.h"

#include <QString>

namespace tenure::test {

inline QString importFixture(const char* name)
{
    return QStringLiteral(TENURE_TEST_DATA "/../import/fixtures/") + QLatin1String(name);
}

// What an import can change, in one string: equal strings, unchanged book.
inline QString bookDigest(const QString& path)
{
    auto book = store::Book::open(path, store::Book::Access::ReadOnly);
    return book->connection()
        .queryText("SELECT (SELECT count(*) FROM accounts) || '/' || "
                   "(SELECT count(*) FROM account_external_ids) || '/' || "
                   "(SELECT count(*) FROM subscription_periods) || '/' || "
                   "(SELECT total(mrr_minor) FROM subscription_periods) || '/' || "
                   "(SELECT count(*) FROM imports) || '/' || "
                   "(SELECT count(*) FROM import_mappings) || '/' || "
                   "(SELECT ifnull(group_concat(name, '|'), '') FROM "
                   "(SELECT name FROM accounts ORDER BY id))")
        .value_or(QString());
}

inline std::int64_t countRows(const QString& path, const char* table)
{
    auto book = store::Book::open(path, store::Book::Access::ReadOnly);
    return book->connection().queryInt(std::string("SELECT count(*) FROM ") + table).value_or(-1);
}

} // namespace tenure::test
