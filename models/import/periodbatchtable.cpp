#include "periodbatchtable.h"

#include "batchtable.h"
#include "periodvalues.h"

namespace tenure::import {

namespace {

// Text that outlives the statement (the batch's arena and rows, literals) is
// passed without a copy; dates live in the cursor, which moves on, so SQLite copies them.
void resultText(sqlite3_context* context, std::string_view text, bool copy, bool emptyIsNull)
{
    if (emptyIsNull && text.empty())
        sqlite3_result_null(context);
    else
        sqlite3_result_text(context, text.data(), static_cast<int>(text.size()),
                            copy ? SQLITE_TRANSIENT : SQLITE_STATIC);
}

struct PeriodBatchTable
{
    static constexpr const char* kName = "tenure_period_batch";
    static constexpr const char* kSchema =
        "CREATE TABLE x(external_id, start_on, account_id, plan, end_on, amount_minor, "
        "interval_unit, interval_count, quantity, discount_minor, currency, mrr_minor, "
        "source_status, canceled_on, batch HIDDEN)";
    static constexpr const char* kPointerType = kPeriodsToInsertPointer;
    static constexpr int kBatchColumn = 14;
    using Batch = PeriodsToInsert;

    struct Row : PeriodValues
    {
        Row(const Batch& batch, std::size_t index)
            : PeriodValues(batch.rows[index], *batch.text, batch.accountIds[index])
        {
        }
    };

    static void column(const Row& values, sqlite3_context* context, int column)
    {
        switch (column) {
        case 0:
            return resultText(context, values.externalId, false, false);
        case 1:
            return resultText(context, values.startOn, true, false);
        case 2:
            return sqlite3_result_int64(context, values.accountId);
        case 3:
            return resultText(context, values.plan, false, true);
        case 4:
            return resultText(context, values.endOn, true, true);
        case 5:
            return sqlite3_result_int64(context, values.amount);
        case 6:
            return resultText(context, values.unit, false, false);
        case 7:
            return sqlite3_result_int64(context, values.count);
        case 8:
            return sqlite3_result_double(context, values.quantity);
        case 9:
            return sqlite3_result_int64(context, values.discount);
        case 10:
            return resultText(context, values.currency, false, false);
        case 11:
            return sqlite3_result_int64(context, values.mrr);
        case 12:
            return resultText(context, values.status, false, true);
        case 13:
            return resultText(context, values.canceledOn, true, true);
        default:
            return sqlite3_result_null(context);
        }
    }
};

} // namespace

void registerPeriodBatchTable(store::Connection& connection)
{
    BatchTable<PeriodBatchTable>::registerOn(connection);
}

} // namespace tenure::import
