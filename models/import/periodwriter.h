#pragma once

#include "typedrows.h"
#include "writeoutcome.h"

#include <QString>

#include <cstdint>
#include <span>

namespace tenure::store {
class Connection;
class Statement;
} // namespace tenure::store

namespace tenure::import {

class RawStatement;

// Writes subscription periods keyed by (source, external id, start): a row
// seen before is compared and updated only when it changed, and the change
// is described for the import log.
class PeriodWriter
{
public:
    PeriodWriter(store::Connection& connection, const QString& source, std::int64_t importId);
    ~PeriodWriter();

    WriteOutcome write(const PeriodRow& row, const TextArena& text, std::int64_t accountId,
                       QString* change);

    // Inserts the batch's rows with one statement, up to the first one that is
    // already in the book or repeats one before it, and returns how many went
    // in: all of them in a first import. The caller writes the rest one by one
    // with write(). `accountIds` has one per row.
    std::size_t insertLeadingNew(std::span<const PeriodRow> rows, const TextArena& text,
                                 std::span<const std::int64_t> accountIds);

private:
    store::Connection& m_connection;
    std::unique_ptr<store::Statement> m_find;
    std::unique_ptr<RawStatement> m_insert;
    std::unique_ptr<RawStatement> m_insertBatch;
    std::unique_ptr<store::Statement> m_update;
    QByteArray m_source;
    std::int64_t m_importId;
    bool m_expectNew = true; // whether the last row was new (see write())
};

} // namespace tenure::import
