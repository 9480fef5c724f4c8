#include "signalbatchtable.h"

#include "batchtable.h"

namespace tenure::import {

namespace {

struct SignalBatchTable
{
    static constexpr const char* kName = "tenure_signal_batch";
    static constexpr const char* kSchema =
        "CREATE TABLE x(account_id, v0, v1, v2, v3, v4, v5, v6, v7, batch HIDDEN)";
    static constexpr const char* kPointerType = kSignalsToInsertPointer;
    static constexpr int kBatchColumn = 1 + static_cast<int>(kSignalBatchValueColumns);
    using Batch = SignalsToInsert;

    struct Row
    {
        Row(const Batch& batch, std::size_t index)
            : row(*batch.rows[index])
            , accountId(batch.accountIds[index])
        {
        }
        const SignalRow& row;
        std::int64_t accountId;
    };

    // The batch's rows outlive the statement, so their text is passed without a copy.
    static void column(const Row& current, sqlite3_context* context, int column)
    {
        if (column == 0)
            return sqlite3_result_int64(context, current.accountId);
        const auto index = static_cast<std::size_t>(column - 1);
        if (index >= current.row.values.size())
            return sqlite3_result_null(context);
        const SqlValue& value = current.row.values[index];
        if (const auto* integer = std::get_if<std::int64_t>(&value))
            sqlite3_result_int64(context, *integer);
        else if (const auto* real = std::get_if<double>(&value))
            sqlite3_result_double(context, *real);
        else if (const auto* text = std::get_if<std::string>(&value))
            sqlite3_result_text(context, text->data(), static_cast<int>(text->size()),
                                SQLITE_STATIC);
        else
            sqlite3_result_null(context);
    }
};

} // namespace

void registerSignalBatchTable(store::Connection& connection)
{
    BatchTable<SignalBatchTable>::registerOn(connection);
}

} // namespace tenure::import
