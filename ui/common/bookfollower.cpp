#include "bookfollower.h"

#include "backgroundjob.h"

#include <QEvent>
#include <QWidget>

namespace tenure::ui {

BookFollower::BookFollower(QWidget* view, store::BookChange::Parts interest,
                           std::function<void()> reload)
    : QObject(view)
    , m_view(view)
    , m_interest(interest)
    , m_reload(std::move(reload))
{
    view->installEventFilter(this);
}

void BookFollower::setDocument(store::BookDocument* document)
{
    disconnect(m_subscription);
    m_document = document;
    if (!document) {
        // Clearing is cheap and stops the work still reading the book before.
        m_stale = false;
        m_reload();
        return;
    }
    m_subscription =
        connect(document, &store::BookDocument::changed, this, &BookFollower::bookChanged);
    reloadWhenShown();
}

void BookFollower::stopWhenHidden(JobRunner* job)
{
    m_job = job;
}

void BookFollower::bookChanged(const store::BookChange& change)
{
    if (change.touches(m_interest) && (m_accountId == 0 || change.touchesAccount(m_accountId)))
        reloadWhenShown();
}

void BookFollower::reloadWhenShown()
{
    m_stale = isHiddenInItsWindow();
    if (!m_stale)
        m_reload();
}

// Hidden by its window (another page of a stack, a tab not chosen), not
// merely not shown yet: a view on its own reads the book at once.
bool BookFollower::isHiddenInItsWindow() const
{
    for (const QWidget* widget = m_view; widget && !widget->isWindow();
         widget = widget->parentWidget()) {
        if (widget->isHidden() && widget->testAttribute(Qt::WA_WState_ExplicitShowHide))
            return true;
    }
    return false;
}

bool BookFollower::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::Show && m_stale) {
        m_stale = false;
        m_reload();
    }
    if (watched == m_view && event->type() == QEvent::Hide && m_job && m_job->isRunning() &&
        m_document && isHiddenInItsWindow()) {
        m_job->cancel();
        m_stale = true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tenure::ui
