#pragma once

#include "import/fileplan.h"

#include <QTextStream>

namespace tenure::app {

// `tenure import --inspect FILE`: what the import would read, and nothing
// written: encoding, delimiter, header line, preset or kind, each column's
// field, the first rows typed with the MRR they come to, and what is missing.
void printInspection(const import::FilePlan& plan, const QString& baseCurrency, QTextStream& out);

} // namespace tenure::app
