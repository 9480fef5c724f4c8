#pragma once

#include "mrrhistory.h"

#include <QDate>

namespace tenure::store {
class Connection;
}

namespace tenure::metrics {

// Reads accounts, subscription periods and currency rates from a book and
// builds the MRR history as of `asOf`, using only data known by then.
// Throws MissingRate for a period whose currency has no rate.
MrrHistory loadMrrHistory(store::Connection& connection, const QDate& asOf);

// Under the churn-at-cancellation convention a period stops counting on the
// day it was cancelled, once that is known by the as-of date. False when it
// was cancelled before it began: it never counts. Under the period-end
// convention the period is left as it is.
bool applyChurnRecognition(PeriodInfo& period, const QDate& canceledOn, const QDate& asOf,
                           ChurnRecognition churnAt);

// The book's base currency and its currency_rates table.
CurrencyConverter loadCurrencyConverter(store::Connection& connection);

} // namespace tenure::metrics
