#pragma once

#include <QDate>
#include <QString>

namespace tenure::metrics {

// A calendar month as a count of months since year 0 (January 2024 is
// 2024 * 12 + 0), so that month arithmetic is integer arithmetic.
class Month
{
public:
    constexpr Month() = default;
    static constexpr Month of(int year, int month) { return Month(year * 12 + month - 1); }
    static Month of(const QDate& date)
    {
        int year = 0, month = 0; // one calendar conversion, not one per part
        date.getDate(&year, &month, nullptr);
        return of(year, month);
    }
    // "2024-03"; an invalid month for anything else.
    static Month parse(const QString& text);

    constexpr int index() const { return m_index; }
    constexpr bool isValid() const { return m_index > 0; }
    constexpr int year() const { return m_index / 12; }
    constexpr int month() const { return m_index % 12 + 1; }
    QDate firstDay() const { return QDate(year(), month(), 1); }
    QDate lastDay() const { return (*this + 1).firstDay().addDays(-1); }
    QString toString() const;

    constexpr Month operator+(int months) const { return Month(m_index + months); }
    constexpr Month operator-(int months) const { return Month(m_index - months); }
    constexpr int operator-(Month other) const { return m_index - other.m_index; }
    constexpr auto operator<=>(const Month&) const = default; // NOLINT(modernize-use-nullptr)

private:
    constexpr explicit Month(int index)
        : m_index(index)
    {
    }
    int m_index = 0;
};

} // namespace tenure::metrics
