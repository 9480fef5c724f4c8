#include "periodwriter.h"

#include "rawstatement.h"
#include "store/sqlite.h"

#include <QLocale>

namespace tenure::import {

namespace {

// The stored columns compared between an existing row and a new one, in the
// order of the SELECT and of the UPDATE's parameters.
constexpr const char* kCompared[] = {
    "account_id", "plan",           "end_on",   "amount_minor", "interval_unit", "interval_count",
    "quantity",   "discount_minor", "currency", "mrr_minor",    "source_status", "canceled_on"};
constexpr int kComparedCount = 12;

struct Values
{
    std::int64_t accountId;
    std::string_view plan;
    std::string_view endOn; // empty: NULL
    std::int64_t amount;
    std::string_view unit;
    std::int64_t count;
    double quantity;
    std::int64_t discount;
    std::string_view currency;
    std::int64_t mrr;
    std::string_view status;
    std::string_view canceledOn; // empty: NULL
};

void bindValues(store::Statement& statement, int first, const Values& values)
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
void bindValues(RawStatement& statement, int first, const Values& values)
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

// Whether the stored row (columns 1 to 12 of the lookup, in kCompared's
// order) already holds `values`: compared as stored, without making text of
// every number, since a re-import of an unchanged export asks this of every row.
bool sameAsStored(const store::Statement& row, const Values& values)
{
    const auto text = [&row](int column, std::string_view value) {
        return row.isNull(column) ? value.empty() : row.utf8Value(column) == value;
    };
    return row.intValue(1) == values.accountId && text(2, values.plan) && text(3, values.endOn) &&
           row.intValue(4) == values.amount && text(5, values.unit) &&
           row.intValue(6) == values.count && row.doubleValue(7) == values.quantity &&
           row.intValue(8) == values.discount && text(9, values.currency) &&
           row.intValue(10) == values.mrr && text(11, values.status) && text(12, values.canceledOn);
}

QString stored(const store::Statement& row, int column)
{
    return row.isNull(column) ? QStringLiteral("—") : row.textValue(column);
}

// The shortest text that reads back as exactly this number: 2.5, not 2.50000.
QString exactText(double number)
{
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

// "mrr_minor 1000 → 2000, end_on — → 2024-06-01", or empty when nothing changed.
QString differences(const store::Statement& row, const Values& values)
{
    const QString now[kComparedCount] = {
        QString::number(values.accountId),
        values.plan.empty() ? QStringLiteral("—") : QString::fromUtf8(values.plan),
        values.endOn.empty() ? QStringLiteral("—") : QString::fromUtf8(values.endOn),
        QString::number(values.amount),
        QString::fromUtf8(values.unit),
        QString::number(values.count),
        exactText(values.quantity),
        QString::number(values.discount),
        QString::fromUtf8(values.currency),
        QString::number(values.mrr),
        values.status.empty() ? QStringLiteral("—") : QString::fromUtf8(values.status),
        values.canceledOn.empty() ? QStringLiteral("—") : QString::fromUtf8(values.canceledOn)};
    QStringList changes;
    for (int i = 0; i < kComparedCount; ++i) {
        const int column = i + 1;
        const QString before = i == 6 ? exactText(row.doubleValue(column)) : stored(row, column);
        if (before != now[i])
            changes.append(
                QStringLiteral("%1 %2 → %3").arg(QLatin1String(kCompared[i]), before, now[i]));
    }
    return changes.join(QStringLiteral(", "));
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
    m_update = std::make_unique<store::Statement>(connection.prepare(
        "UPDATE subscription_periods SET account_id = ?, plan = ?, end_on = ?, amount_minor = ?, "
        "interval_unit = ?, interval_count = ?, quantity = ?, discount_minor = ?, currency = ?, "
        "mrr_minor = ?, source_status = ?, canceled_on = ?, import_id = ? WHERE id = ?"));
}

PeriodWriter::~PeriodWriter() = default;

WriteOutcome PeriodWriter::write(const PeriodRow& row, const TextArena& text,
                                 std::int64_t accountId, QString* change)
{
    const IsoDate start(row.start);
    const IsoDate end(row.end.isValid() ? row.end : row.start);
    const IsoDate canceled(row.canceled.isValid() ? row.canceled : row.start);
    const Values values{accountId,
                        text.view(row.plan),
                        row.end.isValid() ? end.view() : std::string_view(),
                        row.amountMinor,
                        row.interval.unitName(),
                        row.interval.count,
                        row.quantity,
                        row.discountMinor,
                        std::string_view(row.currency, 3),
                        row.mrrMinor,
                        text.view(row.status),
                        row.canceled.isValid() ? canceled.view() : std::string_view()};
    const std::string_view source(m_source.constData(), static_cast<std::size_t>(m_source.size()));
    const std::string_view externalId = text.view(row.externalId);

    // Insert first: in a first import nearly every row is new, and the unique
    // key tells the rare repeated one without a lookup per row.
    m_insert->bind(1, source).bind(2, externalId).bind(3, start.view());
    bindValues(*m_insert, 4, values);
    m_insert->bind(16, m_importId);
    m_insert->step();
    m_insert->reset();
    if (m_connection.changes() > 0)
        return WriteOutcome::Inserted;

    m_find->bind(1, source).bind(2, externalId).bind(3, start.view());
    if (m_find->step()) {
        const std::int64_t id = m_find->intValue(0);
        const bool ours = !m_find->isNull(13) && m_find->intValue(13) == m_importId;
        if (ours || sameAsStored(*m_find, values)) {
            m_find->reset();
            return ours ? WriteOutcome::Duplicate : WriteOutcome::Unchanged;
        }
        const QString changed = differences(*m_find, values);
        m_find->reset();
        if (changed.isEmpty())
            return WriteOutcome::Unchanged; // NULL against '': no difference a user would see
        bindValues(*m_update, 1, values);
        m_update->bind(13, m_importId).bind(14, id);
        m_update->exec();
        if (change)
            *change =
                QStringLiteral("%1 %2: %3")
                    .arg(QString::fromUtf8(externalId), QString::fromUtf8(start.view()), changed);
        return WriteOutcome::Updated;
    }
    m_find->reset();
    return WriteOutcome::Unchanged; // not reached: the insert met an existing key
}

} // namespace tenure::import
