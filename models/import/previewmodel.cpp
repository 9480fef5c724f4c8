#include "previewmodel.h"

#include <algorithm>

namespace tenure::import {

void PreviewModel::setPlan(const FilePlan& plan)
{
    beginResetModel();
    m_headers = plan.headers;
    m_rows = plan.preview;
    m_mapping = plan.mapping;
    m_kind = plan.kind;
    m_firstLine = plan.dialect.hasHeader ? 2 : 1;
    m_columns = static_cast<int>(m_headers.size());
    for (const QStringList& row : m_rows)
        m_columns = std::max(m_columns, static_cast<int>(row.size()));
    endResetModel();
}

int PreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant PreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QStringList& row = m_rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return row.value(index.column());
    return {};
}

QString PreviewModel::mappedFields(int column) const
{
    QStringList labels;
    for (Field field : kindFields(m_kind)) {
        if (m_mapping.column(field) == column)
            labels.append(fieldLabel(field));
    }
    return labels.join(QStringLiteral(", "));
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        // The file's line, unless a quoted field above spans lines.
        if (role == Qt::DisplayRole)
            return section + m_firstLine;
        return {};
    }
    if (section < 0 || section >= m_columns)
        return {};
    const QString header =
        section < m_headers.size() ? m_headers[section] : tr("(extra field %1)").arg(section + 1);
    const QString fields = mappedFields(section);
    switch (role) {
    case Qt::DisplayRole:
        return fields.isEmpty() ? header : QStringLiteral("%1\n→ %2").arg(header, fields);
    case Qt::ToolTipRole:
        return fields.isEmpty() ? tr("%1: not imported").arg(header)
                                : tr("%1: read as %2").arg(header, fields);
    default:
        return {};
    }
}

} // namespace tenure::import
