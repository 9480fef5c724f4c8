#include "mrrhistory.h"

#include <algorithm>

namespace tenure::metrics {

MrrHistory::MrrHistory(std::vector<AccountInfo> accounts, std::span<const PeriodInfo> periods,
                       const CurrencyConverter& converter, const QDate& asOf)
    : m_accounts(std::move(accounts))
    , m_last(Month::of(asOf))
    , m_asOf(asOf)
    , m_baseCurrency(converter.baseCurrency())
{
    m_first = m_last;
    for (const PeriodInfo& period : periods) {
        if (period.start <= asOf)
            m_first = std::min(m_first, Month::of(period.start));
    }
    m_months = m_last - m_first + 1;
    // The month of the last known change: a period starting or ending, a new rate.
    Month settled = m_first;
    const auto changesIn = [&](const QDate& day) {
        if (day.isValid() && day <= asOf)
            settled = std::max(settled, Month::of(day));
    };
    changesIn(converter.lastRateDate());
    for (const PeriodInfo& period : periods) {
        if (period.start <= asOf) {
            changesIn(period.start);
            changesIn(period.end);
        }
    }
    m_stored = std::min(m_months, settled - m_first + 1);
    m_mrr.assign(m_accounts.size() * static_cast<std::size_t>(m_stored), 0);
    keepKnownPeriods(periods);

    // Each month is measured on its last day, the as-of month on the as-of date.
    std::vector<QDate> measuredOn(static_cast<std::size_t>(m_stored));
    for (int offset = 0; offset < m_stored; ++offset)
        measuredOn[static_cast<std::size_t>(offset)] = std::min((m_first + offset).lastDay(), asOf);

    for (const PeriodInfo& period : periods) {
        if (period.start > asOf)
            continue;
        const QDate lastActive =
            period.end.isValid() ? std::min(period.end.addDays(-1), asOf) : asOf;
        const int firstOffset = Month::of(period.start) - m_first;
        const int lastOffset = std::min(Month::of(lastActive) - m_first, m_stored - 1);
        std::int64_t* accountMrr = &m_mrr[static_cast<std::size_t>(period.account) * m_stored];
        for (int offset = firstOffset; offset <= lastOffset; ++offset) {
            const QDate& measured = measuredOn[static_cast<std::size_t>(offset)];
            if (period.start > measured || (period.end.isValid() && period.end <= measured))
                continue;
            accountMrr[offset] += converter.toBase(period.mrrMinor, period.currency, measured);
        }
    }
}

void MrrHistory::keepKnownPeriods(std::span<const PeriodInfo> periods)
{
    for (const PeriodInfo& period : periods) {
        if (period.start <= m_asOf)
            m_periods.push_back(period);
    }
    std::sort(m_periods.begin(), m_periods.end(), [](const PeriodInfo& a, const PeriodInfo& b) {
        return a.account != b.account ? a.account < b.account : a.start < b.start;
    });
    m_periodOffsets.assign(m_accounts.size() + 1, 0);
    for (const PeriodInfo& period : m_periods)
        ++m_periodOffsets[static_cast<std::size_t>(period.account) + 1];
    for (std::size_t i = 1; i < m_periodOffsets.size(); ++i)
        m_periodOffsets[i] += m_periodOffsets[i - 1];
}

} // namespace tenure::metrics
