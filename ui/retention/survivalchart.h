#pragma once

#include "metrics/survivalstrata.h"

#include <QWidget>

class QChartView;
class QGridLayout;

namespace tenure::ui {

// The retention curve: Kaplan-Meier survival of accounts by months since they
// first paid, one step line per stratum with its 95% band shaded and its
// median marked, and the number still at risk under the chart.
class SurvivalChart : public QWidget
{
    Q_OBJECT
public:
    explicit SurvivalChart(QWidget* parent = nullptr);
    void setCurves(const std::vector<metrics::SurvivalStratum>& curves);
    QChartView* chartView() const { return m_view; }

private:
    void fillAtRiskTable(const std::vector<metrics::SurvivalStratum>& curves, int lastMonth);

    QChartView* m_view;
    QWidget* m_atRisk;
    QGridLayout* m_atRiskLayout;
};

} // namespace tenure::ui
