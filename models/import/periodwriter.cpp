#include "periodwriter.h"

#include "periodbatchtable.h"
#include "periodvalues.h"
#include "rawstatement.h"
#include "store/sqlite.h"

#include <QLocale>

#include <array>
#include <variant>

namespace tenure::import {

namespace {

// The stored columns compared between an existing row and a new one, in the
// order of the SELECT and of the UPDATE's parameters.
constexpr const char* kCompared[] = {
    "account_id", "plan",           "end_on",   "amount_minor", "interval_unit", "interval_count",
    "quantity",   "discount_minor", "currency", "mrr_minor",    "source_status", "canceled_on"};
constexpr int kComparedCount = 12;

void bindValues(store::Statement& statement, int first, const PeriodValues& values)
{
    const auto text = [&](int index, std::string_view value) {
        if (value.empty())
            statement.bindNull(index);
        else
            statement.bind(index, value);
    };
    statement.bind(first, values.accountId);
    text(first + 1, values.plan);
    text(first + 2, values.endOn);
    statement.bind(first + 3, values.amount);
    statement.bind(first + 4, values.unit);
    statement.bind(first + 5, values.count);
    statement.bind(first + 6, values.quantity);
    statement.bind(first + 7, values.discount);
    statement.bind(first + 8, values.currency);
    statement.bind(first + 9, values.mrr);
    text(first + 10, values.status);
    text(first + 11, values.canceledOn);
}

// The bulk path: the same values, bound without copies.
void bindValues(RawStatement& statement, int first, const PeriodValues& values)
{
    statement.bind(first, values.accountId);
    statement.bindTextOrNull(first + 1, values.plan);
    statement.bindTextOrNull(first + 2, values.endOn);
    statement.bind(first + 3, values.amount);
    statement.bind(first + 4, values.unit);
    statement.bind(first + 5, values.count);
    statement.bind(first + 6, values.quantity);
    statement.bind(first + 7, values.discount);
    statement.bind(first + 8, values.currency);
    statement.bind(first + 9, values.mrr);
    statement.bindTextOrNull(first + 10, values.status);
    statement.bindTextOrNull(first + 11, values.canceledOn);
}

// One compared value as the book stores it; empty text stands for NULL.
using Compared = std::variant<std::int64_t, double, std::string_view>;

// The new values in kCompared's order.
std::array<Compared, kComparedCount> compared(const PeriodValues& values)
{
    return {values.accountId, values.plan,  values.endOn,    values.amount,
            values.unit,      values.count, values.quantity, values.discount,
            values.currency,  values.mrr,   values.status,   values.canceledOn};
}

// Whether `column` of the lookup already holds `value`, compared as stored
// (numbers as numbers): a re-import of an unchanged export asks this of every
// column of every row.
bool isStored(const store::Statement& row, int column, const Compared& value)
{
    if (const auto* text = std::get_if<std::string_view>(&value))
        return row.isNull(column) ? text->empty() : row.utf8Value(column) == *text;
    if (row.isNull(column))
        return false;
    if (const auto* integer = std::get_if<std::int64_t>(&value))
        return row.intValue(column) == *integer;
    return row.doubleValue(column) == std::get<double>(value);
}

// The shortest text that reads back as exactly this number: 2.5, not 2.50000.
QString exactText(double number)
{
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

QString shownNew(const Compared& value)
{
    if (const auto* integer = std::get_if<std::int64_t>(&value))
        return QString::number(*integer);
    if (const auto* real = std::get_if<double>(&value))
        return exactText(*real);
    const std::string_view text = std::get<std::string_view>(value);
    return text.empty() ? QStringLiteral("—")
                        : QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString shownStored(const store::Statement& row, int column, const Compared& value)
{
    if (row.isNull(column))
        return QStringLiteral("—");
    return std::holds_alternative<double>(value) ? exactText(row.doubleValue(column))
                                                 : row.textValue(column);
}

// "mrr_minor 1000 → 2000, end_on — → 2024-06-01", or empty when the stored
// row (columns 1 to 12 of the lookup) already holds every value.
QString differences(const store::Statement& row, const PeriodValues& values)
{
    QStringList changes;
    const auto now = compared(values);
    for (int i = 0; i < kComparedCount; ++i) {
        const int column = i + 1;
        if (!isStored(row, column, now[i]))
            changes.append(QStringLiteral("%1 %2 → %3")
                               .arg(QLatin1String(kCompared[i]), shownStored(row, column, now[i]),
                                    shownNew(now[i])));
    }
    return changes.join(QStringLiteral(", "));
}

// The row's key as a person reads it: "sub_1, 2024-01-01", or without a
// subscription id the customer and plan it was composed of: "A1, Pro, 2024-01-01".
QString shownKey(const PeriodRow& row, const TextArena& text, std::string_view startOn)
{
    QStringList parts;
    const auto add = [&parts](std::string_view part) {
        if (!part.empty())
            parts.append(QString::fromUtf8(part.data(), static_cast<qsizetype>(part.size())));
    };
    if (row.externalIdComposed) {
        add(text.view(row.customer.id));
        add(text.view(row.plan));
    } else {
        add(text.view(row.externalId));
    }
    add(startOn);
    return parts.join(QStringLiteral(", "));
}

} // namespace

PeriodWriter::PeriodWriter(store::Connection& connection, const QString& source,
                           std::int64_t importId)
    : m_connection(connection)
    , m_source(source.toUtf8())
    , m_importId(importId)
{
    m_find = std::make_unique<store::Statement>(connection.prepare(
        "SELECT id, account_id, plan, end_on, amount_minor, interval_unit, interval_count, "
        "quantity, discount_minor, currency, mrr_minor, source_status, canceled_on, import_id "
        "FROM subscription_periods WHERE source = ? AND external_id = ? AND start_on = ?"));
    m_insert = std::make_unique<RawStatement>(
        connection,
        "INSERT INTO subscription_periods(source, external_id, start_on, account_id, plan, "
        "end_on, amount_minor, interval_unit, interval_count, quantity, discount_minor, "
        "currency, mrr_minor, source_status, canceled_on, import_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
    registerPeriodBatchTable(connection);
    m_insertBatch = std::make_unique<RawStatement>(
        connection,
        "INSERT OR FAIL INTO subscription_periods(source, external_id, start_on, account_id, "
        "plan, end_on, amount_minor, interval_unit, interval_count, quantity, discount_minor, "
        "currency, mrr_minor, source_status, canceled_on, import_id) "
        "SELECT ?2, external_id, start_on, account_id, plan, end_on, amount_minor, "
        "interval_unit, interval_count, quantity, discount_minor, currency, mrr_minor, "
        "source_status, canceled_on, ?3 FROM tenure_period_batch(?1)");
    m_update = std::make_unique<store::Statement>(connection.prepare(
        "UPDATE subscription_periods SET account_id = ?, plan = ?, end_on = ?, amount_minor = ?, "
        "interval_unit = ?, interval_count = ?, quantity = ?, discount_minor = ?, currency = ?, "
        "mrr_minor = ?, source_status = ?, canceled_on = ?, import_id = ? WHERE id = ?"));
}

PeriodWriter::~PeriodWriter() = default;

std::size_t PeriodWriter::insertLeadingNew(std::span<const PeriodRow> rows, const TextArena& text,
                                           std::span<const std::int64_t> accountIds)
{
    // After a row that was in the book, the next ones likely are too (a
    // re-import): trying the batch would only find that out at its first row.
    if (!m_expectNew)
        return 0;
    PeriodsToInsert batch{rows, &text, accountIds};
    const std::string_view source(m_source.constData(), static_cast<std::size_t>(m_source.size()));
    m_insertBatch->bindPointer(1, &batch, kPeriodsToInsertPointer)
        .bind(2, source)
        .bind(3, m_importId);
    return m_insertBatch->insertUntilKeyConflict();
}

WriteOutcome PeriodWriter::write(const PeriodRow& row, const TextArena& text,
                                 std::int64_t accountId, QString* change)
{
    const PeriodValues values(row, text, accountId);
    const std::string_view source(m_source.constData(), static_cast<std::size_t>(m_source.size()));

    const auto inserted = [&] {
        m_insert->bind(1, source).bind(2, values.externalId).bind(3, values.startOn);
        bindValues(*m_insert, 4, values);
        m_insert->bind(16, m_importId);
        m_insert->step();
        m_insert->reset();
        return m_connection.changes() > 0;
    };
    // Rows come in runs: all new in a first import, all known in a re-import
    // of the same export. Guessing that a row is like the one before, either
    // run costs one search of the unique key per row: a first import inserts
    // and lets the key tell the rare repeat, a re-import looks the row up.
    if (m_expectNew && inserted())
        return WriteOutcome::Inserted;

    m_find->bind(1, source).bind(2, values.externalId).bind(3, values.startOn);
    if (!m_find->step()) {
        m_find->reset();
        m_expectNew = true;
        return inserted() ? WriteOutcome::Inserted : WriteOutcome::Unchanged;
    }
    m_expectNew = false;
    const std::int64_t id = m_find->intValue(0);
    const bool ours = !m_find->isNull(13) && m_find->intValue(13) == m_importId;
    const QString changed = ours ? QString() : differences(*m_find, values);
    m_find->reset();
    if (ours)
        return WriteOutcome::Duplicate;
    if (changed.isEmpty())
        return WriteOutcome::Unchanged;
    bindValues(*m_update, 1, values);
    m_update->bind(13, m_importId).bind(14, id);
    m_update->exec();
    if (change)
        *change = QStringLiteral("%1: %2").arg(shownKey(row, text, values.startOn), changed);
    return WriteOutcome::Updated;
}

} // namespace tenure::import
