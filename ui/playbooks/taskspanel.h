#pragma once

#include "playbooks/worklog.h"

#include <QDate>
#include <QWidget>

class QPushButton;
class QTreeWidget;

namespace tenure::store {
class BookDocument;
}

namespace tenure::ui {

class BookFollower;
class OwnerChooser;

// My Tasks: the chosen owner's open tasks, overdue first, then due today,
// then upcoming. A task is completed, rescheduled or skipped with a reason,
// each an undoable step on the book's undo stack.
class TasksPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TasksPanel(QWidget* parent = nullptr);
    // A panel on screen reads the book's open tasks at once, and again when
    // they change; a hidden one when it is next shown (a large book has
    // thousands of open tasks: the window paints first).
    void setDocument(store::BookDocument* document);
    void setToday(const QDate& today); // today by default; tests set it
    void reload();
    void setOwner(const QString& owner); // empty: everyone
    const playbooks::TaskAgenda& agenda() const { return m_agenda; }
    QTreeWidget* tree() const { return m_tree; }
    // Acts on the selected task.
    void completeSelected();
    void rescheduleSelected(const QDate& due);
    void skipSelected(const QString& reason);

Q_SIGNALS:
    void accountActivated(qint64 accountId);

private:
    void bookChanged();
    std::optional<playbooks::Task> selectedTask() const;
    void change(const playbooks::Task& after);
    void updateButtons();

    BookFollower* m_follower;
    QDate m_today = QDate::currentDate();
    playbooks::TaskAgenda m_agenda;
    OwnerChooser* m_owner;
    QTreeWidget* m_tree;
    QPushButton* m_complete;
    QPushButton* m_reschedule;
    QPushButton* m_skip;
};

} // namespace tenure::ui
