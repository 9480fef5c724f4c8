#include "amountparser.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace tenure::import {

namespace {

struct Symbol
{
    std::string_view text;
    const char* currency;
};

// Longest first, so that "US$" is not read as "$".
constexpr std::array<Symbol, 10> kSymbols{{{"US$", "USD"},
                                           {"CA$", "CAD"},
                                           {"A$", "AUD"},
                                           {"\xE2\x82\xAC", "EUR"},
                                           {"\xC2\xA3", "GBP"},
                                           {"\xC2\xA5", "JPY"},
                                           {"\xE2\x82\xBD", "RUB"},
                                           {"\xE2\x82\xB9", "INR"},
                                           {"\xE2\x82\xA9", "KRW"},
                                           {"$", "USD"}}};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}

// Spaces a spreadsheet puts between thousands: space, no-break space (C2 A0),
// narrow no-break space (E2 80 AF), thin space (E2 80 89).
std::size_t spaceLength(std::string_view text, std::size_t at)
{
    if (text[at] == ' ' || text[at] == '\t')
        return 1;
    if (text.substr(at, 2) == "\xC2\xA0")
        return 2;
    if (text.substr(at, 3) == "\xE2\x80\xAF" || text.substr(at, 3) == "\xE2\x80\x89")
        return 3;
    return 0;
}

// Removes symbols and codes around the number; returns the currency they name.
std::string_view stripCurrency(std::string_view text, QString* currency)
{
    bool changed = true;
    while (changed && !text.empty()) {
        changed = false;
        while (!text.empty() && spaceLength(text, 0) > 0)
            text.remove_prefix(spaceLength(text, 0));
        while (!text.empty()) {
            std::size_t last = text.size() - 1;
            // Walk back to the start of a trailing multi-byte space.
            while (last > 0 && (static_cast<unsigned char>(text[last]) & 0xC0) == 0x80)
                --last;
            const std::size_t length = spaceLength(text, last);
            if (length == 0 || last + length != text.size())
                break;
            text.remove_suffix(length);
        }
        for (const Symbol& symbol : kSymbols) {
            if (text.starts_with(symbol.text)) {
                text.remove_prefix(symbol.text.size());
                *currency = QString::fromLatin1(symbol.currency);
                changed = true;
            } else if (text.ends_with(symbol.text)) {
                text.remove_suffix(symbol.text.size());
                *currency = QString::fromLatin1(symbol.currency);
                changed = true;
            }
        }
        if (text.size() > 3 && isUpper(text[0]) && isUpper(text[1]) && isUpper(text[2])) {
            *currency = QString::fromLatin1(text.data(), 3);
            text.remove_prefix(3);
            changed = true;
        } else if (text.size() > 3 && isUpper(text[text.size() - 1]) &&
                   isUpper(text[text.size() - 2]) && isUpper(text[text.size() - 3])) {
            *currency = QString::fromLatin1(text.data() + text.size() - 3, 3);
            text.remove_suffix(3);
            changed = true;
        }
    }
    return text;
}

struct Sign
{
    std::string_view text;
    bool negative = false;
};

// -5, +5, 5-, (5), ($5) and -$5 all carry their sign outside the digits.
Sign stripSign(std::string_view text, QString* currency)
{
    Sign sign{stripCurrency(text, currency), false};
    if (sign.text.size() >= 2 && sign.text.front() == '(' && sign.text.back() == ')') {
        sign.negative = true;
        sign.text = stripCurrency(sign.text.substr(1, sign.text.size() - 2), currency);
    }
    if (!sign.text.empty() && (sign.text.front() == '-' || sign.text.front() == '+')) {
        sign.negative = sign.negative != (sign.text.front() == '-');
        sign.text = stripCurrency(sign.text.substr(1), currency);
    } else if (!sign.text.empty() && sign.text.back() == '-') {
        sign.negative = !sign.negative;
        sign.text = stripCurrency(sign.text.substr(0, sign.text.size() - 1), currency);
    }
    return sign;
}

} // namespace

double Decimal::toDouble() const
{
    return static_cast<double>(mantissa) / std::pow(10.0, scale);
}

namespace {

// Scales `value` by 10^exponent for the exponent written in `text` ("+05",
// "-3"); false when it is not one, or the result leaves 64 bits.
bool applyExponent(std::string_view text, Decimal& value)
{
    bool negative = false;
    if (!text.empty() && (text.front() == '+' || text.front() == '-')) {
        negative = text.front() == '-';
        text.remove_prefix(1);
    }
    if (text.empty() || text.size() > 3 ||
        !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return false;
    int exponent = 0;
    for (const char c : text)
        exponent = exponent * 10 + (c - '0');
    value.scale += negative ? exponent : -exponent;
    for (; value.scale < 0; ++value.scale) {
        if (std::llabs(value.mantissa) > std::numeric_limits<std::int64_t>::max() / 10)
            return false;
        value.mantissa *= 10;
    }
    return value.scale <= 18;
}

} // namespace

std::optional<Decimal> parseDecimal(std::string_view text, char decimalSeparator)
{
    QString currency;
    const Sign sign = stripSign(text, &currency);
    const std::string_view body = sign.text;
    if (body.empty())
        return std::nullopt;

    Decimal value;
    bool seenDecimal = false;
    bool seenDigit = false;
    int groupDigits = -1;  // digits since the last thousands separator
    int leadingDigits = 0; // digits before the first one: at most three
    for (std::size_t at = 0; at < body.size();) {
        const char c = body[at];
        if (isDigit(c)) {
            if (value.mantissa > (std::numeric_limits<std::int64_t>::max() - 9) / 10)
                return std::nullopt;
            value.mantissa = value.mantissa * 10 + (c - '0');
            if (seenDecimal)
                ++value.scale;
            else if (groupDigits >= 0)
                ++groupDigits;
            else
                ++leadingDigits;
            seenDigit = true;
            ++at;
            continue;
        }
        if (c == decimalSeparator && !seenDecimal) {
            if (groupDigits >= 0 && groupDigits != 3)
                return std::nullopt;
            seenDecimal = true;
            ++at;
            continue;
        }
        if ((c == 'e' || c == 'E') && seenDigit && groupDigits < 0) {
            // A spreadsheet's scientific notation: 1.2E+05 is 120000.
            if (!applyExponent(body.substr(at + 1), value))
                return std::nullopt;
            break;
        }
        const std::size_t space = spaceLength(body, at);
        const bool thousands = space > 0 || c == '\'' || c == ',' || c == '.';
        if (!thousands || seenDecimal || !seenDigit || leadingDigits > 3 ||
            (groupDigits >= 0 && groupDigits != 3))
            return std::nullopt;
        groupDigits = 0;
        at += space > 0 ? space : 1;
    }
    if (!seenDigit || (groupDigits >= 0 && groupDigits != 3))
        return std::nullopt;
    if (sign.negative)
        value.mantissa = -value.mantissa;
    return value;
}

QString currencyWrittenIn(std::string_view text)
{
    QString currency;
    stripSign(text, &currency);
    return currency;
}

std::optional<std::int64_t> toMinorUnits(const Decimal& amount, int minorDigits, AmountUnits units)
{
    int shift = units == AmountUnits::Minor ? -amount.scale : minorDigits - amount.scale;
    std::int64_t mantissa = amount.mantissa;
    if (units == AmountUnits::Minor) {
        // Minor units are whole: "1999.00" is fine, "1999.5" is not.
        for (; shift < 0; ++shift) {
            if (mantissa % 10 != 0)
                return std::nullopt;
            mantissa /= 10;
        }
        return mantissa;
    }
    for (; shift > 0; --shift) {
        if (std::llabs(mantissa) > std::numeric_limits<std::int64_t>::max() / 10)
            return std::nullopt;
        mantissa *= 10;
    }
    if (shift < 0) {
        const auto divisor = static_cast<std::int64_t>(std::llround(std::pow(10.0, -shift)));
        const std::int64_t rest = mantissa % divisor;
        mantissa /= divisor;
        if (std::llabs(rest) * 2 >= divisor)
            mantissa += mantissa < 0 || rest < 0 ? -1 : 1;
    }
    return mantissa;
}

namespace {

// Whether the digits before a separator could be a thousands group: one to
// three digits, not a lone 0 ("0.015" is a decimal, never fifteen).
bool groupsThousands(std::string_view text, std::size_t separator)
{
    std::size_t digits = 0;
    for (std::size_t i = separator; i > 0 && text[i - 1] >= '0' && text[i - 1] <= '9'; --i)
        ++digits;
    return digits >= 1 && digits <= 3 && !(digits == 1 && text[separator - 1] == '0');
}

} // namespace

void DecimalSeparatorEvidence::add(std::string_view text)
{
    const auto lastComma = text.rfind(',');
    const auto lastPoint = text.rfind('.');
    const auto digitsAfter = [&](std::size_t at) {
        std::size_t count = 0;
        for (std::size_t i = at + 1; i < text.size() && isDigit(text[i]); ++i)
            ++count;
        return count;
    };
    if (lastComma != std::string_view::npos && lastPoint != std::string_view::npos) {
        ++(lastComma > lastPoint ? m_comma : m_point);
    } else if (lastComma != std::string_view::npos) {
        if (text.find(',') != lastComma)
            ++m_point; // "1,234,567": commas group thousands
        else if (digitsAfter(lastComma) != 3 || !groupsThousands(text, lastComma))
            ++m_comma;
        else
            ++m_unclearComma;
    } else if (lastPoint != std::string_view::npos) {
        if (text.find('.') != lastPoint)
            ++m_comma; // "1.234.567": points group thousands
        else if (digitsAfter(lastPoint) != 3 || !groupsThousands(text, lastPoint))
            ++m_point;
        else
            ++m_unclearPoint;
    }
}

DecimalSeparatorEvidence::Verdict DecimalSeparatorEvidence::verdict() const
{
    if ((m_comma > 0 && m_point > 0) || (m_unclearComma > 0 && m_unclearPoint > 0))
        return Verdict::Conflicting;
    // Proof of one separator settles the unclear values with it: "1.234"
    // beside "12,50" is a thousand, beside "12.50" a number with decimals.
    if (m_comma > 0 || m_point > 0)
        return Verdict::Decided;
    return m_unclearComma + m_unclearPoint > 0 ? Verdict::Unclear : Verdict::Decided;
}

} // namespace tenure::import
