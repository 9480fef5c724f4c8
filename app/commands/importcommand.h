#pragma once

#include <QStringList>

namespace tenure::app {

// tenure import --book FILE [--kind K] [--preset P] [--dry-run] [--skip-invalid] CSV...
int runImportCommand(const QStringList& arguments);

} // namespace tenure::app
