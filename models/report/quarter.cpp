#include "quarter.h"

#include <QRegularExpression>

namespace tenure::report {

std::optional<Quarter> Quarter::parse(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})[Qq]([1-4])$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return Quarter{match.captured(1).toInt(), match.captured(2).toInt()};
}

Quarter Quarter::containing(const QDate& date)
{
    return {date.year(), (date.month() - 1) / 3 + 1};
}

QString Quarter::label() const
{
    return QStringLiteral("%1Q%2").arg(year).arg(number);
}

Quarter Quarter::offset(int quarters) const
{
    const int index = year * 4 + (number - 1) + quarters;
    return {index / 4, index % 4 + 1};
}

} // namespace tenure::report
