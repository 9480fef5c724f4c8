#include "datelimits.h"

namespace tenure {

bool isAcceptedYear(int year)
{
    return year >= kEarliestYear && year <= kLatestYear;
}

DayParse parseDay(const QString& text)
{
    // Exactly four digits, a dash, two digits, a dash, two digits.
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return {};
    for (int i = 0; i < text.size(); ++i) {
        if (i != 4 && i != 7 && (text[i] < u'0' || text[i] > u'9'))
            return {};
    }
    const QStringView digits(text);
    const QDate date(digits.left(4).toInt(), digits.mid(5, 2).toInt(), digits.mid(8, 2).toInt());
    if (!date.isValid())
        return {};
    return {isAcceptedYear(date.year()) ? DayParse::Status::Ok : DayParse::Status::OutOfRange,
            date};
}

QDate earliestAcceptedDay()
{
    return QDate(kEarliestYear, 1, 1);
}

QDate latestAcceptedDay()
{
    return QDate(kLatestYear, 12, 31);
}

} // namespace tenure
