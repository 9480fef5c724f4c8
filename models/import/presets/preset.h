#pragma once

#include "import/amountparser.h"
#include "import/kinds.h"

#include <QStringList>

#include <span>
#include <vector>

namespace tenure::import {

// How one system's export maps onto Tenure's fields. `headers` lists the
// column names as that system writes them ("a|b": either); they are compared
// ignoring case, spaces, underscores and hyphens.
struct PresetColumn
{
    Field field;
    const char* headers;
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
};

std::span<const Preset> billingPresets();
std::span<const Preset> genericPresets();

} // namespace tenure::import
