#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tenure::import {

// What a file holds. Invoices are invoice line items: each line's service
// period becomes a subscription period, its amount normalised to MRR.
// The signal kinds (contacts, usage, ...) belong to accounts already in the book.
enum class Kind {
    Subscriptions,
    Invoices,
    Accounts,
    CurrencyRates,
    Contacts,
    Usage,
    Tickets,
    Surveys,
    FeatureRequests,
    Goals,
    Activities,   // the CSM's calls, emails, meetings...: the action log
    Milestones,   // an account's onboarding target and go-live dates
    AccountEvents // the customer's own news: acquired, layoffs, new funding...
};

// Every value an import can read, across kinds. A mapping assigns each to a
// column of the file (or to none).
enum class Field {
    AccountId, // the customer's id in the source system
    AccountName,
    Email, // a billing email: its domain matches accounts across sources
    Domain,
    ExternalId, // the subscription's (or invoice line's) id in the source
    Plan,
    StartDate,  // subscription start, or the invoice line's service period start
    EndDate,    // exclusive; empty while the subscription runs
    CanceledAt, // when no end date is given for a cancelled subscription
    Mrr,        // already monthly (generic layout, Baremetrics)
    Amount,     // per interval, per unit
    Interval,   // month, year, "3 months", ...
    IntervalCount,
    Quantity,
    Discount, // recurring discount per interval
    Currency,
    Status,
    Owner,
    Segment,
    Seats,
    Industry,
    Country,
    CreatedOn,
    RenewalOn,
    RateOn,
    PerBase,
    ContactName,
    JobTitle,
    Role,         // buyer, executive sponsor, champion, admin, power user, IT, user
    LastActiveOn, // a contact's last activity
    LeftOn,       // the day a contact left the customer's company
    Date,         // a usage period's first day, a survey's or a request's date
    PeriodDays,   // 1 for daily usage, 7 for weekly
    ActiveUsers,
    Sessions,
    KeyEvents,
    OpenedOn,
    ClosedOn,
    Priority,
    Type, // a ticket's, request's or survey's type (nps, csat)
    Escalated,
    Title, // a ticket's subject, a request's or a goal's title
    Score,
    Comment,
    Metric,
    Target,
    Achieved,
    DueOn,
    AchievedOn,
    // The billing term the export is in now (Stripe's current period,
    // Chargebee's current term): its length is the billing interval when no
    // column says so, and its end is when a cancelled subscription stopped.
    CurrentPeriodStart,
    CurrentPeriodEnd,
    InvoiceId, // links an invoice's lines to the invoice (ChartMogul's linked files)
    Tax,       // tax included in an invoice line's amount: not revenue
    Direction, // an activity's: inbound or outbound
    Outcome,   // what an activity came to
    OnboardingTargetOn,
    GoLiveOn,
    FirstName, // a contact's, where a CRM gives the name in two columns
    LastName,
    Count // not a field: the number of fields
};

constexpr int kFieldCount = static_cast<int>(Field::Count);

enum class FieldType { Text, Date, Amount, Number, Interval, Status, Currency };

struct FieldSpec
{
    Field field;
    const char* key; // snake_case name used in mappings and the generic layouts
    FieldType type;
};

// The key ("account_id"), the type and the translated label of a field.
const FieldSpec& fieldSpec(Field field);
QString fieldLabel(Field field);
std::optional<Field> fieldFromKey(const QString& key);

QString kindName(Kind kind); // "subscriptions", "invoices", "accounts", "currency_rates"
std::optional<Kind> kindFromName(const QString& name);
QStringList kindNames(); // every kind's name, in the order of Kind
QString kindLabel(Kind kind);

// The fields a kind reads, and which of them must be mapped. One of Mrr and
// Amount is needed for subscriptions; requiredFields lists Mrr and the wizard
// accepts Amount in its place (see missingFields()).
std::vector<Field> kindFields(Kind kind);
std::vector<Field> requiredFields(Kind kind);

} // namespace tenure::import
