#pragma once

#include <QDate>

#include <array>
#include <string_view>

namespace tenure::demo {

// A date as "YYYY-MM-DD", formatted without QString: the generator writes
// millions of them.
class IsoDate
{
public:
    explicit IsoDate(const QDate& date);
    std::string_view view() const { return {m_text.data(), m_text.size()}; }

private:
    std::array<char, 10> m_text{};
};

// The span of the demo book: `months` of history ending on `today`.
struct Window
{
    QDate start; // first day of the first month of history
    QDate today;
};

QDate mondayOnOrBefore(const QDate& date);
// 1 for most of the year, lower around the year-end holidays and in summer.
double seasonality(const QDate& date);
// Days from `from` to `to`, negative when `to` is earlier.
inline int daysBetween(const QDate& from, const QDate& to)
{
    return static_cast<int>(from.daysTo(to));
}
// The share of the way from `from` to `to` that `date` has gone, clamped to [0, 1].
double progressBetween(const QDate& date, const QDate& from, const QDate& to);

} // namespace tenure::demo
