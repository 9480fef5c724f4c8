#include "effectspanel.h"

#include "metrics/currency.h"
#include "playbooks/effecttablemodel.h"
#include "store/book.h"
#include "store/bookerror.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QtConcurrent>

#include <atomic>

namespace tenure::ui {

// Progress written by the worker and read by the GUI thread's timer.
class SharedProgress : public Progress
{
public:
    void report(std::int64_t done, std::int64_t total, const QString&) override
    {
        m_done = done;
        m_total = total;
    }
    bool isCancelled() const override { return m_cancelled; }
    void cancel() { m_cancelled = true; }
    std::int64_t done() const { return m_done; }
    std::int64_t total() const { return m_total; }

private:
    std::atomic<std::int64_t> m_done = 0;
    std::atomic<std::int64_t> m_total = 0;
    std::atomic<bool> m_cancelled = false;
};

EffectsPanel::EffectsPanel(QWidget* parent)
    : QWidget(parent)
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

    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        m_bar->setMaximum(static_cast<int>(std::max<std::int64_t>(1, m_progress->total())));
        m_bar->setValue(static_cast<int>(m_progress->done()));
    });
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &EffectsPanel::finished);
    connect(m_measure, &QPushButton::clicked, this, &EffectsPanel::measure);
    connect(m_cancel, &QPushButton::clicked, this, &EffectsPanel::cancel);
    setBook({});
}

EffectsPanel::~EffectsPanel()
{
    cancel();
    m_watcher.waitForFinished();
}

void EffectsPanel::setBook(const QString& path)
{
    cancel();
    m_watcher.waitForFinished();
    m_path = path;
    m_model->setEffects({});
    setEnabled(!path.isEmpty());
}

void EffectsPanel::measure()
{
    if (m_path.isEmpty() || isBusy())
        return;
    m_progress = std::make_shared<SharedProgress>();
    m_watcher.setFuture(QtConcurrent::run([path = m_path, progress = m_progress] {
        Result result;
        try {
            auto book = store::Book::open(path, store::Book::Access::ReadOnly);
            result.effects =
                playbooks::measureEffects(book->connection(), QDate::currentDate(), *progress);
        } catch (const Cancelled&) {
            result.cancelled = true;
        } catch (const store::BookError& error) {
            result.error = error.message();
        } catch (const metrics::MissingRate& missing) {
            result.error = missing.message();
        }
        return result;
    }));
    m_bar->setValue(0);
    m_bar->show();
    m_cancel->show();
    m_measure->setEnabled(false);
    m_poll.start();
}

void EffectsPanel::cancel()
{
    if (m_progress)
        m_progress->cancel();
}

void EffectsPanel::finished()
{
    m_poll.stop();
    m_bar->hide();
    m_cancel->hide();
    m_measure->setEnabled(true);
    Result result = m_watcher.result();
    if (!result.error.isEmpty()) {
        m_status->setText(result.error);
    } else if (result.cancelled) {
        m_status->setText(tr("Cancelled."));
    } else {
        m_status->setText(result.effects.empty()
                              ? tr("No playbook has run in this book yet.")
                              : tr("%n playbook(s) have run. Outcomes count accounts whose 90 "
                                   "days have passed.",
                                   nullptr, static_cast<int>(result.effects.size())));
        m_model->setEffects(std::move(result.effects));
        m_table->resizeColumnsToContents();
    }
    Q_EMIT measured();
}

} // namespace tenure::ui
