#include "quarter.h"

#include <QRegularExpression>

namespace tenure::report {

std::optional<Quarter> Quarter::parse(const QString& text, int fiscalYearStartMonth)
{
    static const QRegularExpression pattern(QStringLiteral("^(?:FY)?(\\d{4})Q([1-4])$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return Quarter{match.captured(1).toInt(), match.captured(2).toInt(), fiscalYearStartMonth};
}

Quarter Quarter::containing(const QDate& date, int fiscalYearStartMonth)
{
    const metrics::Month month = metrics::Month::of(date);
    const int intoYear = (month.month() - fiscalYearStartMonth + 12) % 12;
    const metrics::Month yearEnd = month - intoYear + 11;
    return {yearEnd.year(), intoYear / 3 + 1, fiscalYearStartMonth};
}

metrics::Month Quarter::firstMonth() const
{
    // The fiscal year ends in `year`: it began in that year only when it starts in January.
    const metrics::Month yearStart = fiscalYearStartMonth == 1
                                         ? metrics::Month::of(year, 1)
                                         : metrics::Month::of(year - 1, fiscalYearStartMonth);
    return yearStart + 3 * (number - 1);
}

QString Quarter::label() const
{
    const QString prefix = fiscalYearStartMonth == 1 ? QString() : QStringLiteral("FY");
    return QStringLiteral("%1%2Q%3").arg(prefix).arg(year).arg(number);
}

Quarter Quarter::offset(int quarters) const
{
    const int index = year * 4 + (number - 1) + quarters;
    return {index / 4, index % 4 + 1, fiscalYearStartMonth};
}

} // namespace tenure::report
