#pragma once

#include <QString>

#include <stdexcept>

namespace tenure::store {
class Connection;
}

namespace tenure::metrics {

// Why the base currency could not change: the book has no rate for the new
// one, so its amounts could not be re-expressed.
class BaseCurrencyError : public std::runtime_error
{
public:
    explicit BaseCurrencyError(QString message);
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

QString loadBaseCurrency(store::Connection& connection);

// Makes `newBase` the book's base currency and re-expresses the rates table
// against it (one transaction): a rate of currency C on date d becomes
// C's old rate ÷ the new base's old rate, each the latest on or before d,
// and the old base gets the inverse of the new base's rates. Stored amounts
// keep their own currencies, so no figure changes except for the unit it is
// shown in. Throws BaseCurrencyError when the rates table has no rate for
// `newBase`.
void changeBaseCurrency(store::Connection& connection, const QString& newBase);

} // namespace tenure::metrics
