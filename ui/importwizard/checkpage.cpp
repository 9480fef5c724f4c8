#include "checkpage.h"

#include "common/headingwidths.h"
#include "import/importjob.h"
#include "import/importsession.h"
#include "import/rejectionmodel.h"
#include "metrics/currency.h"
#include "progresspanel.h"
#include "ratesbox.h"
#include "rejectionsaving.h"
#include "tableviews.h"
#include "wizardstate.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <numeric>

namespace tenure::ui {

using import::RejectionModel;

CheckPage::CheckPage(WizardState& state, QWidget* parent)
    : QWizardPage(parent)
    , m_state(state)
    , m_job(new import::ImportJob(this))
    , m_rejections(new RejectionModel(this))
{
    setTitle(tr("Check"));
    setSubTitle(tr("Every row is read and checked; nothing is written yet."));
    m_progress = new ProgressPanel(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = makeTableView(m_rejections, this);
    m_table->setAccessibleName(tr("Rejected rows"));
    const int widths[] = {130, 50, 60, 110, 120};
    for (int column = 0; column < RejectionModel::ReasonColumn; ++column)
        m_table->setColumnWidth(column, widths[column]);
    fitSectionsToHeadings(m_table->horizontalHeader());
    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setAccessibleName(tr("Selected rejected row"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                m_detail->setText(current.isValid() ? current.data(Qt::ToolTipRole).toString()
                                                    : QString());
            });
    m_save = new QPushButton(tr("&Save Rejected Rows…"), this);
    connect(m_save, &QPushButton::clicked, this, [this] { saveRejections(*m_rejections, this); });
    m_skip = new QCheckBox(this);
    m_skip->setObjectName(QStringLiteral("skipInvalid"));
    connect(m_skip, &QCheckBox::toggled, this, [this](bool checked) {
        m_state.skipInvalid = checked;
        Q_EMIT completeChanged();
    });

    m_rates = new RatesBox(this);
    connect(m_rates, &RatesBox::ratesChosen, this, [this](const QHash<QString, double>& rates) {
        QHash<QString, double> all = m_state.session->fixedRates();
        all.insert(rates);
        m_state.session->setFixedRates(all);
        initializePage(); // check again with them
    });

    m_results = new QWidget(this);
    auto* results = new QVBoxLayout(m_results);
    results->setContentsMargins(0, 0, 0, 0);
    results->addWidget(m_summary);
    results->addWidget(m_rates);
    results->addWidget(m_table, 1);
    results->addWidget(m_detail);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_skip, 1);
    actions->addWidget(m_save);
    results->addLayout(actions);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_results, 1);

    connect(m_job, &import::ImportJob::progressed, this, &CheckPage::showProgress);
    connect(m_job, &import::ImportJob::finished, this, &CheckPage::showResult);
}

void CheckPage::initializePage()
{
    m_state.check = {};
    m_state.skipInvalid = false;
    m_state.confirmedMatches.clear();
    m_sizes.clear();
    for (const QString& path : m_state.session->paths())
        m_sizes.push_back(QFileInfo(path).size());
    m_estimator.restart(std::accumulate(m_sizes.begin(), m_sizes.end(), std::int64_t{0}));
    m_clock.start();
    m_rejections->setRejections({});
    m_results->hide();
    m_progress->show();
    m_progress->reset(tr("Checking…"));

    import::ImportOptions options = m_state.session->options();
    options.dryRun = true;
    m_job->start(m_state.session->bookPath(), m_state.session->paths(), options);
}

void CheckPage::cleanupPage()
{
    m_job->cancel();
}

bool CheckPage::isChecking() const
{
    return m_job->isRunning();
}

void CheckPage::cancel()
{
    m_job->cancel();
}

bool CheckPage::isComplete() const
{
    const import::ImportResult& check = m_state.check;
    if (m_job->isRunning() || check.cancelled || !check.error.isEmpty() ||
        check.outcome.files.empty())
        return false;
    return check.outcome.rejectedRows() == 0 || m_state.skipInvalid;
}

int CheckPage::nextId() const
{
    for (const import::FileOutcome& file : m_state.check.outcome.files) {
        if (!file.reviews.empty())
            return static_cast<int>(PageId::Review);
    }
    return static_cast<int>(PageId::Import);
}

void CheckPage::showProgress(const import::ProgressSnapshot& snapshot)
{
    const std::size_t file = static_cast<std::size_t>(snapshot.file);
    const std::int64_t before = std::accumulate(
        m_sizes.begin(), m_sizes.begin() + std::min(file, m_sizes.size()), std::int64_t{0});
    m_estimator.add(before + snapshot.done, m_clock.elapsed());
    const QLocale locale;
    QString detail = tr("%1 of %2 read")
                         .arg(locale.formattedDataSize(m_estimator.done()),
                              locale.formattedDataSize(m_estimator.total()));
    if (const auto left = m_estimator.secondsLeft())
        detail = tr("%1, about %2 left").arg(detail, import::shortDuration(*left));
    m_progress->setProgress(m_estimator.done(), m_estimator.total(), snapshot.stage, detail);
}

void CheckPage::showResult()
{
    m_state.check = m_job->result();
    const import::ImportResult& check = m_state.check;
    m_progress->hide();
    m_results->show();
    const std::int64_t rejected = check.outcome.rejectedRows();
    m_rejections->setRejections(check.outcome.allRejections());
    m_rates->setOutcome(check.outcome);
    m_table->setVisible(rejected > 0);
    m_detail->setVisible(rejected > 0);
    if (rejected > 0)
        m_table->setCurrentIndex(m_rejections->index(0, 0));
    m_save->setVisible(rejected > 0);
    std::int64_t read = 0;
    for (const import::FileOutcome& file : check.outcome.files)
        read += file.rowsRead;
    m_skip->setVisible(rejected > 0);
    m_skip->setChecked(false);
    m_skip->setText(tr("Import the %Ln valid row(s) and skip the rejected ones", nullptr,
                       static_cast<int>(read - rejected)));
    m_summary->setText(summaryText());
    setCommitPage(nextId() == static_cast<int>(PageId::Import));
    Q_EMIT completeChanged();
}

QString CheckPage::summaryText() const
{
    const import::ImportResult& check = m_state.check;
    if (check.cancelled)
        return tr("The check was stopped.");
    if (!check.error.isEmpty())
        return tr("<b>These files cannot be imported.</b> %1").arg(check.error.toHtmlEscaped());
    const QLocale locale;
    QStringList lines;
    for (const import::FileOutcome& file : check.outcome.files) {
        if (!file.lentTo.isEmpty()) {
            lines.append(tr("<b>%1</b>: lends its columns to %2")
                             .arg(QFileInfo(file.plan.path).fileName().toHtmlEscaped(),
                                  file.lentTo.join(QStringLiteral(", ")).toHtmlEscaped()));
            continue;
        }
        lines.append(tr("<b>%1</b>: %2 read — %3 to add, %4 to update, %5 unchanged, %6 "
                        "ignored, %7 rejected")
                         .arg(QFileInfo(file.plan.path).fileName().toHtmlEscaped(),
                              tr("%Ln row(s)", nullptr, static_cast<int>(file.rowsRead)),
                              locale.toString(file.inserted), locale.toString(file.updated),
                              locale.toString(file.unchanged), locale.toString(file.skipped),
                              locale.toString(file.rejected)));
        if (file.mrr) {
            lines.append(tr("MRR in this file on %1, its latest start: <b>%2</b>. Check it looks "
                            "right: cents read as whole units make it 100 times too large.")
                             .arg(locale.toString(file.mrr->on, QLocale::ShortFormat),
                                  metrics::formatMoney(file.mrr->baseMinor,
                                                       check.outcome.baseCurrency, locale, 2)));
        }
        if (!file.skippedLines.empty()) {
            QStringList passed;
            for (const import::SkippedLine& skipped : file.skippedLines)
                passed.append(tr("line %1 (%2)").arg(skipped.line).arg(skipped.reason));
            if (passed.size() > 5) {
                const auto more = passed.size() - 5;
                passed = passed.mid(0, 5);
                passed.append(tr("%n more", nullptr, static_cast<int>(more)));
            }
            lines.append(
                tr("Passed over: %1").arg(passed.join(QStringLiteral(", ")).toHtmlEscaped()));
        }
    }
    int created = 0;
    for (const import::FileOutcome& file : check.outcome.files)
        created += file.accountsCreated;
    if (created > 0)
        lines.append(tr("%n new account(s) will be created.", nullptr, created));
    const std::int64_t rejected = check.outcome.rejectedRows();
    if (rejected > 0)
        lines.append(tr("%Ln row(s) rejected, listed below. Import the valid rows only, or "
                        "cancel, fix the files and import them again: nothing is written until "
                        "you choose.",
                        nullptr, static_cast<int>(rejected)));
    else
        lines.append(tr("Every row can be imported."));
    return lines.join(QStringLiteral("<br>"));
}

} // namespace tenure::ui
