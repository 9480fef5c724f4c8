#include "usageperiod.h"

#include "bytesource.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <set>

namespace tenure::import {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::import::FilePlan)
};

} // namespace

void settleUsagePeriod(FilePlan& plan, QByteArrayView utf8Sample)
{
    if (plan.kind != Kind::Usage || plan.mapping.has(Field::PeriodDays))
        return;
    if (plan.wide.found()) {
        plan.rules.periodDays = plan.wide.periodDays;
        return;
    }
    const int column = plan.mapping.column(Field::Date);
    if (column < 0)
        return;
    const DateOrder order = plan.rules.dateOrder[static_cast<std::size_t>(Field::Date)];
    std::set<QDate> dates;
    MemorySource source(utf8Sample);
    CsvReader reader(source, plan.dialect);
    CsvRecord record;
    skipToData(reader, plan, record);
    while (reader.next(record)) {
        if (column >= record.size())
            continue;
        if (const auto date =
                parseDate(trimmedCell(record.fields[static_cast<std::size_t>(column)]), order))
            dates.insert(*date);
    }
    qint64 closest = 0;
    qint64 notWeeks = 0; // a gap that is not whole weeks
    for (auto it = dates.begin(); it != dates.end() && std::next(it) != dates.end(); ++it) {
        const qint64 gap = it->daysTo(*std::next(it));
        closest = closest == 0 ? gap : std::min(closest, gap);
        if (gap % 7 != 0 && notWeeks == 0)
            notWeeks = gap;
    }
    if (closest == 1) {
        plan.rules.periodDays = 1;
    } else if (closest > 0 && notWeeks == 0) {
        plan.rules.periodDays = 7;
    } else if (closest > 0) {
        plan.problems.append(
            Messages::tr("%1: usage is kept per day or per week, and two dates in column \"%2\" "
                         "are %3 days apart. Export it by day or by week, or add a period_days "
                         "column (1 or 7).")
                .arg(QFileInfo(plan.path).fileName(), plan.headers.value(column))
                .arg(notWeeks));
    }
}

} // namespace tenure::import
