#pragma once

#include <QDate>

#include <string_view>

namespace tenure::store {

class Statement;

// Dates as the book stores them: ISO 8601 text ("2024-03-15"), NULL for none.

// Without QDate::fromString's general parser: the loaders read millions of
// these. Anything else gives an invalid date.
QDate parseIsoDate(std::string_view text);

// A date column of a row; NULL (or anything but a date) reads as an invalid date.
QDate dateAt(const Statement& row, int column);

// A date after the as-of date had not happened yet then: invalid.
QDate knownBy(const QDate& date, const QDate& asOf);

} // namespace tenure::store
