#include "rejectionmodel.h"

namespace tenure::import {

void RejectionModel::setRejections(std::vector<Rejection> rejections)
{
    beginResetModel();
    m_rejections = std::move(rejections);
    endResetModel();
}

int RejectionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rejections.size());
}

int RejectionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Rejection& rejection = m_rejections[static_cast<std::size_t>(index.row())];
    if (role == Qt::ToolTipRole)
        return rejection.toText();
    if (role == Qt::TextAlignmentRole &&
        (index.column() == LineColumn || index.column() == ColumnNumberColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case FileColumn:
        return rejection.file;
    case LineColumn:
        return QVariant::fromValue(rejection.line);
    case ColumnNumberColumn:
        // 0: the whole row is at fault, not one of its fields.
        return rejection.column > 0 ? QVariant(rejection.column) : QVariant(QString());
    case ColumnNameColumn:
        return rejection.columnName;
    case ValueColumn:
        return rejection.value;
    case ReasonColumn:
        return rejection.reason;
    default:
        return {};
    }
}

QVariant RejectionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return tr("File");
    case LineColumn:
        return tr("Line");
    case ColumnNumberColumn:
        return tr("Column");
    case ColumnNameColumn:
        return tr("Header");
    case ValueColumn:
        return tr("Value");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace tenure::import
