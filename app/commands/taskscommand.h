#pragma once

#include <QStringList>

namespace tenure::app {

// tenure tasks --book FILE [--owner NAME] [--due-by YYYY-MM-DD] [--as-of YYYY-MM-DD] [--json]
int runTasksCommand(const QStringList& arguments);

} // namespace tenure::app
