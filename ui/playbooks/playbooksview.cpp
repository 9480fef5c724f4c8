#include "playbooksview.h"

#include "effectspanel.h"
#include "librarypanel.h"
#include "store/book.h"
#include "taskspanel.h"

#include <QTabWidget>
#include <QUndoStack>
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

void PlaybooksView::setBook(store::Book* book, QUndoStack* undo)
{
    disconnect(m_undoConnection);
    store::Connection* connection = book ? &book->connection() : nullptr;
    m_tasks->setConnection(connection, undo);
    m_library->setConnection(connection);
    m_effects->setBook(book ? book->path() : QString());
    if (undo)
        m_undoConnection = connect(undo, &QUndoStack::indexChanged, m_tasks, &TasksPanel::reload);
}

} // namespace tenure::ui
