#include "cohorttablemodel.h"

#include <cmath>

namespace tenure::metrics {

CohortTableModel::CohortTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CohortTableModel::setCohorts(std::vector<CohortRow> cohorts, Measure measure)
{
    beginResetModel();
    m_cohorts = std::move(cohorts);
    m_measure = measure;
    m_ages = 0;
    for (const CohortRow& row : m_cohorts)
        m_ages = std::max(m_ages, static_cast<int>(row.mrr.size()));
    endResetModel();
}

int CohortTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cohorts.size());
}

int CohortTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_ages;
}

QVariant CohortTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CohortRow& row = cohort(index.row());
    const int age = index.column();
    if (age >= static_cast<int>(row.mrr.size()))
        return {}; // past the as-of month
    const double ratio =
        m_measure == Measure::Logos ? row.logoRetention(age) : row.revenueRetention(age);
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1%").arg(std::lround(ratio * 100));
    case RatioRole:
        return ratio;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::ToolTipRole:
        return tr("Signed up %1, month %2: %3 of %4 accounts active, %5% of starting MRR")
            .arg(row.cohort.toString())
            .arg(age)
            .arg(row.activeAccounts[static_cast<std::size_t>(age)])
            .arg(row.size)
            .arg(std::lround(row.revenueRetention(age) * 100));
    default:
        return {};
    }
}

QVariant CohortTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return QString::number(section);
    if (section < 0 || section >= rowCount())
        return {};
    const CohortRow& row = cohort(section);
    return tr("%1 (%2)").arg(row.cohort.toString()).arg(row.size);
}

} // namespace tenure::metrics
