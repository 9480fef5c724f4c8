#pragma once

#include "externalidindex.h"
#include "seenhashes.h"
#include "signalrows.h"
#include "writeoutcome.h"

#include <QHash>
#include <QString>

#include <memory>
#include <span>
#include <string>

namespace tenure::store {
class Connection;
class Statement;
} // namespace tenure::store

namespace tenure::import {

class RawStatement;

// Finds the account a signal row belongs to. Signals come from other systems
// than billing (a helpdesk, product analytics, a survey tool), so the row's
// customer id is looked up among every source's ids, then its company domain,
// then its name. Only one account may answer: signals never create accounts.
class SignalAccounts
{
public:
    explicit SignalAccounts(store::Connection& connection);
    // The account, or 0 with `why` saying what was missing or ambiguous.
    std::int64_t find(std::string_view id, std::string_view name, std::string_view domain,
                      QString* why) const;

private:
    // Every source's customer ids, asked on every row: the account, or minus
    // the number of accounts when sources use the same id for different ones.
    ExternalIdIndex m_byExternalId;
    QHash<QString, QList<std::int64_t>> m_byDomain;
    QHash<QString, QList<std::int64_t>> m_byName; // by the name's base (CompanyName)
    QHash<std::int64_t, QString> m_forms;         // each account's legal form
};

// Writes the rows of one signal kind: a row already in the book (same
// account and keys) is updated when its values differ, else left alone, so
// importing the same file twice changes nothing.
class SignalWriter
{
public:
    SignalWriter(store::Connection& connection, Kind kind, const std::vector<const char*>& keys,
                 std::int64_t importId);
    ~SignalWriter();
    // `change` describes an update, for the import log.
    WriteOutcome write(std::int64_t accountId, SignalRow& row, QString* change);

    // write() in two steps, for a batch. admit() links the row's person to a
    // contact and refuses a row that repeats one of this import's (false: a
    // Duplicate); store() then writes an admitted row.
    bool admit(std::int64_t accountId, SignalRow& row);
    WriteOutcome store(std::int64_t accountId, const SignalRow& row, QString* change);
    // Where the kind's keys are the table's primary key, inserts admitted
    // rows with one statement up to the first one already in the book, and
    // returns how many went in (else 0). The caller stores the rest one by
    // one. `accountIds` has one per row.
    std::size_t insertLeadingNew(std::span<const SignalRow* const> rows,
                                 std::span<const std::int64_t> accountIds);
    // The key columns, joined for messages ("period_start, period_days").
    QString keyNames() const;

private:
    void linkContact(std::int64_t accountId, SignalRow& row);
    void bindValues(store::Statement& statement, int first, const SignalRow& row) const;
    void bindKeys(store::Statement& statement, int first, std::int64_t accountId,
                  const SignalRow& row) const;
    bool sameValues(const store::Statement& found, const SignalRow& row) const;
    bool seenBefore(std::int64_t accountId, const SignalRow& row);
    int updateKeysParameter() const;

    store::Connection& m_connection;
    const SignalTable& m_table;
    std::vector<std::size_t> m_keyIndexes; // into m_table.columns
    std::int64_t m_importId;
    bool m_expectNew = true; // whether the last row was new (see write())
    std::unique_ptr<store::Statement> m_find;
    std::unique_ptr<store::Statement> m_insert;
    std::unique_ptr<RawStatement> m_insertBatch; // only where the keys are the primary key
    std::unique_ptr<store::Statement> m_update;
    std::unique_ptr<store::Statement> m_findContact;
    SeenHashes m_seen;      // hashes of the keys written by this import
    std::string m_keyBytes; // seenBefore's buffer, kept to spare allocations
};

} // namespace tenure::import
