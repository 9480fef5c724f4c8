#pragma once

#include "metrics/mrrhistory.h"
#include "metrics/retentionoverview.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QStackedWidget;

namespace tenure::metrics {
class CohortTableModel;
class DrillDownModel;
} // namespace tenure::metrics

namespace tenure::store {
class BookDocument;
}

namespace tenure::ui {

class BookFollower;
class CohortHeatmap;
class JobRunner;
class KpiCard;
class MovementsChart;
class SurvivalChart;

// The Retention area: KPI cards for the last complete period against the one
// before, the retention curve, the cohort heatmap and MRR movements. The book's
// MRR history is read once on a worker; every control change recomputes from
// it on a worker; any number opens the accounts behind it.
class RetentionView : public QWidget
{
    Q_OBJECT
public:
    explicit RetentionView(QWidget* parent = nullptr);

    void setDocument(store::BookDocument* document); // null: clear
    bool isBusy() const;
    const metrics::RetentionOverview& overview() const { return m_overview; }
    std::shared_ptr<const metrics::MrrHistory> history() const { return m_history; }
    // The accounts behind a KPI card (0 MRR, 1 NRR, 2 GRR, 3 logo retention,
    // 4 customer churn) or a month of movements, as the drill-down shows them.
    metrics::DrillDownModel* drillDownForKpi(int card) const;
    metrics::DrillDownModel* drillDownForMonth(int index) const;

Q_SIGNALS:
    void computed();
    void accountActivated(qint64 accountId);

private:
    QWidget* buildControls();
    QWidget* buildKpis();
    QWidget* buildTabs();
    void reload();
    void historyLoaded(std::shared_ptr<const metrics::MrrHistory> history);
    void recompute();
    void showOverview();
    void fillFilter(QComboBox* box, const QString& allText, metrics::AccountField field);
    void openDrillDown(const QString& title, const QString& summary,
                       metrics::DrillDownModel* model);

    std::shared_ptr<const metrics::MrrHistory> m_history;
    metrics::RetentionOverview m_overview;
    BookFollower* m_follower;
    JobRunner* m_loadJob;
    JobRunner* m_computeJob; // the latest controls win: a newer run drops the one before

    QComboBox* m_period;
    QComboBox* m_method;
    QComboBox* m_segment;
    QComboBox* m_owner;
    QComboBox* m_plan;
    QComboBox* m_curvesBy;
    QComboBox* m_cohortMeasure;
    QLabel* m_caption;
    QStackedWidget* m_stack;
    QLabel* m_message;
    std::vector<KpiCard*> m_cards;
    SurvivalChart* m_survival;
    MovementsChart* m_movements;
    metrics::CohortTableModel* m_cohortModel;
    CohortHeatmap* m_heatmap;
};

} // namespace tenure::ui
