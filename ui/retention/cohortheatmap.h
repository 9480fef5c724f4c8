#pragma once

#include <QTableView>

namespace tenure::metrics {
class CohortTableModel;
}

namespace tenure::ui {

// The cohort table as a heatmap: the darker the cell, the more of the cohort
// is still there. Empty cells lie past the as-of date.
class CohortHeatmap : public QTableView
{
    Q_OBJECT
public:
    explicit CohortHeatmap(metrics::CohortTableModel* model, QWidget* parent = nullptr);

Q_SIGNALS:
    void cellChosen(int cohortRow, int age);
};

} // namespace tenure::ui
