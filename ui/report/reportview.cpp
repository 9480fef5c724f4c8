#include "reportview.h"

#include "common/backgroundjob.h"
#include "common/bookfollower.h"
#include "report/reportcsv.h"
#include "report/reporttables.h"
#include "reportdocument.h"
#include "reportpdf.h"
#include "store/bookdocument.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace tenure::ui {

namespace {

// The quarters offered: the current one (to date) and the eleven before it.
constexpr int kQuartersOffered = 12;

using Change = store::BookChange;
using Report = std::shared_ptr<const report::QuarterlyReport>;

// The scope's segments and owners, and the fiscal year the quarters follow;
// the report itself is read when it is asked for.
constexpr Change::Parts kShownParts = Change::Accounts | Change::Preferences;

// Selects the entry whose data is `data`, if there is one.
void reselect(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

ReportView::ReportView(QWidget* parent)
    : QWidget(parent)
    , m_follower(new BookFollower(this, kShownParts, [this] { reload(); }))
    , m_choicesJob(new JobRunner(this))
    , m_reportJob(new JobRunner(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<h2>Quarterly retention report</h2>"
                                "<p>NRR, GRR and logo retention with the movements behind them, "
                                "cohorts, churned and at-risk accounts, and the methodology, as a "
                                "paginated document to print or save as PDF.</p>"),
                             this);
    title->setWordWrap(true);
    layout->addWidget(title);
    layout->addWidget(buildControls());
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addStretch();
    connect(m_choicesJob, &JobRunner::failed, m_status, &QLabel::setText);
    connect(m_reportJob, &JobRunner::failed, this, [this](const QString& message) {
        m_controls->setEnabled(true);
        finish(false, message);
    });
    reload();
}

QWidget* ReportView::buildControls()
{
    auto* box = new QWidget(this);
    m_controls = box;
    auto* form = new QFormLayout;
    m_quarter = new QComboBox(box);
    m_quarter->setObjectName(QStringLiteral("quarter"));
    m_segment = new QComboBox(box);
    m_owner = new QComboBox(box);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    for (auto* combo : {m_quarter, m_segment, m_owner}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMinimumContentsLength(16);
    }
    form->addRow(tr("&Quarter:"), m_quarter);
    form->addRow(tr("&Segment:"), m_segment);
    form->addRow(tr("&Owner:"), m_owner);
    auto* buttons = new QHBoxLayout;
    m_preview = new QPushButton(tr("&Preview…"), box);
    m_pdf = new QPushButton(tr("Save P&DF…"), box);
    m_csv = new QPushButton(tr("Export tables as &CSV…"), box);
    for (auto* button : {m_preview, m_pdf, m_csv})
        buttons->addWidget(button);
    buttons->addStretch();
    connect(m_preview, &QPushButton::clicked, this, &ReportView::preview);
    connect(m_pdf, &QPushButton::clicked, this, &ReportView::savePdf);
    connect(m_csv, &QPushButton::clicked, this, &ReportView::exportCsv);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(buttons);
    return box;
}

void ReportView::setDocument(store::BookDocument* document)
{
    m_follower->setDocument(document);
}

void ReportView::reload()
{
    const store::BookDocument* document = m_follower->document();
    const QString path = document ? document->path() : QString();
    if (path != m_path)
        m_reportJob->cancel(); // a report of the previous book is not waited for
    m_path = path;
    m_controls->setEnabled(false);
    if (!document) {
        m_choicesJob->cancel();
        for (auto* combo : {m_quarter, m_segment, m_owner})
            combo->clear();
        m_status->setText(tr("Open a book to print its quarterly report."));
        return;
    }
    m_status->setText(tr("Reading the book's segments and owners…"));
    m_choicesJob->start<ReportChoices>(
        path,
        [asOf = QDate::currentDate()](JobContext<ReportChoices>& job) {
            return loadReportChoices(job.book(), asOf);
        },
        [this](const ReportChoices& choices) { choicesArrived(choices); });
}

bool ReportView::isBusy() const
{
    return m_choicesJob->isRunning() || m_reportJob->isRunning();
}

// The quarter and scope chosen before stay chosen where the book still offers them.
void ReportView::choicesArrived(const ReportChoices& choices)
{
    const QVariant quarterChosen = m_quarter->currentData();
    const QVariant segmentChosen = m_segment->currentData();
    const QVariant ownerChosen = m_owner->currentData();
    for (auto* combo : {m_quarter, m_segment, m_owner})
        combo->clear();
    m_fiscalYearStartMonth = choices.fiscalYearStartMonth;
    const auto now = report::Quarter::containing(choices.asOf, m_fiscalYearStartMonth);
    for (int back = 0; back < kQuartersOffered; ++back) {
        const auto quarter = now.offset(-back);
        m_quarter->addItem(back == 0 ? tr("%1 (to date)").arg(quarter.label()) : quarter.label(),
                           quarter.label());
    }
    m_quarter->setCurrentIndex(1); // the last complete quarter
    m_segment->addItem(tr("All segments"), QString());
    for (const QString& segment : choices.segments)
        m_segment->addItem(segment, segment);
    m_owner->addItem(tr("All owners"), QString());
    for (const QString& owner : choices.owners)
        m_owner->addItem(owner, owner);
    reselect(m_quarter, quarterChosen);
    reselect(m_segment, segmentChosen);
    reselect(m_owner, ownerChosen);
    m_controls->setEnabled(!m_reportJob->isRunning());
    m_status->clear();
    Q_EMIT choicesLoaded();
}

report::Quarter ReportView::quarter() const
{
    return report::Quarter::parse(m_quarter->currentData().toString(), m_fiscalYearStartMonth)
        .value_or(report::Quarter::containing(QDate::currentDate(), m_fiscalYearStartMonth));
}

report::ReportScope ReportView::scope() const
{
    return {m_segment->currentData().toString(), m_owner->currentData().toString()};
}

void ReportView::preview()
{
    start(Action::Preview, {});
}

void ReportView::savePdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save report as PDF"),
        QDir::home().filePath(tr("retention-%1.pdf").arg(quarter().label())), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        savePdfTo(path);
}

void ReportView::exportCsv()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Export the report's tables to"));
    if (!folder.isEmpty())
        exportCsvTo(folder);
}

void ReportView::savePdfTo(const QString& path)
{
    start(Action::Pdf, path);
}

void ReportView::exportCsvTo(const QString& folder)
{
    start(Action::Csv, folder);
}

void ReportView::start(Action action, const QString& target)
{
    if (m_path.isEmpty() || m_reportJob->isRunning())
        return;
    m_action = action;
    m_target = target;
    m_controls->setEnabled(false);
    m_status->setText(tr("Computing the report for %1…").arg(quarter().label()));
    m_reportJob->start<Report>(
        m_path,
        [quarter = quarter(), scope = scope(),
         asOf = QDate::currentDate()](JobContext<Report>& job) {
            return std::make_shared<const report::QuarterlyReport>(
                report::buildQuarterlyReport(job.book(), quarter, scope, asOf, job));
        },
        [this](const Report& built) { reportArrived(*built); });
}

void ReportView::reportArrived(const report::QuarterlyReport& built)
{
    m_controls->setEnabled(true);
    if (m_action == Action::Preview) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageSize(QPageSize(QPageSize::A4));
        QPrintPreviewDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Quarterly retention report %1").arg(built.quarter.label()));
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
                [&built](QPrinter* target) { printReport(built, *target); });
        finish(true, {});
        dialog.exec();
    } else if (m_action == Action::Pdf) {
        QString error;
        const int pages =
            saveReportPdf(built, m_target,
                          tr("Quarterly retention report %1").arg(built.quarter.label()), &error);
        finish(pages > 0,
               pages > 0 ? tr("Saved %1 (%n page(s)).", nullptr, pages).arg(m_target) : error);
    } else {
        QString error;
        const auto tables = report::reportTables(built, QLocale());
        const auto files =
            report::writeTablesAsCsv(tables, m_target, built.quarter.label(), &error);
        finish(!files.isEmpty(),
               files.isEmpty()
                   ? error
                   : tr("Wrote %n CSV file(s) to %1.", nullptr, int(files.size())).arg(m_target));
    }
}

void ReportView::finish(bool ok, const QString& message)
{
    m_status->setText(message);
    Q_EMIT finished(ok, message);
}

} // namespace tenure::ui
