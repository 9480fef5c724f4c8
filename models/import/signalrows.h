#pragma once

#include "kinds.h"
#include "rowbuilders.h"

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace tenure::import {

// A value written to one column: NULL, an integer, a real or UTF-8 text.
using SqlValue = std::variant<std::monostate, std::int64_t, double, std::string>;

// Where a signal kind's rows go. `columns` are written from the row in this
// order (account_id and import_id are added by the writer).
struct SignalTable
{
    const char* table;
    std::vector<const char*> columns;
    bool hasImportId = true;
    // The column filled from the person the row names (a survey's respondent,
    // a request's requester); nullptr when the kind names none.
    const char* contactColumn = nullptr;
    // Whether the account and the kind's keys are the table's primary key, so
    // that SQLite itself refuses a second row with the same keys.
    bool keysArePrimary = false;
};
const SignalTable& signalTable(Kind kind);

// The columns that identify a row within its account: the source's id when
// the file has one, else what the kind is naturally known by (a usage
// period's first day, a goal's title, a contact's email or name).
std::vector<const char*> signalKeys(Kind kind, const RowReader& reader);

// One typed, normalised row of a signal kind.
struct SignalRow
{
    std::int64_t line = 0;
    CustomerRef customer;
    std::string personEmail;      // links the row to a contact of its account
    std::vector<SqlValue> values; // in the order of signalTable(kind).columns
};

// Types and normalises one record of the context's signal kind (its source
// is stored with an activity); rejections go to the reader. A survey
// response with no score is Ignored.
Built buildSignal(RowReader& reader, const BuildContext& context, TextArena& text, SignalRow& row);

} // namespace tenure::import
