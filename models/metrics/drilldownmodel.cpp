#include "drilldownmodel.h"

#include "currency.h"

namespace tenure::metrics {

DrillDownModel::DrillDownModel(std::shared_ptr<const MrrHistory> history, std::vector<Row> rows,
                               QString beforeTitle, QString afterTitle, QObject* parent)
    : QAbstractTableModel(parent)
    , m_history(std::move(history))
    , m_rows(std::move(rows))
    , m_beforeTitle(std::move(beforeTitle))
    , m_afterTitle(std::move(afterTitle))
{
}

int DrillDownModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DrillDownModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DrillDownModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const AccountInfo& account = m_history->accounts()[static_cast<std::size_t>(row.account)];
    const QString currency = m_history->baseCurrency();
    if (role == AccountIdRole)
        return QVariant::fromValue<qlonglong>(account.id);
    if (role == Qt::TextAlignmentRole) {
        const bool number =
            index.column() == Before || index.column() == After || index.column() == Change;
        return QVariant::fromValue((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Before:
            return QVariant::fromValue<qlonglong>(row.before);
        case After:
            return QVariant::fromValue<qlonglong>(row.after);
        case Change:
            return QVariant::fromValue<qlonglong>(row.after - row.before);
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Account:
        return account.name;
    case Segment:
        return account.segment;
    case Owner:
        return account.owner;
    case Plan:
        return account.plan;
    case Before:
        return formatMoney(row.before, currency, m_locale, 2);
    case After:
        return formatMoney(row.after, currency, m_locale, 2);
    case Change:
        return formatMoney(row.after - row.before, currency, m_locale, 2);
    case What:
        return row.what;
    }
    return {};
}

QVariant DrillDownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Account:
        return tr("Account");
    case Segment:
        return tr("Segment");
    case Owner:
        return tr("Owner");
    case Plan:
        return tr("Plan");
    case Before:
        return m_beforeTitle;
    case After:
        return m_afterTitle;
    case Change:
        return tr("Change");
    case What:
        return tr("What happened");
    }
    return {};
}

std::int64_t DrillDownModel::totalBefore() const
{
    std::int64_t total = 0;
    for (const Row& row : m_rows)
        total += row.before;
    return total;
}

std::int64_t DrillDownModel::totalAfter() const
{
    std::int64_t total = 0;
    for (const Row& row : m_rows)
        total += row.after;
    return total;
}

} // namespace tenure::metrics
