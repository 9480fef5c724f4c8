#pragma once

#include <QStringList>

namespace tenure::app {

// `tenure demo --out FILE [--accounts N] [--seed S] [--months M] [--today DATE]`:
// writes a demo book. Exit code 0 on success, 2 for usage errors (bad or
// missing options, an existing --out file), 1 when generation fails.
int runDemoCommand(const QStringList& arguments);

} // namespace tenure::app
