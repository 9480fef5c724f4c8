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
    put(0, date.year(), 4);
    text[4] = '-';
    put(5, date.month(), 2);
    text[7] = '-';
    put(8, date.day(), 2);
}

} // namespace tenure::import
