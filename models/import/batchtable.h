#pragma once

#include "store/sqlite.h"

#include <QString>

#include <cstddef>
#include <optional>
#include <sqlite3.h>

namespace tenure::import {

// An eponymous, read-only virtual table that lists one batch of typed rows,
// so that one INSERT … SELECT writes the whole batch. Inserting row by row,
// SQLite opens and seeks the table's and each index's b-tree again for every
// row, which costs about as much as the insertion itself; one statement a
// batch does that once.
//
// The batch is bound to the table's only argument as a pointer of type
// `Table::kPointerType` (sqlite3_bind_pointer), so SQL text cannot forge it;
// a query without a batch finds no plan. `Table` provides:
//   kName, kSchema (its last column `batch HIDDEN`), kPointerType;
//   Batch, with size();
//   Row, made from (const Batch&, std::size_t index): one row's values, kept
//     while SQLite reads its columns;
//   static void column(const Row&, sqlite3_context*, int column).
template <typename Table> class BatchTable
{
public:
    // Makes the table available on the connection (again, harmlessly).
    static void registerOn(store::Connection& connection)
    {
        static const sqlite3_module module = makeModule();
        const int rc =
            sqlite3_create_module_v2(connection.handle(), Table::kName, &module, nullptr, nullptr);
        if (rc != SQLITE_OK)
            connection.fail(rc, QStringLiteral("Registering %1").arg(QLatin1String(Table::kName)));
    }

private:
    struct Cursor
    {
        sqlite3_vtab_cursor base; // first, as SQLite expects
        const typename Table::Batch* batch = nullptr;
        std::size_t index = 0;
        std::optional<typename Table::Row> row; // rows[index]'s values

        bool atEnd() const { return batch == nullptr || index >= batch->size(); }
        void load()
        {
            row.reset();
            if (!atEnd())
                row.emplace(*batch, index);
        }
    };

    static Cursor* cursorOf(sqlite3_vtab_cursor* cursor)
    {
        return reinterpret_cast<Cursor*>(cursor);
    }

    static int connect(sqlite3* db, void*, int, const char* const*, sqlite3_vtab** table, char**)
    {
        const int rc = sqlite3_declare_vtab(db, Table::kSchema);
        if (rc != SQLITE_OK)
            return rc;
        sqlite3_vtab_config(db, SQLITE_VTAB_DIRECTONLY);
        *table = new sqlite3_vtab{};
        return SQLITE_OK;
    }

    static int disconnect(sqlite3_vtab* table)
    {
        delete table;
        return SQLITE_OK;
    }

    // Usable only with `batch = ?`: the hidden column is the last one.
    static int bestIndex(sqlite3_vtab*, sqlite3_index_info* info)
    {
        for (int i = 0; i < info->nConstraint; ++i) {
            const auto& constraint = info->aConstraint[i];
            if (constraint.iColumn == Table::kBatchColumn &&
                constraint.op == SQLITE_INDEX_CONSTRAINT_EQ && constraint.usable) {
                info->aConstraintUsage[i].argvIndex = 1;
                info->aConstraintUsage[i].omit = 1;
                info->estimatedCost = 1;
                return SQLITE_OK;
            }
        }
        return SQLITE_CONSTRAINT;
    }

    static int open(sqlite3_vtab*, sqlite3_vtab_cursor** cursor)
    {
        *cursor = &(new Cursor{})->base;
        return SQLITE_OK;
    }

    static int close(sqlite3_vtab_cursor* cursor)
    {
        delete cursorOf(cursor);
        return SQLITE_OK;
    }

    static int filter(sqlite3_vtab_cursor* base, int, const char*, int argc, sqlite3_value** argv)
    {
        Cursor* cursor = cursorOf(base);
        cursor->batch = argc == 1 ? static_cast<const typename Table::Batch*>(
                                        sqlite3_value_pointer(argv[0], Table::kPointerType))
                                  : nullptr;
        cursor->index = 0;
        cursor->load();
        return SQLITE_OK;
    }

    static int next(sqlite3_vtab_cursor* base)
    {
        Cursor* cursor = cursorOf(base);
        ++cursor->index;
        cursor->load();
        return SQLITE_OK;
    }

    static int eof(sqlite3_vtab_cursor* base) { return cursorOf(base)->atEnd() ? 1 : 0; }

    static int column(sqlite3_vtab_cursor* base, sqlite3_context* context, int column)
    {
        Table::column(*cursorOf(base)->row, context, column);
        return SQLITE_OK;
    }

    static int rowid(sqlite3_vtab_cursor* base, sqlite3_int64* id)
    {
        *id = static_cast<sqlite3_int64>(cursorOf(base)->index);
        return SQLITE_OK;
    }

    // Eponymous-only (no xCreate) and read-only (no xUpdate).
    static sqlite3_module makeModule()
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
        module.xColumn = BatchTable::column;
        module.xRowid = rowid;
        return module;
    }
};

} // namespace tenure::import
