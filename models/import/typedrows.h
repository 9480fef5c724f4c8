#pragma once

#include "interval.h"
#include "subscriptionstatus.h"

#include <QDate>

#include <cstdint>
#include <string>
#include <string_view>

namespace tenure::import {

// Text of many rows kept in one buffer: a batch of a million rows costs a
// few large allocations instead of millions of small ones.
struct TextRef
{
    std::uint32_t offset = 0;
    std::uint32_t size = 0;
};

class TextArena
{
public:
    TextRef add(std::string_view text)
    {
        const TextRef ref{static_cast<std::uint32_t>(m_bytes.size()),
                          static_cast<std::uint32_t>(text.size())};
        m_bytes.append(text);
        return ref;
    }
    std::string_view view(TextRef ref) const
    {
        return std::string_view(m_bytes).substr(ref.offset, ref.size);
    }
    void clear() { m_bytes.clear(); }

private:
    std::string m_bytes;
};

// Who a row belongs to, as the source knows them.
struct CustomerRef
{
    TextRef id;
    TextRef name;
    TextRef email;
    TextRef domain;
};

// One subscription period (or invoice line's service period), typed and
// normalised, ready to write.
struct PeriodRow
{
    std::int64_t line = 0;
    CustomerRef customer;
    TextRef externalId;
    bool externalIdComposed = false; // no subscription id: "customer id|plan" stands for it
    TextRef plan;
    TextRef status;
    TextRef owner;
    TextRef segment;
    char currency[3] = {};
    QDate start;
    QDate end;      // invalid while running
    QDate canceled; // when the customer cancelled; invalid when not known
    std::int64_t amountMinor = 0;
    std::int64_t discountMinor = 0;
    std::int64_t mrrMinor = 0;
    double quantity = 1;
    Interval interval;
    SubscriptionState state = SubscriptionState::Active;
};

struct AccountRow
{
    std::int64_t line = 0;
    CustomerRef customer;
    TextRef owner;
    TextRef segment;
    TextRef plan;
    TextRef industry;
    TextRef country;
    TextRef status;
    std::int64_t seats = -1; // -1: not given
    QDate createdOn;
    QDate renewalOn;
};

struct RateRow
{
    std::int64_t line = 0;
    char currency[3] = {};
    QDate rateOn;
    double perBase = 0;
};

// "YYYY-MM-DD" without going through QString.
struct IsoDate
{
    explicit IsoDate(const QDate& date);
    std::string_view view() const { return std::string_view(text, 10); }
    char text[10];
};

} // namespace tenure::import
