#include "bookpreferences.h"

#include "metrics/basecurrency.h"
#include "store/sqlite.h"

namespace tenure::settings {

BookPreferences loadBookPreferences(store::Connection& connection)
{
    BookPreferences preferences;
    preferences.baseCurrency = metrics::loadBaseCurrency(connection);
    preferences.conventions = metrics::loadConventions(connection);
    preferences.health = health::loadHealthConfig(connection);
    preferences.convertibleCurrencies.append(preferences.baseCurrency);
    auto rows = connection.prepare("SELECT DISTINCT currency FROM currency_rates ORDER BY 1");
    while (rows.step())
        preferences.convertibleCurrencies.append(rows.textValue(0));
    preferences.convertibleCurrencies.removeDuplicates();
    return preferences;
}

void saveBookPreferences(store::Connection& connection, const BookPreferences& preferences)
{
    store::Transaction transaction(connection);
    metrics::changeBaseCurrency(connection, preferences.baseCurrency);
    metrics::saveConventions(connection, preferences.conventions);
    health::saveHealthConfig(connection, preferences.health);
    transaction.commit();
}

} // namespace tenure::settings
