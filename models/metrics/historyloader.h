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

// The book's base currency and its currency_rates table.
CurrencyConverter loadCurrencyConverter(store::Connection& connection);

} // namespace tenure::metrics
