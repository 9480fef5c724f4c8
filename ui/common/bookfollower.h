#pragma once

#include "store/bookdocument.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace tenure::ui {

class JobRunner;

// How a view is handed the open book and kept true to it: the view's reload
// runs when the book is set and whenever the document says a part the view
// shows changed, at once while the view is visible and otherwise when it is
// next shown. Narrowed to one account, changes to other accounts pass by.
class BookFollower : public QObject
{
    Q_OBJECT
public:
    BookFollower(QWidget* view, store::BookChange::Parts interest, std::function<void()> reload);

    // Null: no book, and the view empties at once, shown or not.
    void setDocument(store::BookDocument* document);
    store::BookDocument* document() const { return m_document; }
    void setAccount(std::int64_t accountId) { m_accountId = accountId; }
    // When the view is hidden in its window while `job` still works for it,
    // the job is cancelled and the view reloads when next shown: the machine
    // works only for what is on screen.
    void stopWhenHidden(JobRunner* job);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void bookChanged(const store::BookChange& change);
    void reloadWhenShown();
    bool isHiddenInItsWindow() const;

    QWidget* m_view;
    store::BookChange::Parts m_interest;
    std::function<void()> m_reload;
    QPointer<store::BookDocument> m_document;
    QPointer<JobRunner> m_job;
    QMetaObject::Connection m_subscription;
    std::int64_t m_accountId = 0;
    bool m_stale = false;
};

} // namespace tenure::ui
