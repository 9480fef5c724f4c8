#include "mappingmodel.h"

#include <algorithm>

namespace tenure::import {

namespace {

constexpr int kSamples = 3;

bool contains(const std::vector<Field>& fields, Field field)
{
    return std::find(fields.begin(), fields.end(), field) != fields.end();
}

} // namespace

void MappingModel::setPlan(const FilePlan& plan)
{
    const std::vector<Field> fields = kindFields(plan.kind);
    const bool sameShape = fields == m_fields && plan.headers == m_headers;
    if (!sameShape)
        beginResetModel();
    m_fields = fields;
    m_kind = plan.kind;
    m_headers = plan.headers;
    m_preview = plan.preview;
    m_mapping = plan.mapping;
    m_missing = plan.missingFields;
    if (!sameShape)
        endResetModel();
    else if (!m_fields.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int MappingModel::rowOf(Field field) const
{
    const auto at = std::find(m_fields.begin(), m_fields.end(), field);
    return at == m_fields.end() ? -1 : static_cast<int>(at - m_fields.begin());
}

int MappingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_fields.size());
}

int MappingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool MappingModel::isRequired(Field field) const
{
    // Subscriptions need a monthly amount or an amount per interval: either will do.
    if (m_kind == Kind::Subscriptions && field == Field::Amount)
        return true;
    return contains(requiredFields(m_kind), field);
}

bool MappingModel::isMissing(Field field) const
{
    if (m_kind == Kind::Subscriptions && field == Field::Amount)
        return contains(m_missing, Field::Mrr);
    return contains(m_missing, field);
}

QString MappingModel::sampleValues(int column) const
{
    QStringList values;
    for (const QStringList& row : m_preview) {
        const QString value = row.value(column).trimmed();
        if (!value.isEmpty() && !values.contains(value))
            values.append(value);
        if (values.size() == kSamples)
            break;
    }
    return values.join(QStringLiteral(" · "));
}

QVariant MappingModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Field field = fieldAt(index.row());
    const int column = m_mapping.column(field);
    if (role == RequiredRole)
        return isRequired(field);
    if (role == MissingRole)
        return isMissing(field);
    if (role == ChoicesRole)
        return m_headers;
    switch (index.column()) {
    case FieldColumn:
        if (role == Qt::DisplayRole)
            return fieldLabel(field);
        if (role == Qt::ToolTipRole)
            return QLatin1String(fieldSpec(field).key);
        break;
    case RequiredColumn:
        if (role == Qt::DisplayRole && isRequired(field)) {
            const bool either =
                m_kind == Kind::Subscriptions && (field == Field::Mrr || field == Field::Amount);
            return either ? tr("MRR or amount") : tr("Required");
        }
        break;
    case FileColumn:
        if (role == Qt::EditRole)
            return column;
        if (role == Qt::DisplayRole)
            return column >= 0 ? m_headers.value(column) : tr("— not imported —");
        break;
    case SamplesColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return column >= 0 ? sampleValues(column) : QString();
        break;
    default:
        break;
    }
    return {};
}

bool MappingModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != FileColumn ||
        role != Qt::EditRole)
        return false;
    bool ok = false;
    const int column = value.toInt(&ok);
    if (!ok || column < -1 || column >= m_headers.size())
        return false;
    const Field field = fieldAt(index.row());
    if (column == m_mapping.column(field))
        return true;
    m_mapping.set(field, column);
    Q_EMIT dataChanged(index.siblingAtColumn(FieldColumn), index.siblingAtColumn(SamplesColumn));
    Q_EMIT columnChosen(field, column);
    return true;
}

Qt::ItemFlags MappingModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == FileColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant MappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case RequiredColumn:
        return tr("Needed");
    case FileColumn:
        return tr("Column in the file");
    case SamplesColumn:
        return tr("Sample values");
    default:
        return {};
    }
}

} // namespace tenure::import
