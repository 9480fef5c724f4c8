#pragma once

#include "fileplan.h"

#include <QByteArrayView>

namespace tenure::import {

// How many days a usage file's rows cover when no column says (period_days):
// a wide chart's column spacing, else the spacing of the dates in the first
// megabyte: a day apart is daily, whole weeks apart weekly, one date alone
// the layout's default week. Dates neither (a month apart) cannot be kept as
// days or weeks: a problem naming the file, never a silent week.
void settleUsagePeriod(FilePlan& plan, QByteArrayView utf8Sample);

} // namespace tenure::import
