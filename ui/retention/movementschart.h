#pragma once

#include "metrics/movements.h"

#include <QChartView>

namespace tenure::ui {

// MRR movements per month: new, expansion and reactivation stacked up,
// contraction and churn stacked down, and the net change as a line. A click
// on a bar asks for the accounts behind that month.
class MovementsChart : public QChartView
{
    Q_OBJECT
public:
    explicit MovementsChart(QWidget* parent = nullptr);
    void setMovements(const std::vector<metrics::MonthMovements>& months, const QString& currency);

Q_SIGNALS:
    void monthClicked(int index);
};

} // namespace tenure::ui
