#include "accountwriter.h"

#include "store/sqlite.h"

namespace tenure::import {

namespace {

// name, domain, owner, segment, plan, seats, industry, country, created_on, renewal_on, status
constexpr const char* kUpdate =
    "UPDATE accounts SET name = coalesce(?2, name), domain = coalesce(?3, domain), "
    "owner = coalesce(?4, owner), segment = coalesce(?5, segment), plan = coalesce(?6, plan), "
    "seats_purchased = coalesce(?7, seats_purchased), industry = coalesce(?8, industry), "
    "country = coalesce(?9, country), created_on = coalesce(?10, created_on), "
    "renewal_on = coalesce(?11, renewal_on), status = coalesce(?12, status) "
    "WHERE id = ?1 AND (name IS NOT coalesce(?2, name) OR domain IS NOT coalesce(?3, domain) "
    "OR owner IS NOT coalesce(?4, owner) OR segment IS NOT coalesce(?5, segment) "
    "OR plan IS NOT coalesce(?6, plan) OR seats_purchased IS NOT coalesce(?7, seats_purchased) "
    "OR industry IS NOT coalesce(?8, industry) OR country IS NOT coalesce(?9, country) "
    "OR created_on IS NOT coalesce(?10, created_on) OR renewal_on IS NOT coalesce(?11, "
    "renewal_on) OR status IS NOT coalesce(?12, status))";

} // namespace

AccountWriter::AccountWriter(store::Connection& connection)
    : m_connection(connection)
    , m_update(std::make_unique<store::Statement>(connection.prepare(kUpdate)))
{
}

AccountWriter::~AccountWriter() = default;

WriteOutcome AccountWriter::write(const AccountRow& row, const TextArena& text,
                                  std::int64_t accountId, bool created)
{
    store::Statement& update = *m_update;
    const auto optionalText = [&](int index, TextRef ref) {
        if (ref.size == 0)
            update.bindNull(index);
        else
            update.bind(index, text.view(ref));
    };
    const auto optionalDate = [&](int index, const QDate& date) {
        if (date.isValid())
            update.bind(index, IsoDate(date).view());
        else
            update.bindNull(index);
    };
    update.bind(1, accountId);
    optionalText(2, row.customer.name);
    optionalText(3, row.customer.domain);
    optionalText(4, row.owner);
    optionalText(5, row.segment);
    optionalText(6, row.plan);
    if (row.seats >= 0)
        update.bind(7, row.seats);
    else
        update.bindNull(7);
    optionalText(8, row.industry);
    optionalText(9, row.country);
    optionalDate(10, row.createdOn);
    optionalDate(11, row.renewalOn);
    optionalText(12, row.status);
    update.exec();
    if (created)
        return WriteOutcome::Inserted;
    return m_connection.changes() > 0 ? WriteOutcome::Updated : WriteOutcome::Unchanged;
}

RateWriter::RateWriter(store::Connection& connection)
    : m_find(std::make_unique<store::Statement>(connection.prepare(
          "SELECT per_base FROM currency_rates WHERE currency = ? AND rate_on = ?")))
    , m_upsert(std::make_unique<store::Statement>(connection.prepare(
          "INSERT INTO currency_rates(currency, rate_on, per_base) VALUES (?, ?, ?) "
          "ON CONFLICT(currency, rate_on) DO UPDATE SET per_base = excluded.per_base")))
{
}

RateWriter::~RateWriter() = default;

WriteOutcome RateWriter::write(const RateRow& row)
{
    const std::string_view currency(row.currency, 3);
    const IsoDate rateOn(row.rateOn);
    m_find->bind(1, currency).bind(2, rateOn.view());
    WriteOutcome outcome = WriteOutcome::Inserted;
    if (m_find->step())
        outcome =
            m_find->doubleValue(0) == row.perBase ? WriteOutcome::Unchanged : WriteOutcome::Updated;
    m_find->reset();
    if (outcome == WriteOutcome::Unchanged)
        return outcome;
    m_upsert->bind(1, currency).bind(2, rateOn.view()).bind(3, row.perBase);
    m_upsert->exec();
    return outcome;
}

} // namespace tenure::import
