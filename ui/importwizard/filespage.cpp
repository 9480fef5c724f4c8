#include "filespage.h"

#include "common/headingwidths.h"
#include "import/importsession.h"
#include "readingtext.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tenure::ui {

FilesPage::FilesPage(import::ImportSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Files to import"));
    setSubTitle(tr("Add CSV exports from your billing system or spreadsheets, or drop them on "
                   "this window. All files are imported together: every valid row lands, or "
                   "nothing does."));

    m_files = new QTreeWidget(this);
    m_files->setRootIsDecorated(false);
    m_files->setAlternatingRowColors(true);
    m_files->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_files->setHeaderLabels({tr("File"), tr("Size"), tr("Read as"), tr("Status")});
    m_files->setAccessibleName(tr("Files to import"));
    m_files->header()->setStretchLastSection(true);
    m_files->setWordWrap(true); // the status says what a file still needs, in full
    m_files->setColumnWidth(0, 180);
    m_files->setColumnWidth(1, 70);
    m_files->setColumnWidth(2, 240);
    fitSectionsToHeadings(m_files->header());

    m_empty = new QLabel(tr("No files yet. Drop CSV exports on this window, or add them."), this);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto* add = new QPushButton(tr("&Add Files…"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    connect(add, &QPushButton::clicked, this, &FilesPage::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, &FilesPage::removeSelected);
    connect(m_files, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_files->selectedItems().isEmpty()); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_files, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);

    connect(&session, &import::ImportSession::filesChanged, this, &FilesPage::refresh);
    connect(&session, &import::ImportSession::fileChanged, this, &FilesPage::refresh);
    refresh();
}

bool FilesPage::isComplete() const
{
    if (m_session.fileCount() == 0 || m_session.isInspecting())
        return false;
    for (int i = 0; i < m_session.fileCount(); ++i) {
        if (!m_session.file(i).error.isEmpty())
            return false; // unreadable: it has to be removed first
    }
    return true;
}

void FilesPage::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Add Files to Import"), {},
        tr("CSV and text exports (*.csv *.tsv *.txt);;All files (*)"));
    m_session.addFiles(paths);
}

void FilesPage::removeSelected()
{
    QList<int> rows;
    for (QTreeWidgetItem* item : m_files->selectedItems())
        rows.append(m_files->indexOfTopLevelItem(item));
    std::sort(rows.rbegin(), rows.rend());
    for (int row : rows)
        m_session.removeFile(row);
}

void FilesPage::refresh()
{
    const QLocale locale;
    m_files->clear();
    for (int i = 0; i < m_session.fileCount(); ++i) {
        const import::SessionFile& file = m_session.file(i);
        const QFileInfo info(file.path);
        const QString problem = m_session.blocker(i);
        auto* item = new QTreeWidgetItem(m_files);
        item->setText(0, info.fileName());
        item->setToolTip(0, file.path);
        item->setText(1, locale.formattedDataSize(info.size()));
        item->setText(2, file.inspecting || !file.error.isEmpty() ? QString()
                                                                  : readingSummary(file.plan));
        item->setText(3, problem.isEmpty() ? tr("Ready") : problem);
        item->setToolTip(3, item->text(3));
    }
    m_remove->setEnabled(!m_files->selectedItems().isEmpty());
    m_empty->setVisible(m_session.fileCount() == 0);
    Q_EMIT completeChanged();
}

} // namespace tenure::ui
