#include "jsontext.h"

#include <QLocale>

#include <cmath>

namespace tenure {

namespace {

void appendEscaped(QByteArray& out, QStringView text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    for (const char byte : text.toUtf8()) {
        const auto code = static_cast<unsigned char>(byte);
        switch (byte) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (code < 0x20) {
                out += "\\u00";
                out += kHex[code >> 4];
                out += kHex[code & 0xF];
            } else {
                out += byte;
            }
        }
    }
    out += '"';
}

} // namespace

JsonText::JsonText(QByteArray& out)
    : m_out(out)
{
}

void JsonText::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_empty.empty()) {
        if (!m_empty.back())
            m_out += ',';
        m_empty.back() = false;
    }
}

void JsonText::open(char bracket)
{
    separate();
    m_out += bracket;
    m_empty.push_back(true);
}

void JsonText::close(char bracket)
{
    m_out += bracket;
    m_empty.pop_back();
}

JsonText& JsonText::beginObject()
{
    open('{');
    return *this;
}

JsonText& JsonText::endObject()
{
    close('}');
    return *this;
}

JsonText& JsonText::beginArray()
{
    open('[');
    return *this;
}

JsonText& JsonText::endArray()
{
    close(']');
    return *this;
}

JsonText& JsonText::key(std::string_view name)
{
    separate();
    m_out += '"';
    m_out.append(name.data(), static_cast<qsizetype>(name.size()));
    m_out += "\":";
    m_afterKey = true;
    return *this;
}

JsonText& JsonText::key(QStringView name)
{
    separate();
    appendEscaped(m_out, name);
    m_out += ':';
    m_afterKey = true;
    return *this;
}

JsonText& JsonText::value(const QString& text)
{
    separate();
    appendEscaped(m_out, text);
    return *this;
}

JsonText& JsonText::value(double number)
{
    if (!std::isfinite(number))
        return null();
    // A whole number that fits in 64 bits is written as one (1000000, not
    // 1e+06), as QJsonValue keeps it.
    constexpr double kInt64Limit = 9223372036854775808.0; // 2^63
    if (std::trunc(number) == number && number >= -kInt64Limit && number < kInt64Limit)
        return value(static_cast<std::int64_t>(number));
    separate();
    m_out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    return *this;
}

JsonText& JsonText::value(std::int64_t number)
{
    separate();
    m_out += QByteArray::number(static_cast<qint64>(number));
    return *this;
}

JsonText& JsonText::value(const std::optional<double>& number)
{
    return number ? value(*number) : null();
}

JsonText& JsonText::null()
{
    separate();
    m_out += "null";
    return *this;
}

} // namespace tenure
