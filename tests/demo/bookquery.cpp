#include "bookquery.h"

#include <QCryptographicHash>

#include <array>

namespace tenure::test {

double queryNumber(store::Connection& connection, const std::string& sql)
{
    store::Statement statement = connection.prepare(sql);
    if (!statement.step() || statement.isNull(0))
        return 0.0;
    return statement.doubleValue(0);
}

QByteArray contentHash(store::Connection& connection)
{
    static constexpr std::array<const char*, 13> kTables{"accounts",
                                                         "account_external_ids",
                                                         "subscription_periods",
                                                         "contacts",
                                                         "usage",
                                                         "tickets",
                                                         "survey_responses",
                                                         "feature_requests",
                                                         "goals",
                                                         "account_events",
                                                         "actions",
                                                         "demo_truth",
                                                         "book_meta"};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* table : kTables) {
        // Every column quoted and joined, so NULL, 0 and '' hash differently.
        const std::string columns =
            connection
                .queryText(
                    std::string("SELECT group_concat('quote(' || name || ')', ' || ''|'' || ') "
                                "FROM pragma_table_info('") +
                    table + "')")
                .value()
                .toStdString();
        std::string sql = "SELECT " + columns + " FROM " + table;
        if (std::string(table) == "book_meta")
            sql += " WHERE key <> 'created_at'";
        store::Statement rows = connection.prepare(sql + " ORDER BY 1");
        hash.addData(QByteArray(table));
        while (rows.step()) {
            const std::string_view row = rows.utf8Value(0);
            hash.addData(QByteArrayView(row.data(), static_cast<qsizetype>(row.size())));
            hash.addData("\n");
        }
    }
    return hash.result();
}

} // namespace tenure::test
