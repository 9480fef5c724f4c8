#include "effectspanel.h"

#include "common/backgroundjob.h"
#include "playbooks/effecttablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>

namespace tenure::ui {

namespace {

using Effects = std::vector<playbooks::PlaybookEffect>;

} // namespace

EffectsPanel::EffectsPanel(QWidget* parent)
    : QWidget(parent)
    , m_job(new JobRunner(this))
    , m_model(new playbooks::EffectTableModel(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_measure(new QPushButton(tr("&Measure"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Playbook results"));
    m_table->horizontalHeader()->setSectionResizeMode(playbooks::EffectTableModel::Name,
                                                      QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_status->setWordWrap(true);
    m_status->setText(tr("For each playbook: the accounts it ran on and what happened in the "
                         "90 days after (churned, contracted, health 30 and 90 days later), "
                         "beside comparable accounts of the same segment, with the same risk "
                         "reason, where it did not run."));
    m_bar->hide();
    m_cancel->hide();
    auto* top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_bar);
    top->addWidget(m_cancel);
    top->addWidget(m_measure);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table);

    m_bar->setRange(0, 1000);
    connect(m_job, &JobRunner::progressed, m_bar, &QProgressBar::setValue);
    connect(m_job, &JobRunner::failed, this, &EffectsPanel::stopped);
    connect(m_measure, &QPushButton::clicked, this, &EffectsPanel::measure);
    connect(m_cancel, &QPushButton::clicked, this, &EffectsPanel::cancel);
    setBook({});
}

bool EffectsPanel::isBusy() const
{
    return m_job->isRunning();
}

void EffectsPanel::setBook(const QString& path)
{
    m_job->cancel();
    stopped({});
    m_path = path;
    m_model->setEffects({});
    setEnabled(!path.isEmpty());
}

void EffectsPanel::measure()
{
    if (m_path.isEmpty() || isBusy())
        return;
    m_job->start<Effects>(
        m_path,
        [today = QDate::currentDate()](JobContext<Effects>& job) {
            return playbooks::measureEffects(job.book(), today, job);
        },
        [this](Effects effects) { show(std::move(effects)); });
    m_bar->setValue(0);
    m_bar->show();
    m_cancel->show();
    m_measure->setEnabled(false);
}

void EffectsPanel::cancel()
{
    if (!isBusy())
        return;
    m_job->cancel();
    stopped(tr("Cancelled."));
}

void EffectsPanel::show(std::vector<playbooks::PlaybookEffect> effects)
{
    stopped(effects.empty() ? tr("No playbook has run in this book yet.")
                            : tr("%n playbook(s) have run. Outcomes count accounts whose 90 "
                                 "days have passed.",
                                 nullptr, static_cast<int>(effects.size())));
    m_model->setEffects(std::move(effects));
    m_table->resizeColumnsToContents();
}

// The measuring ended: `status` says how (empty: the panel was cleared).
void EffectsPanel::stopped(const QString& status)
{
    m_bar->hide();
    m_cancel->hide();
    m_measure->setEnabled(true);
    if (status.isEmpty())
        return;
    m_status->setText(status);
    Q_EMIT measured();
}

} // namespace tenure::ui
