#include "basecurrency.h"

#include "month.h"
#include "store/book.h"
#include "store/bookdates.h"
#include "store/sqlite.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <iterator>
#include <map>
#include <set>
#include <vector>

namespace tenure::metrics {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::metrics::BaseCurrency)
};

const QString kBaseCurrencyKey = QStringLiteral("base_currency");

using RateSeries = std::map<QDate, double>; // from each date on

// The latest rate on or before `date`; 0 when the series starts later.
double rateOn(const RateSeries& series, const QDate& date)
{
    auto after = series.upper_bound(date);
    return after == series.begin() ? 0 : std::prev(after)->second;
}

std::map<QString, RateSeries> readRates(store::Connection& connection)
{
    std::map<QString, RateSeries> rates;
    auto rows = connection.prepare("SELECT currency, rate_on, per_base FROM currency_rates");
    while (rows.step())
        rates[rows.textValue(0)][store::dateAt(rows, 1)] = rows.doubleValue(2);
    return rates;
}

} // namespace

BaseCurrencyError::BaseCurrencyError(QString message)
    : std::runtime_error("base currency not changed")
    , m_message(std::move(message))
{
}

QString loadBaseCurrency(store::Connection& connection)
{
    return store::readBookMeta(connection, kBaseCurrencyKey).value_or(QStringLiteral("USD"));
}

void changeBaseCurrency(store::Connection& connection, const QString& newBase)
{
    static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
    if (!code.match(newBase).hasMatch())
        throw BaseCurrencyError(
            Messages::tr("%1 is not a currency code: use three capital letters, such as EUR.")
                .arg(newBase));
    const QString oldBase = loadBaseCurrency(connection);
    if (newBase == oldBase)
        return;
    auto rates = readRates(connection);
    const auto found = rates.find(newBase);
    if (found == rates.end())
        throw BaseCurrencyError(
            Messages::tr("The book has no exchange rate for %1, so its amounts cannot be shown "
                         "in %1. Import %1 rates against %2 first.")
                .arg(newBase, oldBase));
    const RateSeries newBaseRates = found->second;
    rates.erase(found);
    rates.erase(oldBase);

    store::Transaction transaction(connection);
    connection.exec("DELETE FROM currency_rates");
    auto insert = connection.prepare(
        "INSERT INTO currency_rates(currency, rate_on, per_base) VALUES (?, ?, ?)");
    const auto write = [&](const QString& currency, const QDate& on, double perBase) {
        insert.bind(1, currency).bind(2, on.toString(Qt::ISODate)).bind(3, perBase).exec();
    };
    for (const auto& [on, perOldBase] : newBaseRates)
        write(oldBase, on, 1.0 / perOldBase);
    for (const auto& [currency, series] : rates) {
        // The new rate changes whenever either old rate does.
        std::set<QDate> dates;
        for (const auto& entry : series)
            dates.insert(entry.first);
        for (const auto& entry : newBaseRates)
            dates.insert(entry.first);
        for (const QDate& on : dates) {
            const double own = rateOn(series, on);
            const double base = rateOn(newBaseRates, on);
            if (own > 0 && base > 0)
                write(currency, on, own / base);
        }
    }
    store::writeBookMeta(connection, kBaseCurrencyKey, newBase);
    transaction.commit();
}

} // namespace tenure::metrics
