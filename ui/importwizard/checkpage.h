#pragma once

#include "import/progressestimator.h"

#include <QElapsedTimer>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace tenure::import {
class ImportJob;
class RejectionModel;
} // namespace tenure::import

namespace tenure::ui {

class ProgressPanel;
class RatesBox;
struct WizardState;

// Reads every row of every file without writing (a dry run on a worker) and
// shows what the import would do: rows to add and update, new accounts, and
// every rejected row with file, line, column, value and reason. With rejected
// rows the user either imports the valid rows only, or cancels.
class CheckPage : public QWizardPage
{
    Q_OBJECT

public:
    CheckPage(WizardState& state, QWidget* parent = nullptr);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

    bool isChecking() const;
    void cancel();
    const import::RejectionModel& rejections() const { return *m_rejections; }

private:
    void showProgress(const import::ProgressSnapshot& snapshot);
    void showResult();
    QString summaryText() const;

    WizardState& m_state;
    import::ImportJob* m_job;
    import::RejectionModel* m_rejections;
    ProgressPanel* m_progress;
    QWidget* m_results;
    QLabel* m_summary;
    QTableView* m_table;
    QLabel* m_detail; // the selected rejection in full, however long its reason
    QPushButton* m_save;
    QCheckBox* m_skip;
    RatesBox* m_rates;
    std::vector<std::int64_t> m_sizes;
    import::ProgressEstimator m_estimator;
    QElapsedTimer m_clock;
};

} // namespace tenure::ui
