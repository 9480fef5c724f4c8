#pragma once

#include "typedrows.h"

#include <cstdint>
#include <string_view>

namespace tenure::import {

// One typed period as the book stores it: its key (external id and start)
// and the columns a re-import compares. Text views point into the row's
// arena or into the dates held here, so a PeriodValues stays where it was made.
struct PeriodValues
{
    PeriodValues(const PeriodRow& row, const TextArena& text, std::int64_t accountId);
    PeriodValues(const PeriodValues&) = delete;
    PeriodValues& operator=(const PeriodValues&) = delete;

    IsoDate startDate;
    IsoDate endDate;      // meaningful only when endOn is not empty
    IsoDate canceledDate; // meaningful only when canceledOn is not empty

    std::string_view externalId;
    std::string_view startOn;
    std::int64_t accountId;
    std::string_view plan;
    std::string_view endOn; // empty: NULL
    std::int64_t amount;
    std::string_view unit;
    std::int64_t count;
    double quantity;
    std::int64_t discount;
    std::string_view currency;
    std::int64_t mrr;
    std::string_view status;
    std::string_view canceledOn; // empty: NULL
};

} // namespace tenure::import
