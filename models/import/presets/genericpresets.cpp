// Tenure's own layouts, documented in the README with their exact headers.
// Alternative names after "|" are accepted too.
#include "preset.h"

namespace tenure::import {

namespace {

using F = Field;

const std::vector<Preset>& presets()
{
    static const std::vector<Preset> all = {
        {"generic-subscriptions",
         "Tenure subscription periods",
         "generic",
         Kind::Subscriptions,
         AmountUnits::Major,
         {{F::AccountId, "account_id|customer_id"},
          {F::AccountName, "account_name|customer_name|company"},
          {F::Plan, "plan"},
          {F::StartDate, "start_date|start"},
          {F::EndDate, "end_date|end"},
          {F::Mrr, "mrr"},
          {F::Currency, "currency"},
          {F::Owner, "owner|csm"},
          {F::Segment, "segment"},
          {F::Email, "email"},
          {F::Status, "status"},
          {F::ExternalId, "subscription_id"}},
         {"account_id|customer_id", "start_date|start", "mrr"},
         true},
        {"generic-invoices",
         "Tenure invoice line items",
         "generic",
         Kind::Invoices,
         AmountUnits::Major,
         {{F::ExternalId, "line_id|invoice_line_id"},
          {F::AccountId, "account_id|customer_id"},
          {F::AccountName, "account_name|customer_name|company"},
          {F::Email, "email"},
          {F::Plan, "plan|description"},
          {F::StartDate, "period_start"},
          {F::EndDate, "period_end"},
          {F::Amount, "amount"},
          {F::Discount, "discount"},
          {F::Quantity, "quantity"},
          {F::Currency, "currency"},
          {F::Owner, "owner|csm"},
          {F::Segment, "segment"}},
         {"account_id|customer_id", "period_start", "period_end", "amount"},
         true},
        {"generic-accounts",
         "Tenure accounts",
         "generic",
         Kind::Accounts,
         AmountUnits::Major,
         {{F::AccountId, "account_id|customer_id"},
          {F::AccountName, "account_name|customer_name|company|name"},
          {F::Email, "email"},
          {F::Domain, "domain|website"},
          {F::Owner, "owner|csm"},
          {F::Segment, "segment"},
          {F::Plan, "plan"},
          {F::Seats, "seats|seats_purchased|licenses"},
          {F::Industry, "industry"},
          {F::Country, "country"},
          {F::CreatedOn, "created_on|customer_since"},
          {F::RenewalOn, "renewal_on|renewal_date"},
          {F::Status, "status"}},
         {"account_id|customer_id", "account_name|customer_name|company|name"},
         true},
        {"generic-currency-rates",
         "Tenure currency rates",
         "generic",
         Kind::CurrencyRates,
         AmountUnits::Major,
         {{F::Currency, "currency"}, {F::RateOn, "rate_on|date"}, {F::PerBase, "per_base|rate"}},
         {"currency", "rate_on|date", "per_base|rate"},
         true},
    };
    return all;
}

} // namespace

std::span<const Preset> genericPresets()
{
    return presets();
}

} // namespace tenure::import
