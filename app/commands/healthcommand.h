#pragma once

#include <QStringList>

namespace tenure::app {

// tenure health --book FILE [--as-of YYYY-MM-DD] [--account ID] [--json]
int runHealthCommand(const QStringList& arguments);

} // namespace tenure::app

namespace tenure::app {

// tenure backtest --book FILE [--horizon DAYS] [--quarters N] [--as-of YYYY-MM-DD] [--json]
int runBacktestCommand(const QStringList& arguments);

// tenure forecast --book FILE [--quarter 2027Q1] [--owner NAME] [--as-of YYYY-MM-DD] [--json]
int runForecastCommand(const QStringList& arguments);

} // namespace tenure::app
