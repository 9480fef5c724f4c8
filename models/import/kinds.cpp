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
}};

struct KindInfo
{
    Kind kind;
    const char* name;
};

constexpr std::array<KindInfo, 4> kKinds{{{Kind::Subscriptions, "subscriptions"},
                                          {Kind::Invoices, "invoices"},
                                          {Kind::Accounts, "accounts"},
                                          {Kind::CurrencyRates, "currency_rates"}}};

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
    }
    return {};
}

std::vector<Field> kindFields(Kind kind)
{
    switch (kind) {
    case Kind::Subscriptions:
    case Kind::Invoices:
        return {Field::AccountId, Field::AccountName, Field::Email,    Field::ExternalId,
                Field::Plan,      Field::StartDate,   Field::EndDate,  Field::CanceledAt,
                Field::Mrr,       Field::Amount,      Field::Interval, Field::IntervalCount,
                Field::Quantity,  Field::Discount,    Field::Currency, Field::Status,
                Field::Owner,     Field::Segment};
    case Kind::Accounts:
        return {Field::AccountId, Field::AccountName, Field::Email, Field::Domain,   Field::Owner,
                Field::Segment,   Field::Plan,        Field::Seats, Field::Industry, Field::Country,
                Field::CreatedOn, Field::RenewalOn,   Field::Status};
    case Kind::CurrencyRates:
        return {Field::Currency, Field::RateOn, Field::PerBase};
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
    }
    return {};
}

} // namespace tenure::import
