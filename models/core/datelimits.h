#pragma once

#include <QDate>
#include <QString>

namespace tenure {

// The dates Tenure takes from a command line or a person: years 1970 to 2200.
// Outside them a date is a typo, and one far away would make every month up
// to it a period to compute.
constexpr int kEarliestYear = 1970;
constexpr int kLatestYear = 2200;

bool isAcceptedYear(int year);

// A day written YYYY-MM-DD: Malformed for anything else (or no such day),
// OutOfRange for a real day outside the accepted years.
struct DayParse
{
    enum class Status { Ok, Malformed, OutOfRange };
    Status status = Status::Malformed;
    QDate date;
};
DayParse parseDay(const QString& text);

// The first and last accepted days: 1970-01-01 and 2200-12-31.
QDate earliestAcceptedDay();
QDate latestAcceptedDay();

} // namespace tenure
