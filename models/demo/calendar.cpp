#include "calendar.h"

#include <algorithm>

namespace tenure::demo {

IsoDate::IsoDate(const QDate& date)
{
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    const auto put = [this](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            m_text[static_cast<std::size_t>(at) + static_cast<std::size_t>(i)] =
                static_cast<char>('0' + value % 10);
            value /= 10;
        }
    };
    put(0, year, 4);
    m_text[4] = '-';
    put(5, month, 2);
    m_text[7] = '-';
    put(8, day, 2);
}

QDate mondayOnOrBefore(const QDate& date)
{
    return date.addDays(1 - date.dayOfWeek());
}

double seasonality(const QDate& date)
{
    static constexpr std::array<double, 12> kByMonth{0.97, 1.0,  1.02, 1.0,  1.0, 0.98,
                                                     0.9,  0.88, 1.0,  1.02, 1.0, 0.93};
    const double factor = kByMonth[static_cast<std::size_t>(date.month() - 1)];
    // The week between Christmas and New Year is nearly empty.
    const bool holidays =
        (date.month() == 12 && date.day() >= 24) || (date.month() == 1 && date.day() <= 2);
    return holidays ? factor * 0.55 : factor;
}

double progressBetween(const QDate& date, const QDate& from, const QDate& to)
{
    const int span = daysBetween(from, to);
    if (span <= 0)
        return date < to ? 0.0 : 1.0;
    return std::clamp(static_cast<double>(daysBetween(from, date)) / span, 0.0, 1.0);
}

} // namespace tenure::demo
