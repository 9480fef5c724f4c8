#pragma once

#include "cohorts.h"

#include <QAbstractTableModel>

namespace tenure::metrics {

// The cohort table: one row per signup month, one column per age in months.
// Display is the retention in percent; RatioRole the raw fraction; cells past
// the as-of month are empty (no data), not zero.
class CohortTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Measure { Logos, Revenue };
    enum Role { RatioRole = Qt::UserRole + 1 };

    explicit CohortTableModel(QObject* parent = nullptr);
    void setCohorts(std::vector<CohortRow> cohorts, Measure measure);
    const CohortRow& cohort(int row) const { return m_cohorts[static_cast<std::size_t>(row)]; }
    Measure measure() const { return m_measure; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<CohortRow> m_cohorts;
    Measure m_measure = Measure::Logos;
    int m_ages = 0;
};

} // namespace tenure::metrics
