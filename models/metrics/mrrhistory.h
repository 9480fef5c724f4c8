#pragma once

#include "conventions.h"
#include "currency.h"
#include "month.h"

#include <QDate>
#include <QString>

#include <algorithm>
#include <cstdint>
#include <span>
#include <vector>

namespace tenure::metrics {

// What filters and drill-downs need to know of an account.
struct AccountInfo
{
    std::int64_t id = 0;
    QString name;
    QString segment;
    QString owner;
    QString plan;
};

// One subscription period as the metrics read it: [start, end), end invalid
// while running; `mrrMinor` monthly-normalised in `currency`.
struct PeriodInfo
{
    int account = 0; // index into the accounts
    QDate start;
    QDate end;
    std::int64_t mrrMinor = 0;
    QString currency;
    int termMonths = 1; // the billing interval in months: 12 for annual, 1 for monthly or shorter
};

// MRR(a, M) for every account and every month from the first period's month
// to the as-of month, in base-currency minor units (docs/metrics.md §1):
// the sum of the periods active on the month's last day, or on the as-of date
// for the as-of month itself. Periods that start after the as-of date are not
// known yet and count for nothing.
//
// Nothing changes after the month of the data's last event (a period's start
// or end, a currency rate): months up to it are stored, and later ones read
// as it. Memory and time follow the data's own span, however far away the
// as-of date.
class MrrHistory
{
public:
    MrrHistory() = default;
    // Throws MissingRate when a period's currency cannot be converted.
    MrrHistory(std::vector<AccountInfo> accounts, std::span<const PeriodInfo> periods,
               const CurrencyConverter& converter, const QDate& asOf);

    const std::vector<AccountInfo>& accounts() const { return m_accounts; }
    int accountCount() const { return static_cast<int>(m_accounts.size()); }
    Month firstMonth() const { return m_first; }
    Month lastMonth() const { return m_last; }
    int monthCount() const { return m_months; }
    // The last month whose MRR may differ from the month before: every later
    // month, up to lastMonth(), reads as this one. Months stored: settledMonth() - firstMonth()
    // + 1.
    Month settledMonth() const { return m_first + (m_stored - 1); }
    int storedMonthCount() const { return m_stored; }
    QDate asOf() const { return m_asOf; }
    const QString& baseCurrency() const { return m_baseCurrency; }
    // The book's conventions the history was read under (loadMrrHistory sets
    // them; the periods already reflect the churn recognition).
    const Conventions& conventions() const { return m_conventions; }
    void setConventions(const Conventions& conventions) { m_conventions = conventions; }

    // The account's periods known at the as-of date, sorted by start.
    std::span<const PeriodInfo> periodsOf(int account) const
    {
        const auto begin = m_periodOffsets[static_cast<std::size_t>(account)];
        const auto end = m_periodOffsets[static_cast<std::size_t>(account) + 1];
        return std::span<const PeriodInfo>(m_periods).subspan(begin, end - begin);
    }

    // 0 outside the covered months.
    std::int64_t mrr(int account, Month month) const
    {
        const int offset = month - m_first;
        if (offset < 0 || offset >= m_months)
            return 0;
        return m_mrr[static_cast<std::size_t>(account) * m_stored + std::min(offset, m_stored - 1)];
    }

private:
    void keepKnownPeriods(std::span<const PeriodInfo> periods);

    std::vector<AccountInfo> m_accounts;
    std::vector<std::int64_t> m_mrr;          // account-major
    std::vector<PeriodInfo> m_periods;        // grouped by account, by start
    std::vector<std::size_t> m_periodOffsets; // account -> first index in m_periods
    Month m_first;
    Month m_last;
    int m_months = 0;
    int m_stored = 1; // months held in m_mrr per account
    QDate m_asOf;
    QString m_baseCurrency;
    Conventions m_conventions;
};

} // namespace tenure::metrics
