#include "importwizard.h"

#include "checkpage.h"
#include "filespage.h"
#include "import/importsession.h"
#include "importpage.h"
#include "mappingpage.h"
#include "readingpage.h"
#include "reviewpage.h"
#include "summarypage.h"

#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>

namespace tenure::ui {

namespace {

QStringList localFiles(const QMimeData* mime)
{
    QStringList files;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    return files;
}

} // namespace

ImportWizard::ImportWizard(const QString& bookPath, const QStringList& files, QWidget* parent)
    : QWizard(parent)
{
    m_state.session = new import::ImportSession(bookPath, this);
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::NoBackButtonOnLastPage | QWizard::NoCancelButtonOnLastPage |
               QWizard::NoDefaultButton);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    setButtonText(QWizard::FinishButton, tr("&Close"));
    setAcceptDrops(true);
    setMinimumSize(860, 620);

    m_files = new FilesPage(*m_state.session, this);
    m_reading = new ReadingPage(*m_state.session, this);
    m_mapping = new MappingPage(*m_state.session, this);
    m_check = new CheckPage(m_state, this);
    m_review = new ReviewPage(m_state, this);
    m_import = new ImportPage(m_state, this);
    m_summary = new SummaryPage(m_state, this);
    setPage(static_cast<int>(PageId::Files), m_files);
    setPage(static_cast<int>(PageId::Reading), m_reading);
    setPage(static_cast<int>(PageId::Mapping), m_mapping);
    setPage(static_cast<int>(PageId::Check), m_check);
    setPage(static_cast<int>(PageId::Review), m_review);
    setPage(static_cast<int>(PageId::Import), m_import);
    setPage(static_cast<int>(PageId::Summary), m_summary);
    setStartId(static_cast<int>(PageId::Files));
    connect(m_import, &ImportPage::committed, this, &ImportWizard::imported);

    restart(); // on the first page before it is shown, so that files can be added
    addFiles(files);
}

void ImportWizard::addFiles(const QStringList& files)
{
    if (acceptsFiles())
        m_state.session->addFiles(files);
}

bool ImportWizard::acceptsFiles() const
{
    // Once the check has run, new files would need it again: add them on the first pages only.
    const int page = currentId();
    return page <= static_cast<int>(PageId::Mapping);
}

void ImportWizard::reject()
{
    if (m_import->isImporting()) {
        m_import->cancel(); // the page moves on to the summary once the rollback is done
        return;
    }
    m_check->cancel();
    QWizard::reject();
}

void ImportWizard::closeEvent(QCloseEvent* event)
{
    if (m_import->isImporting()) {
        m_import->cancel();
        event->ignore();
        return;
    }
    QWizard::closeEvent(event);
}

void ImportWizard::dragEnterEvent(QDragEnterEvent* event)
{
    if (acceptsFiles() && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportWizard::dropEvent(QDropEvent* event)
{
    const QStringList files = localFiles(event->mimeData());
    if (!acceptsFiles() || files.isEmpty())
        return;
    event->acceptProposedAction();
    addFiles(files);
    if (currentId() != static_cast<int>(PageId::Files))
        restart(); // show the new files in the list
}

} // namespace tenure::ui
