#pragma once

#include "import/importjob.h"

#include <QHash>

namespace tenure::import {
class ImportSession;
}

namespace tenure::ui {

// The wizard's pages, in order.
enum class PageId { Files, Reading, Mapping, Check, Review, Import, Summary };

// What the wizard's pages hand on to each other: the files and their
// choices, the check's findings, the user's decisions, the import's result.
struct WizardState
{
    import::ImportSession* session = nullptr;
    import::ImportResult check; // the dry run: counts, rejected rows, reviews
    bool skipInvalid = false;   // the user chose to import the valid rows only
    QHash<QString, std::int64_t> confirmedMatches;
    import::ImportResult result;      // the import itself
    import::ForwarderMaker forwarder; // a team book's: where the import's commits go first
};

} // namespace tenure::ui
