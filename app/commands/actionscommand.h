#pragma once

#include <QStringList>

namespace tenure::app {

// tenure actions --book FILE [--account ID] [--json]
int runActionsCommand(const QStringList& arguments);

} // namespace tenure::app
