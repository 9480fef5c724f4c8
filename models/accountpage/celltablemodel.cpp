#include "celltablemodel.h"

#include <algorithm>

namespace tenure::account {

CellTableModel::CellTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CellTableModel::setTable(CellTable table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

int CellTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table.rows.size());
}

int CellTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table.headers.size());
}

QVariant CellTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CellRow& row = m_table.rows[static_cast<std::size_t>(index.row())];
    const auto column = static_cast<std::size_t>(index.column());
    const Cell cell = column < row.cells.size() ? row.cells[column] : Cell{};
    switch (role) {
    case Qt::DisplayRole:
        return cell.text;
    case Qt::ToolTipRole:
        return cell.toolTip.isEmpty() ? QVariant() : QVariant(cell.toolTip);
    case SortRole:
        return cell.sortValue.isNull() ? QVariant(cell.text) : cell.sortValue;
    case KeyRole:
        return row.key;
    case HeadingRole:
        return row.heading;
    case Qt::TextAlignmentRole: {
        const auto& numeric = m_table.numericColumns;
        const bool right =
            std::find(numeric.begin(), numeric.end(), index.column()) != numeric.end();
        return QVariant::fromValue((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    default:
        return {};
    }
}

QVariant CellTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < m_table.headers.size())
        return m_table.headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace tenure::account
