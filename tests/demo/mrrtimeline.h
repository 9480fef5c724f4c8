#pragma once

#include <QDate>

#include <cstdint>
#include <map>
#include <vector>

namespace tenure::store {
class Connection;
}

namespace tenure::test {

// Each account's MRR at the end of every calendar month, computed here from
// subscription_periods with nothing but the definition in docs/metrics.md
// (periods active on the month's last day), independent of models/metrics.
class MrrTimeline
{
public:
    // Months from the first period's month to the month before `today`'s.
    static MrrTimeline load(store::Connection& connection, const QDate& today);

    struct Movements
    {
        int newLogos = 0, expansions = 0, contractions = 0, churns = 0, reactivations = 0;
    };
    Movements movements() const;

    // Monthly churn hazard over account ages [fromMonth, toMonth] (age 1 is
    // the first paying month): first churns at those ages / accounts at risk.
    double churnHazard(int fromMonth, int toMonth) const;

    std::int64_t mrrAt(std::int64_t account, int monthIndex) const;
    int monthCount() const { return m_months; }
    // The index of the month holding `date`.
    int monthOf(const QDate& date) const;

private:
    QDate m_first; // first day of month 0
    int m_months = 0;
    std::map<std::int64_t, std::vector<std::int64_t>> m_mrr;
};

} // namespace tenure::test
