#include "playbooksview.h"

#include "effectspanel.h"
#include "librarypanel.h"
#include "store/bookdocument.h"
#include "taskspanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace tenure::ui {

PlaybooksView::PlaybooksView(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_tasks(new TasksPanel(this))
    , m_library(new LibraryPanel(this))
    , m_effects(new EffectsPanel(this))
{
    m_tabs->addTab(m_tasks, tr("My Tasks"));
    m_tabs->addTab(m_library, tr("Library"));
    m_tabs->addTab(m_effects, tr("Did It Work?"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_tasks, &TasksPanel::accountActivated, this, &PlaybooksView::accountActivated);
}

void PlaybooksView::setDocument(store::BookDocument* document)
{
    m_tasks->setDocument(document);
    m_library->setDocument(document);
    // Measured when asked: a change of the book does not start it again.
    m_effects->setBook(document ? document->path() : QString());
}

} // namespace tenure::ui
