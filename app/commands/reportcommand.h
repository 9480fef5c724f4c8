#pragma once

#include <QStringList>

namespace tenure::app {

// tenure report --book FILE --quarter YYYYQN [--segment S] [--owner O]
//               [--as-of YYYY-MM-DD] --out FILE.pdf [--csv FOLDER]
// Paints the quarterly retention report to a PDF. Needs a QGuiApplication
// (main.cpp gives it one, on the offscreen platform), never a display.
int runReportCommand(const QStringList& arguments);

} // namespace tenure::app
