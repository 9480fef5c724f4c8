#include "rowbuilders.h"

#include "interval.h"
#include "metrics/currency.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cctype>

namespace tenure::import {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::import::RowBuilder)
};

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// Reads the row's currency into `code`: the currency column, else the one
// written with the amount, else the book's base currency.
bool readCurrency(RowReader& reader, const BuildContext& context, Field amountField, char* code)
{
    std::string_view text = reader.text(Field::Currency);
    QString written;
    if (text.empty()) {
        written = currencyWrittenIn(reader.text(amountField));
        if (written.isEmpty())
            written = context.baseCurrency;
        const QByteArray latin = written.toLatin1();
        std::copy_n(latin.constData(), 3, code);
        return latin.size() == 3;
    }
    if (text.size() != 3 || !std::all_of(text.begin(), text.end(), [](char c) {
            return std::isalpha(static_cast<unsigned char>(c));
        })) {
        reader.reject(Field::Currency, Messages::tr("Currency: \"%1\" is not a three-letter "
                                                    "ISO code such as USD or EUR")
                                           .arg(fromUtf8(text)));
        return false;
    }
    for (int i = 0; i < 3; ++i)
        code[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[i])));
    return true;
}

// minorUnitDigits() takes a QString; the rows of one file rarely change currency.
int minorDigits(const char* code)
{
    thread_local std::array<char, 3> last{};
    thread_local int digits = 2;
    if (!std::equal(last.begin(), last.end(), code)) {
        std::copy_n(code, 3, last.begin());
        digits = metrics::minorUnitDigits(QString::fromLatin1(code, 3));
    }
    return digits;
}

std::optional<SubscriptionState> readState(RowReader& reader, const BuildContext& context)
{
    const std::string_view status = reader.text(Field::Status);
    const auto state = subscriptionState(context.source, fromUtf8(status));
    if (!state) {
        reader.reject(Field::Status, Messages::tr("Status: \"%1\" is not a subscription status "
                                                  "Tenure knows for %2")
                                         .arg(fromUtf8(status), context.source));
    }
    return state;
}

bool isOneTimeCharge(std::string_view type)
{
    QString key = fromUtf8(type).trimmed().toLower();
    key.remove(u'_').remove(u'-').remove(u' ');
    return key == QLatin1String("onetime") || key == QLatin1String("oneoff");
}

// The row's billing interval: its interval column; else the length of the
// billing term it is in; else the one given for the whole file (--interval).
// Never a month by default: a yearly price read as monthly is 12 times the MRR.
std::optional<Interval> billingInterval(RowReader& reader, const std::optional<QDate>& termStart,
                                        const std::optional<QDate>& termEnd, bool paying)
{
    if (!reader.isEmpty(Field::Interval))
        return reader.interval(Field::Interval, Field::IntervalCount);
    if (termStart && termEnd) {
        if (const auto term = intervalOfPeriod(*termStart, *termEnd))
            return term;
    }
    if (reader.rules().interval)
        return reader.rules().interval;
    if (!paying)
        return Interval{}; // no MRR to normalise: the unit is only stored
    reader.reject(reader.has(Field::Interval) ? Field::Interval : Field::Amount,
                  Messages::tr("The billing interval is unknown: the row has no interval and no "
                               "current billing term; give one with --interval"));
    return std::nullopt;
}

} // namespace

CustomerRef readCustomer(RowReader& reader, TextArena& text)
{
    CustomerRef customer;
    customer.id = text.add(reader.text(Field::AccountId));
    customer.name = text.add(reader.text(Field::AccountName));
    customer.email = text.add(reader.text(Field::Email));
    std::string domain = normaliseDomain(reader.text(Field::Domain));
    if (domain.empty())
        domain = companyDomain(reader.text(Field::Email));
    customer.domain = text.add(domain);
    return customer;
}

std::string normaliseDomain(std::string_view written)
{
    std::string_view text = written;
    if (const auto at = text.rfind('@'); at != std::string_view::npos)
        text.remove_prefix(at + 1); // an email where a domain was asked
    if (const auto scheme = text.find("://"); scheme != std::string_view::npos)
        text.remove_prefix(scheme + 3);
    text = text.substr(0, text.find_first_of("/?#: "));
    std::string domain(text);
    std::transform(domain.begin(), domain.end(), domain.begin(), [](char c) {
        return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    });
    while (!domain.empty() && domain.back() == '.')
        domain.pop_back();
    if (domain.rfind("www.", 0) == 0)
        domain.erase(0, 4);
    return domain;
}

std::string companyDomain(std::string_view email)
{
    static const std::array<std::string_view, 18> freeMail{
        "gmail.com",  "googlemail.com", "yahoo.com", "hotmail.com", "outlook.com", "live.com",
        "icloud.com", "me.com",         "aol.com",   "gmx.de",      "gmx.net",     "web.de",
        "mail.ru",    "yandex.ru",      "qq.com",    "163.com",     "126.com",     "proton.me"};
    const auto at = email.rfind('@');
    if (at == std::string_view::npos || at + 1 >= email.size())
        return {};
    std::string domain(email.substr(at + 1));
    std::transform(domain.begin(), domain.end(), domain.begin(), [](char c) {
        return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    });
    if (std::find(freeMail.begin(), freeMail.end(), domain) != freeMail.end())
        return {};
    return domain;
}

Built buildPeriod(RowReader& reader, const BuildContext& context, TextArena& text, PeriodRow& row)
{
    row.line = reader.line();
    const bool invoice = context.kind == Kind::Invoices;
    if (invoice && isOneTimeCharge(reader.text(Field::Type)))
        return Built::Ignored; // a set-up fee, a one-off service: not recurring revenue
    if (reader.isEmpty(Field::AccountId))
        reader.reject(Field::AccountId, Messages::tr("The customer id is missing"));
    const auto start = reader.date(Field::StartDate, true);
    const auto end = reader.date(Field::EndDate, invoice);
    const auto canceledAt = reader.date(Field::CanceledAt, false);
    const auto termStart = reader.date(Field::CurrentPeriodStart, false);
    const auto termEnd = reader.date(Field::CurrentPeriodEnd, false);
    const auto state = readState(reader, context);
    const Field amountField = reader.has(Field::Mrr) ? Field::Mrr : Field::Amount;
    if (!readCurrency(reader, context, amountField, row.currency))
        return Built::Rejected;
    // A trial or a pause carries no MRR, and exports often leave its price out.
    const bool paying = !state || carriesMrr(*state);
    const int digits = minorDigits(row.currency);
    const auto amount = reader.minorAmount(amountField, digits, paying);
    const auto discount = reader.minorAmount(Field::Discount, digits, false);
    const auto tax = reader.minorAmount(Field::Tax, digits, false);
    const auto quantity = reader.number(Field::Quantity, false);
    if (!reader.ok() || !start || !state)
        return Built::Rejected;
    if (invoice && (*state == SubscriptionState::Future || *state == SubscriptionState::Ended))
        return Built::Ignored; // a draft or cancelled invoice: never billed

    row.start = *start;
    row.end = end.value_or(QDate());
    row.canceled = canceledAt.value_or(QDate());
    row.state = *state;
    // Without a status column a cancellation date is the end; with one, only
    // an ended status makes it so (Stripe records cancellations at period end early).
    if (!row.end.isValid() && canceledAt && !reader.has(Field::Status))
        row.end = *canceledAt;
    // An ended subscription stopped at the best date the row gives: when it
    // ended, when it was cancelled, or the end of the term it was in.
    if (!row.end.isValid() && row.state == SubscriptionState::Ended) {
        row.end = canceledAt ? *canceledAt : termEnd.value_or(QDate());
        if (!row.end.isValid()) {
            reader.reject(Field::Status,
                          Messages::tr("The subscription has ended but the row does not say "
                                       "when: add the export's ended-at, canceled-at or "
                                       "current-period-end column"));
            return Built::Rejected;
        }
    }
    std::optional<Interval> interval = Interval{};
    if (amountField == Field::Amount && !invoice)
        interval = billingInterval(reader, termStart, termEnd, paying);
    else if (amountField == Field::Amount && !reader.isEmpty(Field::Interval))
        interval = reader.interval(Field::Interval, Field::IntervalCount);
    if (!interval || (paying && !amount))
        return Built::Rejected;
    if (row.end.isValid() && row.end <= row.start) {
        if (row.end == row.start)
            return Built::Ignored; // cancelled the day it started, or a one-off line: no period
        reader.reject(Field::EndDate, Messages::tr("The end date is not after the start date %1")
                                          .arg(row.start.toString(Qt::ISODate)));
        return Built::Rejected;
    }
    if (invoice && amount.value_or(0) < 0)
        return Built::Ignored; // a credit note: no recurring revenue

    // Tax an invoice line's amount includes is not revenue (ChartMogul's lines include it).
    row.amountMinor = amount.value_or(0) - (invoice ? tax.value_or(0) : 0);
    row.discountMinor = discount.value_or(0);
    row.quantity = quantity ? quantity->toDouble() : 1.0;
    if (amountField == Field::Mrr) {
        row.interval = Interval{};
        row.quantity = 1;
        row.mrrMinor = row.amountMinor;
    } else if (invoice) {
        // An invoice line's amount is its total for the service period.
        if (reader.isEmpty(Field::Interval))
            interval = intervalOfPeriod(row.start, row.end);
        row.interval = *interval;
        row.quantity = 1;
        row.mrrMinor = monthlyMinor(static_cast<double>(row.amountMinor), 1.0,
                                    static_cast<double>(row.discountMinor), row.interval);
    } else {
        row.interval = *interval;
        row.mrrMinor = monthlyMinor(static_cast<double>(row.amountMinor), row.quantity,
                                    static_cast<double>(row.discountMinor), row.interval);
    }
    if (!carriesMrr(row.state))
        row.mrrMinor = 0;
    if (row.mrrMinor < 0) {
        reader.reject(amountField, Messages::tr("A subscription's MRR cannot be negative: a "
                                                "credit or a refund is not recurring revenue"));
        return Built::Rejected;
    }

    row.customer = readCustomer(reader, text);
    const std::string_view externalId = reader.text(Field::ExternalId);
    row.plan = text.add(reader.text(Field::Plan));
    if (externalId.empty()) {
        // Layouts without a subscription id: the customer and plan identify it.
        std::string composed(reader.text(Field::AccountId));
        composed += '|';
        composed += reader.text(Field::Plan);
        row.externalId = text.add(composed);
        row.externalIdComposed = true;
    } else {
        row.externalId = text.add(externalId);
    }
    row.status = text.add(reader.text(Field::Status));
    row.owner = text.add(reader.text(Field::Owner));
    row.segment = text.add(reader.text(Field::Segment));
    return Built::Row;
}

Built buildAccount(RowReader& reader, const BuildContext& context, TextArena& text, AccountRow& row)
{
    row.line = reader.line();
    if (reader.isEmpty(Field::AccountId))
        reader.reject(Field::AccountId, Messages::tr("The customer id is missing"));
    const auto created = reader.date(Field::CreatedOn, false);
    const auto renewal = reader.date(Field::RenewalOn, false);
    const auto seats = reader.number(Field::Seats, false);
    if (seats && (seats->scale != 0 || seats->mantissa < 0))
        reader.reject(Field::Seats, Messages::tr("Seats must be a whole number"));
    std::optional<SubscriptionState> state;
    if (!reader.isEmpty(Field::Status))
        state = readState(reader, context);
    if (!reader.ok())
        return Built::Rejected;
    row.customer = readCustomer(reader, text);
    row.owner = text.add(reader.text(Field::Owner));
    row.segment = text.add(reader.text(Field::Segment));
    row.plan = text.add(reader.text(Field::Plan));
    row.industry = text.add(reader.text(Field::Industry));
    row.country = text.add(reader.text(Field::Country));
    row.status = text.add(state ? std::string_view(accountStatus(*state)) : std::string_view());
    row.seats = seats ? seats->mantissa : -1;
    row.createdOn = created.value_or(QDate());
    row.renewalOn = renewal.value_or(QDate());
    return Built::Row;
}

Built buildRate(RowReader& reader, const BuildContext& context, RateRow& row)
{
    row.line = reader.line();
    const auto rateOn = reader.date(Field::RateOn, true);
    const auto perBase = reader.number(Field::PerBase, true);
    if (perBase && perBase->toDouble() <= 0)
        reader.reject(Field::PerBase, Messages::tr("The rate must be above zero"));
    if (reader.isEmpty(Field::Currency))
        reader.reject(Field::Currency, Messages::tr("The currency is missing"));
    else
        readCurrency(reader, context, Field::PerBase, row.currency);
    if (!reader.ok() || !rateOn || !perBase)
        return Built::Rejected;
    row.rateOn = *rateOn;
    row.perBase = perBase->toDouble();
    return Built::Row;
}

} // namespace tenure::import
