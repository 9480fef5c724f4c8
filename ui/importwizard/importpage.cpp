#include "importpage.h"

#include "import/importjob.h"
#include "import/importsession.h"
#include "progresspanel.h"
#include "wizardstate.h"

#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

#include <cmath>
#include <numeric>

namespace tenure::ui {

ImportPage::ImportPage(WizardState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_job(new import::ImportJob(this))
{
    setTitle(tr("Importing"));
    setSubTitle(tr("You can keep working in other windows. Cancel leaves the book as it was."));
    m_progress = new ProgressPanel(this);
    m_cancel = new QPushButton(tr("&Cancel Import"), this);
    connect(m_cancel, &QPushButton::clicked, this, &ImportPage::cancel);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(m_job, &import::ImportJob::progressed, this, &ImportPage::showProgress);
    connect(m_job, &import::ImportJob::finished, this, &ImportPage::finish);
}

void ImportPage::initializePage()
{
    m_state.result = {};
    m_rows.clear();
    for (const import::FileOutcome& file : m_state.check.outcome.files)
        m_rows.push_back(file.rowsRead);
    m_estimator.restart(std::accumulate(m_rows.begin(), m_rows.end(), std::int64_t{0}));
    m_clock.start();
    m_progress->reset(tr("Starting…"));
    m_cancel->setEnabled(true);

    import::ImportOptions options = m_state.session->options();
    options.skipInvalid = m_state.skipInvalid;
    options.confirmedMatches = m_state.confirmedMatches;
    m_job->start(m_state.session->bookPath(), m_state.session->paths(), options,
                 m_state.session->mappingsToRemember(), m_state.forwarder);
}

bool ImportPage::isComplete() const
{
    return !m_job->isRunning();
}

bool ImportPage::isImporting() const
{
    return m_job->isRunning();
}

void ImportPage::cancel()
{
    if (!m_job->isRunning())
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_progress->reset(tr("Cancelling: undoing what was written…"));
}

void ImportPage::showProgress(const import::ProgressSnapshot& snapshot)
{
    if (m_job->isCancelling())
        return;
    const std::int64_t done = import::rowsDone(m_rows, snapshot);
    m_estimator.add(done, m_clock.elapsed());
    const QLocale locale;
    QStringList detail{
        tr("%1 of %2 rows").arg(locale.toString(done), locale.toString(m_estimator.total()))};
    if (const auto rate = m_estimator.rate())
        detail.append(tr("%1 rows/s").arg(locale.toString(std::llround(*rate))));
    if (const auto left = m_estimator.secondsLeft())
        detail.append(tr("about %1 left").arg(import::shortDuration(*left)));
    const bool lastFileDone = snapshot.file + 1 >= static_cast<int>(m_rows.size()) &&
                              snapshot.total > 0 && snapshot.done >= snapshot.total;
    m_progress->setProgress(done, m_estimator.total(),
                            lastFileDone ? tr("Finishing: indexing and saving…") : snapshot.stage,
                            detail.join(QStringLiteral(" · ")));
}

void ImportPage::finish()
{
    m_state.result = m_job->result();
    m_cancel->setEnabled(false);
    Q_EMIT completeChanged();
    if (m_state.result.outcome.committed)
        Q_EMIT committed();
    if (wizard() && wizard()->currentPage() == this)
        wizard()->next();
}

} // namespace tenure::ui
