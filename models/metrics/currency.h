#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

#include <cstdint>
#include <map>
#include <optional>
#include <stdexcept>
#include <vector>

namespace tenure::metrics {

// Digits after the decimal point in a currency's minor unit: 0 for JPY and
// KRW (dividing them by 100 is a known bug in public tools), 3 for the dinars
// of Bahrain, Kuwait, Jordan, Oman, Iraq, Libya and Tunisia, 2 otherwise.
int minorUnitDigits(const QString& currency);

// An amount in minor units as people read it: "$1,021", "€12,400", "CHF 300",
// with the locale's digit grouping and `decimals` places.
QString formatMoney(std::int64_t minor, const QString& currency, const QLocale& locale,
                    int decimals = 0);

// A rate that is missing for a currency on a date: the book mixes currencies
// without saying how to convert them. Never counted 1:1.
class MissingRate : public std::runtime_error
{
public:
    MissingRate(const QString& currency, const QDate& date);
    QString currency;
    QDate date;
    QString message() const;
};

// Converts amounts in minor units to the book's base currency with the
// currency_rates table: the latest rate on or before the date.
class CurrencyConverter
{
public:
    explicit CurrencyConverter(QString baseCurrency);
    // `perBase`: base-currency units one unit of `currency` is worth from `from` on.
    void addRate(const QString& currency, const QDate& from, double perBase);

    const QString& baseCurrency() const { return m_base; }
    // Throws MissingRate.
    std::int64_t toBase(std::int64_t minor, const QString& currency, const QDate& on) const;
    // The date of the newest rate of any currency: after it conversions no longer change.
    QDate lastRateDate() const;

private:
    QString m_base;
    std::map<QString, std::vector<std::pair<QDate, double>>> m_rates; // sorted by date
};

} // namespace tenure::metrics
