#pragma once

#include <QStringList>

namespace tenure::app {

// tenure metrics --book FILE --period month|quarter|year [--from YYYY-MM] [--to YYYY-MM]
//                [--by segment|owner|plan] [--method cohort|renewal] [--as-of YYYY-MM-DD]
//                [--segment S] [--owner O] [--plan P] [--json]
int runMetricsCommand(const QStringList& arguments);

// tenure survival --book FILE [--by segment|plan|owner|cohort] [--as-of YYYY-MM-DD] [--json]
int runSurvivalCommand(const QStringList& arguments);

} // namespace tenure::app
