#pragma once

#include "metrics/mrrhistory.h"

#include <QDate>

#include <vector>

namespace tenure::test {

// Builds an MRR history by hand: accounts and [start, end) periods in dollars.
class HistoryBuilder
{
public:
    int account(const QString& segment = QStringLiteral("Low touch"),
                const QString& owner = QStringLiteral("Dana"))
    {
        const int index = static_cast<int>(m_accounts.size());
        m_accounts.push_back({index + 1, QStringLiteral("Account %1").arg(index + 1), segment,
                              owner, QStringLiteral("Growth")});
        return index;
    }
    // `end` empty: still running.
    HistoryBuilder& period(int account, const char* start, const char* end, double dollars,
                           const char* currency = "USD", int termMonths = 1)
    {
        m_periods.push_back({account, QDate::fromString(QString::fromLatin1(start), Qt::ISODate),
                             QDate::fromString(QString::fromLatin1(end), Qt::ISODate),
                             std::llround(dollars * 100), QString::fromLatin1(currency),
                             termMonths});
        return *this;
    }
    metrics::MrrHistory build(const char* asOf,
                              const metrics::CurrencyConverter& converter =
                                  metrics::CurrencyConverter(QStringLiteral("USD"))) const
    {
        return metrics::MrrHistory(m_accounts, m_periods, converter,
                                   QDate::fromString(QString::fromLatin1(asOf), Qt::ISODate));
    }

private:
    std::vector<metrics::AccountInfo> m_accounts;
    std::vector<metrics::PeriodInfo> m_periods;
};

} // namespace tenure::test
