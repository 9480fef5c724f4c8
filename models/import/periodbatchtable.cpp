#include "periodbatchtable.h"

#include "periodvalues.h"
#include "store/sqlite.h"

#include <QString>

#include <optional>
#include <sqlite3.h>

namespace tenure::import {

namespace {

enum Column {
    ExternalId,
    StartOn,
    AccountId,
    Plan,
    EndOn,
    AmountMinor,
    IntervalUnit,
    IntervalCount,
    Quantity,
    DiscountMinor,
    Currency,
    MrrMinor,
    SourceStatus,
    CanceledOn,
    Batch, // hidden: the pointer to the batch
};

struct Cursor
{
    sqlite3_vtab_cursor base; // first, as SQLite expects
    const PeriodsToInsert* batch = nullptr;
    std::size_t index = 0;
    std::optional<PeriodValues> current; // the values of rows[index]

    bool atEnd() const { return batch == nullptr || index >= batch->rows.size(); }
    void load()
    {
        current.reset();
        if (!atEnd())
            current.emplace(batch->rows[index], *batch->text, batch->accountIds[index]);
    }
};

int connect(sqlite3* db, void*, int, const char* const*, sqlite3_vtab** table, char**)
{
    const int rc = sqlite3_declare_vtab(
        db, "CREATE TABLE x(external_id, start_on, account_id, plan, end_on, amount_minor, "
            "interval_unit, interval_count, quantity, discount_minor, currency, mrr_minor, "
            "source_status, canceled_on, batch HIDDEN)");
    if (rc != SQLITE_OK)
        return rc;
    sqlite3_vtab_config(db, SQLITE_VTAB_DIRECTONLY);
    *table = new sqlite3_vtab{};
    return SQLITE_OK;
}

int disconnect(sqlite3_vtab* table)
{
    delete table;
    return SQLITE_OK;
}

// The table has rows only for a given batch: a plan without `batch = ?` is refused.
int bestIndex(sqlite3_vtab*, sqlite3_index_info* info)
{
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto& constraint = info->aConstraint[i];
        if (constraint.iColumn == Batch && constraint.op == SQLITE_INDEX_CONSTRAINT_EQ &&
            constraint.usable) {
            info->aConstraintUsage[i].argvIndex = 1;
            info->aConstraintUsage[i].omit = 1;
            info->estimatedCost = 1;
            return SQLITE_OK;
        }
    }
    return SQLITE_CONSTRAINT;
}

int open(sqlite3_vtab*, sqlite3_vtab_cursor** cursor)
{
    *cursor = &(new Cursor{})->base;
    return SQLITE_OK;
}

int close(sqlite3_vtab_cursor* cursor)
{
    delete reinterpret_cast<Cursor*>(cursor);
    return SQLITE_OK;
}

int filter(sqlite3_vtab_cursor* base, int, const char*, int argc, sqlite3_value** argv)
{
    auto* cursor = reinterpret_cast<Cursor*>(base);
    cursor->batch = argc == 1 ? static_cast<const PeriodsToInsert*>(
                                    sqlite3_value_pointer(argv[0], kPeriodsToInsertPointer))
                              : nullptr;
    cursor->index = 0;
    cursor->load();
    return SQLITE_OK;
}

int next(sqlite3_vtab_cursor* base)
{
    auto* cursor = reinterpret_cast<Cursor*>(base);
    ++cursor->index;
    cursor->load();
    return SQLITE_OK;
}

int eof(sqlite3_vtab_cursor* base)
{
    return reinterpret_cast<Cursor*>(base)->atEnd() ? 1 : 0;
}

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

int column(sqlite3_vtab_cursor* base, sqlite3_context* context, int column)
{
    const PeriodValues& values = *reinterpret_cast<Cursor*>(base)->current;
    switch (column) {
    case ExternalId:
        resultText(context, values.externalId, false, false);
        break;
    case StartOn:
        resultText(context, values.startOn, true, false);
        break;
    case AccountId:
        sqlite3_result_int64(context, values.accountId);
        break;
    case Plan:
        resultText(context, values.plan, false, true);
        break;
    case EndOn:
        resultText(context, values.endOn, true, true);
        break;
    case AmountMinor:
        sqlite3_result_int64(context, values.amount);
        break;
    case IntervalUnit:
        resultText(context, values.unit, false, false);
        break;
    case IntervalCount:
        sqlite3_result_int64(context, values.count);
        break;
    case Quantity:
        sqlite3_result_double(context, values.quantity);
        break;
    case DiscountMinor:
        sqlite3_result_int64(context, values.discount);
        break;
    case Currency:
        resultText(context, values.currency, false, false);
        break;
    case MrrMinor:
        sqlite3_result_int64(context, values.mrr);
        break;
    case SourceStatus:
        resultText(context, values.status, false, true);
        break;
    case CanceledOn:
        resultText(context, values.canceledOn, true, true);
        break;
    default:
        sqlite3_result_null(context);
        break;
    }
    return SQLITE_OK;
}

int rowid(sqlite3_vtab_cursor* base, sqlite3_int64* id)
{
    *id = static_cast<sqlite3_int64>(reinterpret_cast<Cursor*>(base)->index);
    return SQLITE_OK;
}

// Eponymous-only (no xCreate) and read-only (no xUpdate).
sqlite3_module makeModule()
{
    sqlite3_module module{};
    module.xConnect = connect;
    module.xBestIndex = bestIndex;
    module.xDisconnect = disconnect;
    module.xOpen = open;
    module.xClose = close;
    module.xFilter = filter;
    module.xNext = next;
    module.xEof = eof;
    module.xColumn = column;
    module.xRowid = rowid;
    return module;
}

const sqlite3_module kModule = makeModule();

} // namespace

void registerPeriodBatchTable(store::Connection& connection)
{
    const int rc = sqlite3_create_module_v2(connection.handle(), "tenure_period_batch", &kModule,
                                            nullptr, nullptr);
    if (rc != SQLITE_OK)
        connection.fail(rc, QStringLiteral("Registering tenure_period_batch"));
}

} // namespace tenure::import
