#include "mrrtimeline.h"

#include "store/sqlite.h"

namespace tenure::test {

namespace {

int monthsBetween(const QDate& first, const QDate& date)
{
    return (date.year() - first.year()) * 12 + date.month() - first.month();
}

} // namespace

MrrTimeline MrrTimeline::load(store::Connection& connection, const QDate& today)
{
    MrrTimeline timeline;
    const QDate earliest = QDate::fromString(
        connection.queryText("SELECT min(start_on) FROM subscription_periods").value(),
        Qt::ISODate);
    timeline.m_first = QDate(earliest.year(), earliest.month(), 1);
    timeline.m_months = monthsBetween(timeline.m_first, today);

    store::Statement periods = connection.prepare(
        "SELECT account_id, start_on, end_on, mrr_minor FROM subscription_periods");
    while (periods.step()) {
        const QDate start = QDate::fromString(periods.textValue(1), Qt::ISODate);
        const QDate end =
            periods.isNull(2) ? QDate() : QDate::fromString(periods.textValue(2), Qt::ISODate);
        auto& months = timeline.m_mrr[periods.intValue(0)];
        months.resize(static_cast<std::size_t>(timeline.m_months), 0);
        for (int m = 0; m < timeline.m_months; ++m) {
            const QDate lastDay = timeline.m_first.addMonths(m + 1).addDays(-1);
            if (start <= lastDay && (!end.isValid() || lastDay < end))
                months[static_cast<std::size_t>(m)] += periods.intValue(3);
        }
    }
    return timeline;
}

MrrTimeline::Movements MrrTimeline::movements() const
{
    Movements counts;
    for (const auto& [account, months] : m_mrr) {
        bool activeBefore = months.front() > 0;
        for (std::size_t m = 1; m < months.size(); ++m) {
            const std::int64_t previous = months[m - 1], current = months[m];
            if (previous == 0 && current > 0)
                (activeBefore ? counts.reactivations : counts.newLogos) += 1;
            else if (previous > 0 && current == 0)
                counts.churns += 1;
            else if (previous > 0 && current > previous)
                counts.expansions += 1;
            else if (previous > 0 && current < previous)
                counts.contractions += 1;
            activeBefore = activeBefore || current > 0;
        }
    }
    return counts;
}

double MrrTimeline::churnHazard(int fromMonth, int toMonth) const
{
    std::int64_t atRisk = 0, churned = 0;
    for (const auto& [account, months] : m_mrr) {
        const int count = static_cast<int>(months.size());
        int first = 0;
        while (first < count && months[static_cast<std::size_t>(first)] == 0)
            ++first;
        if (first == count)
            continue; // never paid
        int age = 1;
        while (first + age < count &&
               months[static_cast<std::size_t>(first) + static_cast<std::size_t>(age)] > 0)
            ++age;
        const bool churns = first + age < count; // `age` paying months, then a churn
        for (int a = fromMonth; a <= toMonth && a <= age; ++a) {
            atRisk += 1;
            if (churns && a == age)
                churned += 1;
        }
    }
    return atRisk == 0 ? 0.0 : static_cast<double>(churned) / static_cast<double>(atRisk);
}

std::int64_t MrrTimeline::mrrAt(std::int64_t account, int monthIndex) const
{
    const auto found = m_mrr.find(account);
    if (found == m_mrr.end() || monthIndex < 0 || monthIndex >= m_months)
        return 0;
    return found->second[static_cast<std::size_t>(monthIndex)];
}

int MrrTimeline::monthOf(const QDate& date) const
{
    return monthsBetween(m_first, date);
}

} // namespace tenure::test
