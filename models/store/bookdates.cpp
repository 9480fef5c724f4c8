#include "bookdates.h"

#include "sqlite.h"

namespace tenure::store {

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

QDate dateAt(const Statement& row, int column)
{
    return parseIsoDate(row.utf8Value(column));
}

QDate knownBy(const QDate& date, const QDate& asOf)
{
    return date.isValid() && date <= asOf ? date : QDate();
}

} // namespace tenure::store
