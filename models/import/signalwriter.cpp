#include "signalwriter.h"

#include "companyname.h"
#include "rawstatement.h"
#include "signalbatchtable.h"
#include "store/sqlite.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <functional>

namespace tenure::import {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::import::SignalAccounts)
};

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

void bindValue(store::Statement& statement, int index, const SqlValue& value)
{
    if (const auto* integer = std::get_if<std::int64_t>(&value))
        statement.bind(index, *integer);
    else if (const auto* real = std::get_if<double>(&value))
        statement.bind(index, *real);
    else if (const auto* text = std::get_if<std::string>(&value))
        statement.bind(index, std::string_view(*text));
    else
        statement.bindNull(index);
}

// The stored column read as the type the row holds, so 3 and 3.0 compare equal.
bool storedEquals(const store::Statement& found, int column, const SqlValue& value)
{
    if (found.isNull(column))
        return std::holds_alternative<std::monostate>(value);
    if (const auto* integer = std::get_if<std::int64_t>(&value))
        return found.intValue(column) == *integer;
    if (const auto* real = std::get_if<double>(&value))
        return found.doubleValue(column) == *real;
    if (const auto* text = std::get_if<std::string>(&value))
        return found.utf8Value(column) == *text;
    return false;
}

QString shown(const SqlValue& value)
{
    if (const auto* integer = std::get_if<std::int64_t>(&value))
        return QString::number(*integer);
    if (const auto* real = std::get_if<double>(&value))
        return QString::number(*real);
    if (const auto* text = std::get_if<std::string>(&value))
        return fromUtf8(*text);
    return Messages::tr("(empty)");
}

QString shownStored(const store::Statement& found, int column)
{
    return found.isNull(column) ? Messages::tr("(empty)") : found.textValue(column);
}

std::string joined(const std::vector<const char*>& parts, const char* separator,
                   const char* suffix = "")
{
    std::string text;
    for (const char* part : parts) {
        if (!text.empty())
            text += separator;
        text += part;
        text += suffix;
    }
    return text;
}

std::string placeholders(std::size_t count, int first)
{
    std::string text;
    for (std::size_t i = 0; i < count; ++i)
        text += (i ? ", ?" : "?") + std::to_string(first + static_cast<int>(i));
    return text;
}

// "account_id = ?n AND k1 IS ?n+1 AND ...": IS, so that an empty key matches an empty key.
std::string keyCondition(const std::vector<const char*>& keys, int first)
{
    std::string text = "account_id = ?" + std::to_string(first);
    for (std::size_t i = 0; i < keys.size(); ++i)
        text += " AND " + std::string(keys[i]) + " IS ?" +
                std::to_string(first + 1 + static_cast<int>(i));
    return text;
}

} // namespace

SignalAccounts::SignalAccounts(store::Connection& connection)
{
    auto ids = connection.prepare("SELECT external_id, min(account_id), count(DISTINCT account_id) "
                                  "FROM account_external_ids GROUP BY external_id");
    while (ids.step()) {
        const std::int64_t accounts = ids.intValue(2);
        m_byExternalId.insert(ids.utf8Value(0), accounts == 1 ? ids.intValue(1) : -accounts);
    }
    auto accounts = connection.prepare("SELECT id, name, lower(domain) FROM accounts");
    while (accounts.step()) {
        const std::int64_t id = accounts.intValue(0);
        const CompanyName company = splitCompanyName(accounts.textValue(1));
        m_byName[company.base].append(id);
        m_forms.insert(id, company.form);
        if (!accounts.isNull(2))
            m_byDomain[accounts.textValue(2)].append(id);
    }
}

std::int64_t SignalAccounts::find(std::string_view id, std::string_view name,
                                  std::string_view domain, QString* why) const
{
    // Each way is asked only when the ones before it know nothing of the row:
    // most rows are answered by their id, without the name's normalising.
    std::int64_t account = 0;
    const auto ambiguous = [why](std::string_view text, qsizetype accounts) {
        *why = Messages::tr("\"%1\" matches %2 accounts; give the customer id")
                   .arg(fromUtf8(text))
                   .arg(accounts);
    };
    const auto answers = [&](const QList<std::int64_t>& found, std::string_view text) {
        if (found.isEmpty())
            return false;
        if (found.size() == 1)
            account = found.front();
        else
            ambiguous(text, found.size());
        return true;
    };
    // A name of another legal form is another company (Beta GmbH is not Beta LLC).
    const auto byName = [this](std::string_view text) {
        const CompanyName company = splitCompanyName(fromUtf8(text));
        QList<std::int64_t> fitting;
        for (std::int64_t candidate : m_byName.value(company.base)) {
            if (formsMayMatch(company.form, m_forms.value(candidate)))
                fitting.append(candidate);
        }
        return fitting;
    };
    const auto answersById = [&] {
        const std::int64_t found = m_byExternalId.find(id);
        if (found > 0)
            account = found;
        else if (found < 0)
            ambiguous(id, -found);
        return found != 0;
    };
    if ((!id.empty() && answersById()) ||
        (!domain.empty() && answers(m_byDomain.value(fromUtf8(domain).toLower()), domain)) ||
        (!name.empty() && answers(byName(name), name)))
        return account;
    *why = Messages::tr("No account in the book has the customer id, domain or name of this "
                        "row; import the customers (or their subscriptions) first");
    return 0;
}

SignalWriter::SignalWriter(store::Connection& connection, Kind kind,
                           const std::vector<const char*>& keys, std::int64_t importId)
    : m_connection(connection)
    , m_table(signalTable(kind))
    , m_importId(importId)
{
    for (const char* key : keys) {
        const auto at =
            std::find_if(m_table.columns.begin(), m_table.columns.end(),
                         [key](const char* column) { return std::string_view(column) == key; });
        m_keyIndexes.push_back(static_cast<std::size_t>(at - m_table.columns.begin()));
    }
    const std::string table = m_table.table;
    const std::size_t count = m_table.columns.size();
    const int updateKeysFrom = updateKeysParameter();
    m_find = std::make_unique<store::Statement>(
        connection.prepare("SELECT " + joined(m_table.columns, ", ") + " FROM " + table +
                           " WHERE " + keyCondition(keys, 1) + " LIMIT 1"));
    m_insert = std::make_unique<store::Statement>(connection.prepare(
        "INSERT INTO " + table + "(account_id, " + joined(m_table.columns, ", ") +
        (m_table.hasImportId ? ", import_id" : "") + ") VALUES (" +
        placeholders(count + (m_table.hasImportId ? 2 : 1), 1) + ")" +
        (m_table.keysArePrimary ? " ON CONFLICT DO NOTHING" : "")));
    m_update = std::make_unique<store::Statement>(
        connection.prepare("UPDATE " + table + " SET " + joined(m_table.columns, ", ", " = ?") +
                           (m_table.hasImportId ? ", import_id = ?" : "") + " WHERE " +
                           keyCondition(keys, updateKeysFrom)));
    if (m_table.keysArePrimary && count <= kSignalBatchValueColumns) {
        registerSignalBatchTable(connection);
        std::string values;
        for (std::size_t i = 0; i < count; ++i)
            values += ", v" + std::to_string(i);
        m_insertBatch = std::make_unique<RawStatement>(
            connection,
            "INSERT OR FAIL INTO " + table + "(account_id, " + joined(m_table.columns, ", ") +
                (m_table.hasImportId ? ", import_id" : "") + ") SELECT account_id" + values +
                (m_table.hasImportId ? ", ?2" : "") + " FROM tenure_signal_batch(?1)");
    }
    if (m_table.contactColumn) {
        m_findContact = std::make_unique<store::Statement>(connection.prepare(
            "SELECT id FROM contacts WHERE account_id = ?1 AND email = ?2 COLLATE NOCASE "
            "ORDER BY id LIMIT 1"));
    }
}

SignalWriter::~SignalWriter() = default;

// The UPDATE binds the columns, then the import id, then the keys.
int SignalWriter::updateKeysParameter() const
{
    return static_cast<int>(m_table.columns.size()) + (m_table.hasImportId ? 2 : 1);
}

QString SignalWriter::keyNames() const
{
    QStringList names;
    for (const std::size_t index : m_keyIndexes)
        names.append(QLatin1String(m_table.columns[index]));
    return names.join(QStringLiteral(", "));
}

void SignalWriter::linkContact(std::int64_t accountId, SignalRow& row)
{
    if (!m_findContact || row.personEmail.empty())
        return;
    m_findContact->bind(1, accountId).bind(2, std::string_view(row.personEmail));
    if (m_findContact->step())
        row.values.front() = m_findContact->intValue(0); // contact_id is the first column
    m_findContact->reset();
}

void SignalWriter::bindValues(store::Statement& statement, int first, const SignalRow& row) const
{
    for (std::size_t i = 0; i < row.values.size(); ++i)
        bindValue(statement, first + static_cast<int>(i), row.values[i]);
    if (m_table.hasImportId)
        statement.bind(first + static_cast<int>(row.values.size()), m_importId);
}

void SignalWriter::bindKeys(store::Statement& statement, int first, std::int64_t accountId,
                            const SignalRow& row) const
{
    statement.bind(first, accountId);
    for (std::size_t i = 0; i < m_keyIndexes.size(); ++i)
        bindValue(statement, first + 1 + static_cast<int>(i), row.values[m_keyIndexes[i]]);
}

bool SignalWriter::sameValues(const store::Statement& found, const SignalRow& row) const
{
    for (std::size_t i = 0; i < row.values.size(); ++i) {
        if (!storedEquals(found, static_cast<int>(i), row.values[i]))
            return false;
    }
    return true;
}

bool SignalWriter::seenBefore(std::int64_t accountId, const SignalRow& row)
{
    // The keys' bytes, each tagged with its type, hashed without making text of them.
    std::string& key = m_keyBytes;
    key = std::to_string(accountId);
    for (const std::size_t index : m_keyIndexes) {
        const SqlValue& value = row.values[index];
        key += '\x1f';
        if (const auto* integer = std::get_if<std::int64_t>(&value)) {
            key += 'i';
            key += std::to_string(*integer);
        } else if (const auto* real = std::get_if<double>(&value)) {
            char digits[32];
            const auto end = std::to_chars(digits, digits + sizeof digits, *real).ptr;
            key += 'r';
            key.append(digits, end);
        } else if (const auto* text = std::get_if<std::string>(&value)) {
            key += 't';
            key += *text;
        } else {
            key += 'n';
        }
    }
    return !m_seen.insert(std::hash<std::string>{}(key));
}

WriteOutcome SignalWriter::write(std::int64_t accountId, SignalRow& row, QString* change)
{
    return admit(accountId, row) ? store(accountId, row, change) : WriteOutcome::Duplicate;
}

bool SignalWriter::admit(std::int64_t accountId, SignalRow& row)
{
    linkContact(accountId, row);
    return !seenBefore(accountId, row);
}

std::size_t SignalWriter::insertLeadingNew(std::span<const SignalRow* const> rows,
                                           std::span<const std::int64_t> accountIds)
{
    // As PeriodWriter::insertLeadingNew: not after a row that was in the book.
    if (!m_insertBatch || !m_expectNew)
        return 0;
    SignalsToInsert batch{rows, accountIds};
    m_insertBatch->bindPointer(1, &batch, kSignalsToInsertPointer);
    if (m_table.hasImportId)
        m_insertBatch->bind(2, m_importId);
    return m_insertBatch->insertUntilKeyConflict();
}

WriteOutcome SignalWriter::store(std::int64_t accountId, const SignalRow& row, QString* change)
{
    const auto insert = [&] {
        m_insert->bind(1, accountId);
        bindValues(*m_insert, 2, row);
        m_insert->exec();
    };
    // Where the keys are the primary key, SQLite refuses a repeated row by
    // itself, so while rows keep turning out new (a first import, next week's
    // usage) they are inserted without a lookup first, as PeriodWriter does;
    // once one turns out to be there already (a re-import), rows are looked
    // up first again.
    if (m_table.keysArePrimary && m_expectNew) {
        insert();
        if (m_connection.changes() > 0)
            return WriteOutcome::Inserted;
    }
    bindKeys(*m_find, 1, accountId, row);
    if (!m_find->step()) {
        m_find->reset();
        m_expectNew = true;
        insert();
        return WriteOutcome::Inserted;
    }
    m_expectNew = false;
    if (sameValues(*m_find, row)) {
        m_find->reset();
        return WriteOutcome::Unchanged;
    }
    QStringList changed;
    for (std::size_t i = 0; i < row.values.size(); ++i) {
        if (!storedEquals(*m_find, static_cast<int>(i), row.values[i]))
            changed.append(QStringLiteral("%1 %2 → %3")
                               .arg(QLatin1String(m_table.columns[i]),
                                    shownStored(*m_find, static_cast<int>(i)),
                                    shown(row.values[i])));
    }
    m_find->reset();
    *change = QStringLiteral("%1: %2").arg(QLatin1String(m_table.table),
                                           changed.join(QStringLiteral(", ")));
    bindValues(*m_update, 1, row);
    bindKeys(*m_update, updateKeysParameter(), accountId, row);
    m_update->exec();
    return WriteOutcome::Updated;
}

} // namespace tenure::import
