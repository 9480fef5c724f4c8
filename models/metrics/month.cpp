#include "month.h"

#include "store/bookdates.h"

namespace tenure::metrics {

Month Month::parse(const QString& text)
{
    // "2024-03" is the first day of its month without the day.
    if (text.size() != 7)
        return {};
    const QByteArray day = (text + QStringLiteral("-01")).toUtf8();
    const QDate first = store::parseIsoDate(
        std::string_view(day.constData(), static_cast<std::size_t>(day.size())));
    return first.isValid() ? of(first) : Month();
}

QString Month::toString() const
{
    return QStringLiteral("%1-%2")
        .arg(year(), 4, 10, QLatin1Char('0'))
        .arg(month(), 2, 10, QLatin1Char('0'));
}

} // namespace tenure::metrics
