#include "importsview.h"

#include "common/bookfollower.h"
#include "import/importlog.h"
#include "store/bookdocument.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>

namespace tenure::ui {

ImportsView::ImportsView(QWidget* parent)
    : QWidget(parent)
    , m_follower(new BookFollower(this, store::BookChange::Imports, [this] { reload(); }))
    , m_log(new QTreeWidget(this))
    , m_details(new QPlainTextEdit(this))
{
    auto* intro = new QLabel(
        tr("Bring in CSV exports from Stripe, Chargebee, Recurly, Paddle, Zuora, ChartMogul "
           "or Baremetrics, and contacts, usage, tickets, surveys, feature requests and goals. "
           "Drop files anywhere on the window, or:"),
        this);
    intro->setWordWrap(true);
    auto* start = new QPushButton(tr("&Import Files…"), this);
    auto* top = new QHBoxLayout;
    top->addWidget(intro, 1);
    top->addWidget(start);

    m_log->setHeaderLabels({tr("When"), tr("File"), tr("Kind"), tr("Read as"), tr("Rows"),
                            tr("Added"), tr("Updated"), tr("Skipped"), tr("Seconds")});
    m_log->setRootIsDecorated(false);
    m_log->setAccessibleName(tr("Import log"));
    m_log->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Import details"));
    m_details->setPlaceholderText(
        tr("Choose an import to see its fingerprint and what it changed."));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_log);
    splitter->addWidget(m_details);
    splitter->setSizes({500, 160});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    connect(start, &QPushButton::clicked, this, &ImportsView::importRequested);
    connect(m_log, &QTreeWidget::currentItemChanged, this, &ImportsView::showChanges);
    reload();
}

void ImportsView::setDocument(store::BookDocument* document)
{
    m_follower->setDocument(document);
}

void ImportsView::reload()
{
    store::BookDocument* document = m_follower->document();
    setEnabled(document != nullptr);
    m_log->clear();
    m_details->clear();
    m_records = document ? import::loadImportLog(document->connection())
                         : std::vector<import::ImportRecord>{};
    const QLocale locale;
    for (const import::ImportRecord& record : m_records) {
        const import::ImportLogEntry& entry = record.entry;
        auto* item = new QTreeWidgetItem(
            m_log, {locale.toString(record.startedAt.toLocalTime(), QLocale::ShortFormat),
                    entry.fileName, entry.kind, entry.presetId, locale.toString(entry.rowsRead),
                    locale.toString(entry.rowsInserted), locale.toString(entry.rowsUpdated),
                    locale.toString(entry.rowsSkipped), locale.toString(entry.seconds, 'f', 2)});
        for (int column = 4; column < m_log->columnCount(); ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int column = 0; column < m_log->columnCount(); ++column) {
        if (column != 1)
            m_log->resizeColumnToContents(column);
    }
}

void ImportsView::showChanges()
{
    const int row = m_log->currentItem() ? m_log->indexOfTopLevelItem(m_log->currentItem()) : -1;
    if (row < 0) {
        m_details->clear();
        return;
    }
    const import::ImportRecord& record = m_records[static_cast<std::size_t>(row)];
    const import::ImportLogEntry& entry = record.entry;
    QString text = tr("%1 from %2, SHA-256 %3").arg(entry.fileName, entry.source, entry.sha256);
    if (!record.importedBy.isEmpty())
        text += u'\n' + tr("Imported by %1.").arg(record.importedBy);
    if (entry.reviews > 0)
        text += u'\n' +
                tr("%n possible duplicate(s) were kept as new accounts.", nullptr, entry.reviews);
    if (!entry.changes.isEmpty())
        text += u'\n' + tr("Changed by this newer export:") + u'\n' + entry.changes.join(u'\n');
    m_details->setPlainText(text);
}

} // namespace tenure::ui
