#include "typedrows.h"

namespace tenure::import {

IsoDate::IsoDate(const QDate& date)
{
    const auto put = [this](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            text[at + i] = static_cast<char>('0' + value % 10);
            value /= 10;
        }
    };
    // One conversion from the day number; year(), month() and day() would make three.
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    put(0, year, 4);
    text[4] = '-';
    put(5, month, 2);
    text[7] = '-';
    put(8, day, 2);
}

} // namespace tenure::import
