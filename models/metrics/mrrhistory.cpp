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
    m_mrr.assign(m_accounts.size() * static_cast<std::size_t>(m_months), 0);

    for (const PeriodInfo& period : periods) {
        if (period.start > asOf)
            continue;
        const QDate lastActive =
            period.end.isValid() ? std::min(period.end.addDays(-1), asOf) : asOf;
        for (Month month = Month::of(period.start); month <= Month::of(lastActive);
             month = month + 1) {
            const QDate measured = std::min(month.lastDay(), asOf);
            if (period.start > measured || (period.end.isValid() && period.end <= measured))
                continue;
            m_mrr[static_cast<std::size_t>(period.account) * m_months + (month - m_first)] +=
                converter.toBase(period.mrrMinor, period.currency, measured);
        }
    }
}

} // namespace tenure::metrics
