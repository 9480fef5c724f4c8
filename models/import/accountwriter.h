#pragma once

#include "typedrows.h"
#include "writeoutcome.h"

#include <cstdint>
#include <memory>

namespace tenure::store {
class Connection;
class Statement;
} // namespace tenure::store

namespace tenure::import {

// Fills in an account's details from a customers export. Only the values the
// file gives are written; empty cells keep what the book has.
class AccountWriter
{
public:
    explicit AccountWriter(store::Connection& connection);
    ~AccountWriter();
    // `created`: the matcher has just made the account, so this is an insert.
    WriteOutcome write(const AccountRow& row, const TextArena& text, std::int64_t accountId,
                       bool created);

private:
    store::Connection& m_connection;
    std::unique_ptr<store::Statement> m_update;
};

// Writes currency rates keyed by (currency, date).
class RateWriter
{
public:
    explicit RateWriter(store::Connection& connection);
    ~RateWriter();
    WriteOutcome write(const RateRow& row);

private:
    std::unique_ptr<store::Statement> m_find;
    std::unique_ptr<store::Statement> m_upsert;
};

} // namespace tenure::import
