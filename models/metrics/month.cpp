#include "month.h"

namespace tenure::metrics {

namespace {

int digits(std::string_view text, std::size_t from, std::size_t count)
{
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

Month Month::parse(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    const std::string_view view(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    if (view.size() != 7 || view[4] != '-')
        return {};
    const int year = digits(view, 0, 4);
    const int month = digits(view, 5, 2);
    if (year < 1 || month < 1 || month > 12)
        return {};
    return of(year, month);
}

QString Month::toString() const
{
    return QStringLiteral("%1-%2")
        .arg(year(), 4, 10, QLatin1Char('0'))
        .arg(month(), 2, 10, QLatin1Char('0'));
}

QDate parseIsoDate(std::string_view text)
{
    if (text.size() < 10 || text[4] != '-' || text[7] != '-')
        return {};
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return {};
    return QDate(year, month, day);
}

} // namespace tenure::metrics
