// libFuzzer target for the command line's date, month and quarter parsers
// (--as-of, --due-by, --today, --from, --to, --quarter): whatever the text,
// they must not crash, hang or overflow, and what they accept must be what
// they say: a real day, month or quarter of an accepted year that reads back
// as written.
#include "core/datelimits.h"
#include "metrics/month.h"
#include "report/quarter.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void fuzzDay(const QString& text)
{
    const tenure::DayParse day = tenure::parseDay(text);
    if (day.status == tenure::DayParse::Status::Malformed)
        return;
    check(day.date.isValid());
    check(day.date.toString(Qt::ISODate) == text);
    check((day.status == tenure::DayParse::Status::Ok) == tenure::isAcceptedYear(day.date.year()));
}

void fuzzMonth(const QString& text)
{
    const tenure::metrics::Month month = tenure::metrics::Month::parse(text);
    if (!month.isValid())
        return;
    check(month.toString() == text);
    check(month.firstDay().isValid() && month.firstDay() <= month.lastDay());
}

void fuzzQuarter(const QString& text, int fiscalYearStartMonth)
{
    const auto quarter = tenure::report::Quarter::parse(text, fiscalYearStartMonth);
    if (!quarter || !tenure::isAcceptedYear(quarter->year))
        return; // the command line refuses it
    check(quarter->number >= 1 && quarter->number <= 4);
    check(quarter->firstDay() < quarter->lastDay());
    check(quarter->lastMonth() - quarter->firstMonth() == 2);
    const auto again = tenure::report::Quarter::parse(quarter->label(), fiscalYearStartMonth);
    check(again && *again == *quarter);
    check(quarter->next().previous() == *quarter);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the fiscal year's first month; the rest is the text.
    const int fiscalYearStartMonth = data[0] % 12 + 1;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data + 1),
                                           static_cast<qsizetype>(size - 1));
    fuzzDay(text);
    fuzzMonth(text);
    fuzzQuarter(text, fiscalYearStartMonth);
    return 0;
}
