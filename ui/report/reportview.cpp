#include "reportview.h"

#include "report/reportcsv.h"
#include "report/reporttables.h"
#include "reportdocument.h"
#include "reportpdf.h"

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
#include <QtConcurrent/QtConcurrentRun>

namespace tenure::ui {

namespace {

// The quarters offered: the current one (to date) and the eleven before it.
constexpr int kQuartersOffered = 12;

} // namespace

ReportView::ReportView(QWidget* parent)
    : QWidget(parent)
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
    connect(&m_choicesWatcher, &QFutureWatcher<ReportChoices>::finished, this,
            &ReportView::choicesArrived);
    connect(&m_reportWatcher, &QFutureWatcher<ReportResult>::finished, this,
            &ReportView::reportArrived);
    setBook({});
}

ReportView::~ReportView()
{
    stopWork();
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

void ReportView::setBook(const QString& path)
{
    // A report still being built for the previous book is cancelled, not waited for;
    // reportArrived() drops it.
    if (m_cancel)
        m_cancel->cancel();
    m_path = path;
    for (auto* combo : {m_quarter, m_segment, m_owner})
        combo->clear();
    m_controls->setEnabled(false);
    if (path.isEmpty()) {
        m_status->setText(tr("Open a book to print its quarterly report."));
        return;
    }
    m_status->setText(tr("Reading the book's segments and owners…"));
    m_choicesWatcher.setFuture(QtConcurrent::run(loadReportChoices, path, QDate::currentDate()));
}

bool ReportView::isBusy() const
{
    return m_choicesWatcher.isRunning() || m_reportWatcher.isRunning();
}

void ReportView::choicesArrived()
{
    const ReportChoices choices = m_choicesWatcher.result();
    if (choices.bookPath != m_path)
        return;
    if (!choices.error.isEmpty()) {
        m_status->setText(choices.error);
        return;
    }
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
    m_controls->setEnabled(true);
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
    if (m_path.isEmpty() || isBusy())
        return;
    m_action = action;
    m_target = target;
    m_cancel = std::make_shared<CancelFlag>();
    m_reportBook = m_path;
    m_controls->setEnabled(false);
    m_status->setText(tr("Computing the report for %1…").arg(quarter().label()));
    m_reportWatcher.setFuture(
        QtConcurrent::run(buildReport, m_path, quarter(), scope(), QDate::currentDate(), m_cancel));
}

void ReportView::reportArrived()
{
    if (m_reportBook != m_path)
        return;
    m_controls->setEnabled(true);
    const ReportResult result = m_reportWatcher.result();
    if (!result.report)
        return finish(false, result.error);
    const auto& built = *result.report;
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

void ReportView::stopWork()
{
    if (m_cancel)
        m_cancel->cancel();
    m_choicesWatcher.waitForFinished();
    m_reportWatcher.waitForFinished();
}

} // namespace tenure::ui
