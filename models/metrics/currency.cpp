#include "currency.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace tenure::metrics {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::metrics::CurrencyConverter)
};

double scale(int digits)
{
    return std::pow(10.0, digits);
}

} // namespace

int minorUnitDigits(const QString& currency)
{
    static const QStringList zero = {
        QStringLiteral("JPY"), QStringLiteral("KRW"), QStringLiteral("VND"),
        QStringLiteral("CLP"), QStringLiteral("ISK"), QStringLiteral("UGX"),
        QStringLiteral("PYG"), QStringLiteral("XAF"), QStringLiteral("XOF")};
    static const QStringList three = {
        QStringLiteral("BHD"), QStringLiteral("KWD"), QStringLiteral("JOD"), QStringLiteral("OMR"),
        QStringLiteral("IQD"), QStringLiteral("LYD"), QStringLiteral("TND")};
    if (zero.contains(currency))
        return 0;
    if (three.contains(currency))
        return 3;
    return 2;
}

QString formatMoney(std::int64_t minor, const QString& currency, const QLocale& locale,
                    int decimals)
{
    static const QHash<QString, QString> symbols = {{QStringLiteral("USD"), QStringLiteral("$")},
                                                    {QStringLiteral("EUR"), QStringLiteral("€")},
                                                    {QStringLiteral("GBP"), QStringLiteral("£")},
                                                    {QStringLiteral("JPY"), QStringLiteral("¥")},
                                                    {QStringLiteral("CNY"), QStringLiteral("CN¥")},
                                                    {QStringLiteral("RUB"), QStringLiteral("₽")},
                                                    {QStringLiteral("INR"), QStringLiteral("₹")},
                                                    {QStringLiteral("KRW"), QStringLiteral("₩")},
                                                    {QStringLiteral("CAD"), QStringLiteral("CA$")},
                                                    {QStringLiteral("AUD"), QStringLiteral("A$")}};
    const double major = static_cast<double>(minor) / scale(minorUnitDigits(currency));
    const QString digits = locale.toString(std::abs(major), 'f', decimals);
    const QString symbol = symbols.value(currency, currency + u' ');
    return (major < 0 ? QStringLiteral("-") : QString()) + symbol + digits;
}

MissingRate::MissingRate(const QString& currency_, const QDate& date_)
    : std::runtime_error("missing currency rate")
    , currency(currency_)
    , date(date_)
{
}

QString MissingRate::message() const
{
    return Messages::tr("No exchange rate for %1 on or before %2: add one to the rates table "
                        "(amounts in %1 are not counted as if they were the base currency).")
        .arg(currency, date.toString(Qt::ISODate));
}

CurrencyConverter::CurrencyConverter(QString baseCurrency)
    : m_base(std::move(baseCurrency))
{
}

void CurrencyConverter::addRate(const QString& currency, const QDate& from, double perBase)
{
    auto& rates = m_rates[currency];
    const auto at =
        std::lower_bound(rates.begin(), rates.end(), std::pair{from, 0.0},
                         [](const auto& a, const auto& b) { return a.first < b.first; });
    rates.insert(at, {from, perBase});
}

QDate CurrencyConverter::lastRateDate() const
{
    QDate last;
    for (const auto& [currency, rates] : m_rates) {
        if (!rates.empty() && (!last.isValid() || rates.back().first > last))
            last = rates.back().first;
    }
    return last;
}

std::int64_t CurrencyConverter::toBase(std::int64_t minor, const QString& currency,
                                       const QDate& on) const
{
    if (currency == m_base)
        return minor;
    const auto found = m_rates.find(currency);
    if (found == m_rates.end())
        throw MissingRate(currency, on);
    const auto& rates = found->second;
    const auto after =
        std::upper_bound(rates.begin(), rates.end(), on,
                         [](const QDate& d, const auto& rate) { return d < rate.first; });
    if (after == rates.begin())
        throw MissingRate(currency, on);
    const double major = static_cast<double>(minor) / scale(minorUnitDigits(currency));
    return std::llround(major * std::prev(after)->second * scale(minorUnitDigits(m_base)));
}

} // namespace tenure::metrics
