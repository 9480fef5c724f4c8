#include "accounttablemodel.h"

#include "metrics/currency.h"

namespace tenure::accounts {

AccountTableModel::AccountTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AccountTableModel::setAccounts(AccountList list)
{
    beginResetModel();
    m_list = std::move(list);
    endResetModel();
}

int AccountTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_list.rows.size());
}

int AccountTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AccountTableModel::money(std::int64_t minor) const
{
    return metrics::formatMoney(minor, m_list.baseCurrency, m_locale);
}

QVariant AccountTableModel::display(const AccountRow& row, int column) const
{
    switch (column) {
    case Name:
        return row.name;
    case Owner:
        return row.owner;
    case Segment:
        return row.segment;
    case Plan:
        return row.plan;
    case Mrr:
        return row.mrrUnknown ? tr("no rate") : money(row.mrrMinor);
    case Arr:
        return row.mrrUnknown ? tr("no rate") : money(row.mrrMinor * 12);
    case Start:
        return m_locale.toString(row.start, QLocale::ShortFormat);
    case Renewal:
        return m_locale.toString(row.renewal, QLocale::ShortFormat);
    case Status:
        return row.status;
    }
    return {};
}

QVariant AccountTableModel::sortValue(const AccountRow& row, int column) const
{
    switch (column) {
    case Name:
        return static_cast<int>(&row - m_list.rows.data()); // the rows are in name order
    case Mrr:
    case Arr:
        return QVariant::fromValue<qlonglong>(row.mrrMinor);
    case Start:
        return row.start.toJulianDay();
    case Renewal:
        return row.renewal.isValid() ? row.renewal.toJulianDay()
                                     : std::numeric_limits<qint64>::max();
    default:
        return display(row, column);
    }
}

QVariant AccountTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AccountRow& row = m_list.rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case AccountIdRole:
        return QVariant::fromValue<qlonglong>(row.id);
    case Qt::TextAlignmentRole:
        if (index.column() == Mrr || index.column() == Arr)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (row.mrrUnknown && (index.column() == Mrr || index.column() == Arr))
            return tr("A subscription is in a currency with no exchange rate on %1; add a rate "
                      "to count it.")
                .arg(m_locale.toString(m_list.asOf, QLocale::ShortFormat));
        return {};
    default:
        return {};
    }
}

QVariant AccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Account");
    case Owner:
        return tr("Owner");
    case Segment:
        return tr("Segment");
    case Plan:
        return tr("Plan");
    case Mrr:
        return tr("MRR");
    case Arr:
        return tr("ARR");
    case Start:
        return tr("Customer since");
    case Renewal:
        return tr("Renewal");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace tenure::accounts
