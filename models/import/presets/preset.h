#pragma once

#include "import/amountparser.h"
#include "import/kinds.h"

#include <QStringList>

#include <span>
#include <vector>

namespace tenure::import {

// How one system's export maps onto Tenure's fields. `headers` lists the
// column names as that system writes them ("a|b": either; '*' stands for any
// text, as in a question's wording or a time zone in brackets); they are
// compared ignoring case, spaces, underscores and hyphens.
struct PresetColumn
{
    Field field;
    const char* headers;
    // Read, row by row, where the first column's cell is empty ("a|b" too):
    // Chargebee leaves started_at empty while a trial runs, and gives trial_start.
    const char* otherwise = nullptr;
};

// Some exports are sets of files linked by ids (ChartMogul's line items name
// their invoice; the invoices file names the customer and the currency).
// A link reads the other file's rows by the shared id and lends their values
// to this file's rows, as if they were columns of it.
struct PresetLink
{
    Field key;                // this file's column holding the id, e.g. Field::InvoiceId
    Field lenderKey;          // the other file's column holding the same id
    const char* presetId;     // the other file's preset
    std::vector<Field> lends; // what the other file gives each row
    bool required = true;     // without the other file, this one cannot be read
};

struct Preset
{
    const char* id;     // "stripe-subscriptions": what --preset takes
    const char* label;  // shown to the user (translated in context tenure::import::Preset)
    const char* source; // the source system, stored with every row: "stripe", "generic", ...
    Kind kind;
    AmountUnits units;
    std::vector<PresetColumn> columns;
    // Columns whose presence together identifies the export.
    std::vector<const char*> signature;
    bool generic = false; // Tenure's own layouts: recognised only when no system's preset is
    std::vector<PresetLink> links = {};
    // Only lends its columns to another file of the same export (PresetLink);
    // never imported by itself.
    bool lendsOnly = false;
    // Amounts in minor units as the vendor's API writes them, unless the file
    // writes them with decimals (a report re-saved in major units).
    bool decimalsMeanMajor = false;
    // Where the layout was taken from: the vendor's documentation or client.
    const char* reference = "";
};

std::span<const Preset> billingPresets();
std::span<const Preset> successPresets(); // help desk, surveys, CRM
std::span<const Preset> genericPresets();

} // namespace tenure::import
