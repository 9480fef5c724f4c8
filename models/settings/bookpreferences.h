#pragma once

#include "health/bookhealth.h"
#include "metrics/conventions.h"

#include <QString>
#include <QStringList>

namespace tenure::store {
class Connection;
}

namespace tenure::settings {

// What belongs to a book rather than to the person opening it: stored in the
// book, so that two people opening it see the same numbers.
struct BookPreferences
{
    QString baseCurrency;
    metrics::Conventions conventions;
    health::HealthConfig health;

    // Not a setting: the currencies the rates table can convert, which are
    // the base currencies the book can switch to.
    QStringList convertibleCurrencies;
};

BookPreferences loadBookPreferences(store::Connection& connection);

// Stores every setting in one transaction: all of them change or none does.
// Throws metrics::BaseCurrencyError when the base currency cannot change.
void saveBookPreferences(store::Connection& connection, const BookPreferences& preferences);

} // namespace tenure::settings
