#include "periodvalues.h"

namespace tenure::import {

PeriodValues::PeriodValues(const PeriodRow& row, const TextArena& text, std::int64_t account)
    : startDate(row.start)
    , endDate(row.end.isValid() ? row.end : row.start)
    , canceledDate(row.canceled.isValid() ? row.canceled : row.start)
    , externalId(text.view(row.externalId))
    , startOn(startDate.view())
    , accountId(account)
    , plan(text.view(row.plan))
    , endOn(row.end.isValid() ? endDate.view() : std::string_view())
    , amount(row.amountMinor)
    , unit(row.interval.unitName())
    , count(row.interval.count)
    , quantity(row.quantity)
    , discount(row.discountMinor)
    , currency(row.currency, 3)
    , mrr(row.mrrMinor)
    , status(text.view(row.status))
    , canceledOn(row.canceled.isValid() ? canceledDate.view() : std::string_view())
{
}

} // namespace tenure::import
