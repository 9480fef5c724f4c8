#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <string_view>

namespace tenure::import {

// An exact decimal number as written: mantissa × 10^-scale.
struct Decimal
{
    std::int64_t mantissa = 0;
    int scale = 0;
    double toDouble() const;
};

// Whether a column holds major units (19.99) or minor units (1999 cents,
// Stripe's API amounts, Recurly's *_in_cents, ChartMogul's amount_in_cents).
enum class AmountUnits { Major, Minor };

// Reads amounts as spreadsheets and billing exports write them: currency
// symbols or codes before or after ($1,234.50, 12,50 €, USD 10), thousands
// separators (, . ' and spaces, including no-break spaces), a decimal comma,
// and negatives as -5, 5- or (5). `decimalSeparator` is '.' or ','; a lone
// separator followed by exactly three digits is read with it too.
std::optional<Decimal> parseDecimal(std::string_view text, char decimalSeparator);

// The ISO code of the currency symbol or code written with the amount, if any.
QString currencyWrittenIn(std::string_view text);

// The amount in minor units of a currency with `minorDigits` digits (see
// metrics::minorUnitDigits). Minor-unit input must be whole; major-unit input
// with more digits than the currency has is rounded half away from zero.
std::optional<std::int64_t> toMinorUnits(const Decimal& amount, int minorDigits, AmountUnits units);

// Decides a column's decimal separator from its values: "12,50" or
// "1.234,5" prove a decimal comma; "12.50" or "1,234.5" a decimal point.
// "1.234" or "12,500" alone prove nothing: either a thousands separator or
// a decimal one with three places. A column of nothing but such values is
// Unclear, one that holds both kinds of proof, or both unclear kinds, is
// Conflicting; the user must then say which it is (--decimal).
class DecimalSeparatorEvidence
{
public:
    enum class Verdict { Decided, Unclear, Conflicting };
    void add(std::string_view text);
    char separator() const { return m_comma > m_point ? ',' : '.'; }
    Verdict verdict() const;

private:
    int m_comma = 0;
    int m_point = 0;
    int m_unclearComma = 0; // "1,234"
    int m_unclearPoint = 0; // "1.234"
};

} // namespace tenure::import
