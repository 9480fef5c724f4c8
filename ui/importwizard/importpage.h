#pragma once

#include "import/progressestimator.h"

#include <QElapsedTimer>
#include <QWizardPage>

class QPushButton;

namespace tenure::import {
class ImportJob;
}

namespace tenure::ui {

class ProgressPanel;
struct WizardState;

// The import itself, on a worker: a progress bar with rows per second and
// the time left, and Cancel, which rolls everything back. Moves on to the
// summary when the import ends, however it ends.
class ImportPage : public QWizardPage
{
    Q_OBJECT

public:
    ImportPage(WizardState& state, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

    bool isImporting() const;
    void cancel();

Q_SIGNALS:
    void committed(); // the rows are in the book

private:
    void showProgress(const import::ProgressSnapshot& snapshot);
    void finish();

    WizardState& m_state;
    import::ImportJob* m_job;
    ProgressPanel* m_progress;
    QPushButton* m_cancel;
    std::vector<std::int64_t> m_rows;
    import::ProgressEstimator m_estimator;
    QElapsedTimer m_clock;
};

} // namespace tenure::ui
