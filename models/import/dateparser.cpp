#include "dateparser.h"

#include <QDateTime>

#include <array>
#include <cctype>

namespace tenure::import {

namespace {

constexpr int kMinutesPerDay = 24 * 60;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads `count` digits at `at`; -1 when they are not all digits.
int digits(std::string_view text, std::size_t at, std::size_t count)
{
    if (at + count > text.size())
        return -1;
    int value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (!isDigit(text[i]))
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    return text;
}

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(a[i])) !=
            std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    }
    return true;
}

struct Zone
{
    const char* name;
    int offsetMinutes;
};

// The abbreviations US and European exports print (Recurly writes PST/PDT).
constexpr std::array<Zone, 16> kZones{{{"UTC", 0},
                                       {"GMT", 0},
                                       {"Z", 0},
                                       {"PST", -8 * 60},
                                       {"PDT", -7 * 60},
                                       {"MST", -7 * 60},
                                       {"MDT", -6 * 60},
                                       {"CST", -6 * 60},
                                       {"CDT", -5 * 60},
                                       {"EST", -5 * 60},
                                       {"EDT", -4 * 60},
                                       {"BST", 60},
                                       {"CET", 60},
                                       {"CEST", 2 * 60},
                                       {"MSK", 3 * 60},
                                       {"JST", 9 * 60}}};

std::optional<int> zoneOffset(std::string_view zone)
{
    zone = trimmed(zone);
    if (zone.empty())
        return 0;
    if (zone.front() == '+' || zone.front() == '-') {
        const int sign = zone.front() == '-' ? -1 : 1;
        zone.remove_prefix(1);
        const int hours = digits(zone, 0, 2);
        int minutes = 0;
        if (zone.size() == 5 && zone[2] == ':')
            minutes = digits(zone, 3, 2);
        else if (zone.size() == 4)
            minutes = digits(zone, 2, 2);
        else if (zone.size() != 2)
            return std::nullopt;
        if (hours < 0 || minutes < 0 || hours > 23 || minutes > 59)
            return std::nullopt;
        return sign * (hours * 60 + minutes);
    }
    for (const Zone& known : kZones) {
        if (equalsIgnoringCase(zone, known.name))
            return known.offsetMinutes;
    }
    return std::nullopt;
}

// "13:45", "13:45:07", "13:45:07.123", "1:45 PM", each with an optional zone;
// returns the minutes from midnight in UTC (may fall outside one day).
std::optional<int> utcMinutes(std::string_view text)
{
    text = trimmed(text);
    std::size_t at = 0;
    const auto number = [&]() {
        int value = -1;
        const std::size_t begin = at;
        while (at < text.size() && isDigit(text[at]) && at - begin < 2)
            value = (value < 0 ? 0 : value * 10) + (text[at++] - '0');
        return value;
    };
    int hours = number();
    if (hours < 0 || at >= text.size() || text[at] != ':')
        return std::nullopt;
    ++at;
    const int minutes = number();
    if (minutes < 0 || minutes > 59)
        return std::nullopt;
    if (at < text.size() && text[at] == ':') {
        ++at;
        if (number() < 0)
            return std::nullopt;
        if (at < text.size() && (text[at] == '.' || text[at] == ',')) {
            ++at;
            while (at < text.size() && isDigit(text[at]))
                ++at;
        }
    }
    std::string_view rest = trimmed(text.substr(at));
    if (rest.size() >= 2 && (equalsIgnoringCase(rest.substr(0, 2), "AM") ||
                             equalsIgnoringCase(rest.substr(0, 2), "PM"))) {
        if (hours < 1 || hours > 12)
            return std::nullopt;
        const bool pm = std::tolower(static_cast<unsigned char>(rest[0])) == 'p';
        hours = hours % 12 + (pm ? 12 : 0);
        rest.remove_prefix(2);
    }
    if (hours > 23)
        return std::nullopt;
    const auto offset = zoneOffset(rest);
    if (!offset)
        return std::nullopt;
    return hours * 60 + minutes - *offset;
}

std::optional<QDate> withTime(const QDate& date, std::string_view time)
{
    if (!date.isValid())
        return std::nullopt;
    time = trimmed(time);
    if (time.empty())
        return date;
    const auto minutes = utcMinutes(time);
    if (!minutes)
        return std::nullopt;
    if (*minutes < 0)
        return date.addDays(-1);
    if (*minutes >= kMinutesPerDay)
        return date.addDays(1);
    return date;
}

std::optional<QDate> epoch(std::string_view text)
{
    qint64 value = 0;
    for (char c : text)
        value = value * 10 + (c - '0');
    if (text.size() >= 12)
        value /= 1000; // milliseconds
    return QDateTime::fromSecsSinceEpoch(value, Qt::UTC).date();
}

int monthFromName(std::string_view word)
{
    static constexpr std::array<const char*, 12> names{"jan", "feb", "mar", "apr", "may", "jun",
                                                       "jul", "aug", "sep", "oct", "nov", "dec"};
    if (word.size() < 3)
        return 0;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (equalsIgnoringCase(word.substr(0, 3), names[i]))
            return static_cast<int>(i) + 1;
    }
    return 0;
}

// "Jan 15, 2024", "15 January 2024", "January 15 2024 10:00 UTC".
std::optional<QDate> withMonthName(std::string_view text)
{
    std::array<std::string_view, 3> parts;
    std::size_t count = 0;
    std::size_t at = 0;
    while (count < parts.size()) {
        while (at < text.size() && (text[at] == ' ' || text[at] == ','))
            ++at;
        const std::size_t begin = at;
        while (at < text.size() && text[at] != ' ' && text[at] != ',')
            ++at;
        if (begin == at)
            return std::nullopt;
        parts[count++] = text.substr(begin, at - begin);
    }
    int month = monthFromName(parts[0]);
    std::string_view day = parts[1];
    if (month == 0) {
        month = monthFromName(parts[1]);
        day = parts[0];
    }
    const auto number = [](std::string_view t) {
        return digits(t, 0, t.size());
    };
    if (month == 0 || day.empty() || day.size() > 2 || parts[2].size() != 4)
        return std::nullopt;
    return withTime(QDate(number(parts[2]), month, number(day)), text.substr(at));
}

struct NumericDate
{
    int first = -1;
    int second = -1;
    int year = -1;
    char separator = 0;
    std::size_t end = 0; // where the time part may start
};

// "a/b/yyyy", "a-b-yy", "a.b.yyyy" with one- or two-digit a and b.
std::optional<NumericDate> numericDate(std::string_view text)
{
    NumericDate date;
    std::size_t at = 0;
    const auto number = [&](std::size_t maxDigits) {
        int value = -1;
        const std::size_t begin = at;
        while (at < text.size() && isDigit(text[at]) && at - begin < maxDigits)
            value = (value < 0 ? 0 : value * 10) + (text[at++] - '0');
        return value;
    };
    date.first = number(2);
    if (date.first < 0 || at >= text.size())
        return std::nullopt;
    date.separator = text[at];
    if (date.separator != '/' && date.separator != '-' && date.separator != '.')
        return std::nullopt;
    ++at;
    date.second = number(2);
    if (date.second < 0 || at >= text.size() || text[at] != date.separator)
        return std::nullopt;
    ++at;
    const std::size_t yearBegin = at;
    date.year = number(4);
    const std::size_t yearDigits = at - yearBegin;
    if (yearDigits == 2)
        date.year += 2000;
    else if (yearDigits != 4)
        return std::nullopt;
    if (at < text.size() && text[at] != ' ' && text[at] != 'T')
        return std::nullopt;
    date.end = at;
    return date;
}

} // namespace

std::optional<QDate> parseDate(std::string_view text, DateOrder order)
{
    text = trimmed(text);
    if (text.size() < 6)
        return std::nullopt;

    // ISO 8601 / RFC 3339 first: what nearly every export writes.
    const int year = digits(text, 0, 4);
    if (year >= 0 && text.size() >= 10 && (text[4] == '-' || text[4] == '/') &&
        text[7] == text[4]) {
        const QDate date(year, digits(text, 5, 2), digits(text, 8, 2));
        if (text.size() == 10)
            return date.isValid() ? std::optional(date) : std::nullopt;
        if (text[10] != 'T' && text[10] != 't' && text[10] != ' ')
            return std::nullopt;
        return withTime(date, text.substr(11));
    }

    bool allDigits = true;
    for (char c : text)
        allDigits = allDigits && isDigit(c);
    if (allDigits) {
        if (text.size() == 8) {
            const QDate date(year, digits(text, 4, 2), digits(text, 6, 2));
            return date.isValid() ? std::optional(date) : std::nullopt;
        }
        if ((text.size() >= 9 && text.size() <= 10) || (text.size() >= 12 && text.size() <= 13))
            return epoch(text);
        return std::nullopt;
    }

    if (const auto numeric = numericDate(text)) {
        int day = numeric->first;
        int month = numeric->second;
        if (numeric->separator != '.') {
            DateOrder effective = order;
            if (effective == DateOrder::Unknown) {
                if (numeric->second > 12 || numeric->first == numeric->second)
                    effective = DateOrder::MonthFirst;
                else if (numeric->first > 12)
                    effective = DateOrder::DayFirst;
                else
                    return std::nullopt; // 03/04/2024: never guessed
            }
            if (effective == DateOrder::MonthFirst)
                std::swap(day, month);
        }
        std::string_view time = text.substr(numeric->end);
        if (!time.empty() && time.front() == 'T')
            time.remove_prefix(1);
        return withTime(QDate(numeric->year, month, day), time);
    }
    return withMonthName(text);
}

void DateOrderEvidence::add(std::string_view text)
{
    const auto numeric = numericDate(trimmed(text));
    if (!numeric || numeric->separator == '.')
        return;
    if (numeric->first > 12 && numeric->second <= 12)
        m_dayFirst = true;
    else if (numeric->second > 12 && numeric->first <= 12)
        m_monthFirst = true;
    else if (numeric->first != numeric->second)
        m_dependsOnOrder = true;
}

DateOrderEvidence::Verdict DateOrderEvidence::verdict() const
{
    if (m_dayFirst && m_monthFirst)
        return Verdict::Conflicting;
    if (m_dayFirst)
        return Verdict::DayFirst;
    if (m_monthFirst)
        return Verdict::MonthFirst;
    return m_dependsOnOrder ? Verdict::Ambiguous : Verdict::NotNeeded;
}

DateOrder DateOrderEvidence::order() const
{
    switch (verdict()) {
    case Verdict::MonthFirst:
        return DateOrder::MonthFirst;
    case Verdict::DayFirst:
        return DateOrder::DayFirst;
    default:
        return DateOrder::Unknown;
    }
}

} // namespace tenure::import
