#include "kinds.h"

#include <QCoreApplication>

#include <array>

namespace tenure::import {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::import::Kind)
};

constexpr std::array<FieldSpec, kFieldCount> kFields{{
    {Field::AccountId, "account_id", FieldType::Text},
    {Field::AccountName, "account_name", FieldType::Text},
    {Field::Email, "email", FieldType::Text},
    {Field::Domain, "domain", FieldType::Text},
    {Field::ExternalId, "external_id", FieldType::Text},
    {Field::Plan, "plan", FieldType::Text},
    {Field::StartDate, "start_date", FieldType::Date},
    {Field::EndDate, "end_date", FieldType::Date},
    {Field::CanceledAt, "canceled_at", FieldType::Date},
    {Field::Mrr, "mrr", FieldType::Amount},
    {Field::Amount, "amount", FieldType::Amount},
    {Field::Interval, "interval", FieldType::Interval},
    {Field::IntervalCount, "interval_count", FieldType::Number},
    {Field::Quantity, "quantity", FieldType::Number},
    {Field::Discount, "discount", FieldType::Amount},
    {Field::Currency, "currency", FieldType::Currency},
    {Field::Status, "status", FieldType::Status},
    {Field::Owner, "owner", FieldType::Text},
    {Field::Segment, "segment", FieldType::Text},
    {Field::Seats, "seats", FieldType::Number},
    {Field::Industry, "industry", FieldType::Text},
    {Field::Country, "country", FieldType::Text},
    {Field::CreatedOn, "created_on", FieldType::Date},
    {Field::RenewalOn, "renewal_on", FieldType::Date},
    {Field::RateOn, "rate_on", FieldType::Date},
    {Field::PerBase, "per_base", FieldType::Number},
    {Field::ContactName, "contact_name", FieldType::Text},
    {Field::JobTitle, "job_title", FieldType::Text},
    {Field::Role, "role", FieldType::Text},
    {Field::LastActiveOn, "last_active_on", FieldType::Date},
    {Field::LeftOn, "left_on", FieldType::Date},
    {Field::Date, "date", FieldType::Date},
    {Field::PeriodDays, "period_days", FieldType::Number},
    {Field::ActiveUsers, "active_users", FieldType::Number},
    {Field::Sessions, "sessions", FieldType::Number},
    {Field::KeyEvents, "key_events", FieldType::Number},
    {Field::OpenedOn, "opened_on", FieldType::Date},
    {Field::ClosedOn, "closed_on", FieldType::Date},
    {Field::Priority, "priority", FieldType::Text},
    {Field::Type, "type", FieldType::Text},
    {Field::Escalated, "escalated", FieldType::Text},
    {Field::Title, "title", FieldType::Text},
    {Field::Score, "score", FieldType::Number},
    {Field::Comment, "comment", FieldType::Text},
    {Field::Metric, "metric", FieldType::Text},
    {Field::Target, "target", FieldType::Number},
    {Field::Achieved, "achieved", FieldType::Number},
    {Field::DueOn, "due_on", FieldType::Date},
    {Field::AchievedOn, "achieved_on", FieldType::Date},
    {Field::CurrentPeriodStart, "current_period_start", FieldType::Date},
    {Field::CurrentPeriodEnd, "current_period_end", FieldType::Date},
    {Field::InvoiceId, "invoice_id", FieldType::Text},
    {Field::Tax, "tax", FieldType::Amount},
    {Field::Direction, "direction", FieldType::Text},
    {Field::Outcome, "outcome", FieldType::Text},
    {Field::OnboardingTargetOn, "onboarding_target_on", FieldType::Date},
    {Field::GoLiveOn, "go_live_on", FieldType::Date},
    {Field::FirstName, "first_name", FieldType::Text},
    {Field::LastName, "last_name", FieldType::Text},
}};

struct KindInfo
{
    Kind kind;
    const char* name;
};

constexpr std::array<KindInfo, 13> kKinds{{{Kind::Subscriptions, "subscriptions"},
                                           {Kind::Invoices, "invoices"},
                                           {Kind::Accounts, "accounts"},
                                           {Kind::CurrencyRates, "currency_rates"},
                                           {Kind::Contacts, "contacts"},
                                           {Kind::Usage, "usage"},
                                           {Kind::Tickets, "tickets"},
                                           {Kind::Surveys, "surveys"},
                                           {Kind::FeatureRequests, "feature_requests"},
                                           {Kind::Goals, "goals"},
                                           {Kind::Activities, "activities"},
                                           {Kind::Milestones, "milestones"},
                                           {Kind::AccountEvents, "account_events"}}};

} // namespace

const FieldSpec& fieldSpec(Field field)
{
    return kFields[static_cast<std::size_t>(field)];
}

QString fieldLabel(Field field)
{
    switch (field) {
    case Field::AccountId:
        return Messages::tr("Customer id");
    case Field::AccountName:
        return Messages::tr("Customer name");
    case Field::Email:
        return Messages::tr("Email");
    case Field::Domain:
        return Messages::tr("Domain");
    case Field::ExternalId:
        return Messages::tr("Subscription or line id");
    case Field::Plan:
        return Messages::tr("Plan");
    case Field::StartDate:
        return Messages::tr("Start date");
    case Field::EndDate:
        return Messages::tr("End date");
    case Field::CanceledAt:
        return Messages::tr("Cancelled at");
    case Field::Mrr:
        return Messages::tr("MRR");
    case Field::Amount:
        return Messages::tr("Amount per interval");
    case Field::Interval:
        return Messages::tr("Billing interval");
    case Field::IntervalCount:
        return Messages::tr("Interval count");
    case Field::Quantity:
        return Messages::tr("Quantity");
    case Field::Discount:
        return Messages::tr("Recurring discount");
    case Field::Currency:
        return Messages::tr("Currency");
    case Field::Status:
        return Messages::tr("Status");
    case Field::Owner:
        return Messages::tr("Owner (CSM)");
    case Field::Segment:
        return Messages::tr("Segment");
    case Field::Seats:
        return Messages::tr("Seats purchased");
    case Field::Industry:
        return Messages::tr("Industry");
    case Field::Country:
        return Messages::tr("Country");
    case Field::CreatedOn:
        return Messages::tr("Customer since");
    case Field::RenewalOn:
        return Messages::tr("Renewal date");
    case Field::RateOn:
        return Messages::tr("Rate date");
    case Field::PerBase:
        return Messages::tr("Rate (base units per unit)");
    case Field::ContactName:
        return Messages::tr("Contact name");
    case Field::JobTitle:
        return Messages::tr("Job title");
    case Field::Role:
        return Messages::tr("Role");
    case Field::LastActiveOn:
        return Messages::tr("Last active");
    case Field::LeftOn:
        return Messages::tr("Left the company on");
    case Field::Date:
        return Messages::tr("Date");
    case Field::PeriodDays:
        return Messages::tr("Days per period (1 or 7)");
    case Field::ActiveUsers:
        return Messages::tr("Active users");
    case Field::Sessions:
        return Messages::tr("Sessions");
    case Field::KeyEvents:
        return Messages::tr("Key-feature events");
    case Field::OpenedOn:
        return Messages::tr("Opened on");
    case Field::ClosedOn:
        return Messages::tr("Closed on");
    case Field::Priority:
        return Messages::tr("Priority");
    case Field::Type:
        return Messages::tr("Type");
    case Field::Escalated:
        return Messages::tr("Escalated");
    case Field::Title:
        return Messages::tr("Title or subject");
    case Field::Score:
        return Messages::tr("Score");
    case Field::Comment:
        return Messages::tr("Comment");
    case Field::Metric:
        return Messages::tr("Metric");
    case Field::Target:
        return Messages::tr("Target");
    case Field::Achieved:
        return Messages::tr("Achieved");
    case Field::DueOn:
        return Messages::tr("Due on");
    case Field::AchievedOn:
        return Messages::tr("Achieved on");
    case Field::CurrentPeriodStart:
        return Messages::tr("Current period start");
    case Field::CurrentPeriodEnd:
        return Messages::tr("Current period end");
    case Field::InvoiceId:
        return Messages::tr("Invoice id");
    case Field::Tax:
        return Messages::tr("Tax included in the amount");
    case Field::Direction:
        return Messages::tr("Direction (inbound, outbound)");
    case Field::Outcome:
        return Messages::tr("Outcome");
    case Field::OnboardingTargetOn:
        return Messages::tr("Onboarding target date");
    case Field::GoLiveOn:
        return Messages::tr("Go-live date");
    case Field::FirstName:
        return Messages::tr("First name");
    case Field::LastName:
        return Messages::tr("Last name");
    case Field::Count:
        break;
    }
    return {};
}

std::optional<Field> fieldFromKey(const QString& key)
{
    for (const FieldSpec& spec : kFields) {
        if (key == QLatin1String(spec.key))
            return spec.field;
    }
    return std::nullopt;
}

QString kindName(Kind kind)
{
    for (const KindInfo& info : kKinds) {
        if (info.kind == kind)
            return QString::fromLatin1(info.name);
    }
    return {};
}

QStringList kindNames()
{
    QStringList names;
    for (const KindInfo& info : kKinds)
        names.append(QLatin1String(info.name));
    return names;
}

std::optional<Kind> kindFromName(const QString& name)
{
    QString wanted = name.trimmed().toLower();
    wanted.replace(u'-', u'_');
    for (const KindInfo& info : kKinds) {
        if (wanted == QLatin1String(info.name))
            return info.kind;
    }
    if (wanted == QLatin1String("customers"))
        return Kind::Accounts;
    if (wanted == QLatin1String("rates"))
        return Kind::CurrencyRates;
    if (wanted == QLatin1String("requests"))
        return Kind::FeatureRequests;
    if (wanted == QLatin1String("nps") || wanted == QLatin1String("survey_responses"))
        return Kind::Surveys;
    if (wanted == QLatin1String("actions") || wanted == QLatin1String("activity"))
        return Kind::Activities;
    if (wanted == QLatin1String("events"))
        return Kind::AccountEvents;
    return std::nullopt;
}

QString kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Subscriptions:
        return Messages::tr("Subscriptions");
    case Kind::Invoices:
        return Messages::tr("Invoice line items");
    case Kind::Accounts:
        return Messages::tr("Customers");
    case Kind::CurrencyRates:
        return Messages::tr("Currency rates");
    case Kind::Contacts:
        return Messages::tr("Contacts");
    case Kind::Usage:
        return Messages::tr("Product usage");
    case Kind::Tickets:
        return Messages::tr("Support tickets");
    case Kind::Surveys:
        return Messages::tr("Survey responses (NPS, CSAT)");
    case Kind::FeatureRequests:
        return Messages::tr("Feature requests");
    case Kind::Goals:
        return Messages::tr("Success-plan goals");
    case Kind::Activities:
        return Messages::tr("CSM activities (calls, emails, meetings)");
    case Kind::Milestones:
        return Messages::tr("Onboarding milestones");
    case Kind::AccountEvents:
        return Messages::tr("Customer events");
    }
    return {};
}

std::vector<Field> kindFields(Kind kind)
{
    switch (kind) {
    case Kind::Subscriptions:
    case Kind::Invoices:
        return {Field::AccountId,
                Field::AccountName,
                Field::Email,
                Field::ExternalId,
                Field::Plan,
                Field::StartDate,
                Field::EndDate,
                Field::CanceledAt,
                Field::Mrr,
                Field::Amount,
                Field::Interval,
                Field::IntervalCount,
                Field::Quantity,
                Field::Discount,
                Field::Currency,
                Field::Status,
                Field::Owner,
                Field::Segment,
                Field::CurrentPeriodStart,
                Field::CurrentPeriodEnd};
    case Kind::Accounts:
        return {Field::AccountId, Field::AccountName, Field::Email, Field::Domain,   Field::Owner,
                Field::Segment,   Field::Plan,        Field::Seats, Field::Industry, Field::Country,
                Field::CreatedOn, Field::RenewalOn,   Field::Status};
    case Kind::CurrencyRates:
        return {Field::Currency, Field::RateOn, Field::PerBase};
    case Kind::Contacts:
        return {Field::AccountId,   Field::AccountName, Field::Domain,    Field::ExternalId,
                Field::ContactName, Field::FirstName,   Field::LastName,  Field::Email,
                Field::JobTitle,    Field::Role,        Field::CreatedOn, Field::LastActiveOn,
                Field::LeftOn};
    case Kind::Usage:
        return {Field::AccountId,  Field::AccountName, Field::Domain,   Field::Date,
                Field::PeriodDays, Field::ActiveUsers, Field::Sessions, Field::KeyEvents};
    case Kind::Tickets:
        return {Field::AccountId,  Field::AccountName, Field::Domain,    Field::Email,
                Field::ExternalId, Field::OpenedOn,    Field::ClosedOn,  Field::Status,
                Field::Priority,   Field::Type,        Field::Escalated, Field::Title};
    case Kind::Surveys:
        return {Field::AccountId, Field::AccountName, Field::Domain,
                Field::Email,     Field::ExternalId,  Field::Date,
                Field::Type,      Field::Score,       Field::Comment};
    case Kind::FeatureRequests:
        return {Field::AccountId, Field::AccountName, Field::Domain,
                Field::Email,     Field::ExternalId,  Field::Date,
                Field::Title,     Field::Type,        Field::Status};
    case Kind::Goals:
        return {Field::AccountId,  Field::AccountName, Field::Domain,   Field::Title,
                Field::Metric,     Field::Target,      Field::Achieved, Field::DueOn,
                Field::AchievedOn, Field::Status};
    case Kind::Activities:
        return {Field::AccountId, Field::AccountName, Field::Domain,    Field::ExternalId,
                Field::Date,      Field::Type,        Field::Email,     Field::ContactName,
                Field::Owner,     Field::Title,       Field::Direction, Field::Outcome};
    case Kind::Milestones:
        return {Field::AccountId, Field::AccountName, Field::Domain, Field::OnboardingTargetOn,
                Field::GoLiveOn};
    case Kind::AccountEvents:
        return {Field::AccountId, Field::AccountName, Field::Domain,
                Field::Date,      Field::Type,        Field::Comment};
    }
    return {};
}

std::vector<Field> requiredFields(Kind kind)
{
    switch (kind) {
    case Kind::Subscriptions:
        return {Field::AccountId, Field::StartDate, Field::Mrr};
    case Kind::Invoices:
        return {Field::AccountId, Field::StartDate, Field::EndDate, Field::Amount};
    case Kind::Accounts:
        return {Field::AccountId, Field::AccountName};
    case Kind::CurrencyRates:
        return {Field::Currency, Field::RateOn, Field::PerBase};
    // Signals name their account by id or by name; buildSignal() checks one is there.
    case Kind::Contacts:
        return {Field::ContactName};
    case Kind::Usage:
        return {Field::Date, Field::ActiveUsers};
    case Kind::Tickets:
        return {Field::ExternalId, Field::OpenedOn};
    case Kind::Surveys:
        return {Field::Date, Field::Score};
    case Kind::FeatureRequests:
    case Kind::Goals:
        return {Field::Title};
    case Kind::Activities:
        return {Field::Date, Field::Type};
    // Either date, or both; buildSignal() checks the file has one.
    case Kind::Milestones:
        return {};
    case Kind::AccountEvents:
        return {Field::Date, Field::Type};
    }
    return {};
}

} // namespace tenure::import
