#pragma once

#include "playbooks/worklog.h"

#include <QDate>
#include <QWidget>

class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace tenure::store {
class Connection;
}

namespace tenure::ui {

class OwnerChooser;

// My Tasks: the chosen owner's open tasks, overdue first, then due today,
// then upcoming. A task is completed, rescheduled or skipped with a reason,
// each an undoable step on the window's undo stack.
class TasksPanel : public QWidget
{
    Q_OBJECT
public:
    explicit TasksPanel(QWidget* parent = nullptr);
    // A panel on screen reads the book's open tasks at once; a hidden one
    // when it is first shown.
    void setConnection(store::Connection* connection, QUndoStack* undo);
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

protected:
    void showEvent(QShowEvent* event) override;

private:
    std::optional<playbooks::Task> selectedTask() const;
    void change(const playbooks::Task& after);
    void updateButtons();

    store::Connection* m_connection = nullptr;
    QUndoStack* m_undo = nullptr;
    QDate m_today = QDate::currentDate();
    playbooks::TaskAgenda m_agenda;
    bool m_readWhenShown = false; // the book changed while the panel was hidden
    OwnerChooser* m_owner;
    QTreeWidget* m_tree;
    QPushButton* m_complete;
    QPushButton* m_reschedule;
    QPushButton* m_skip;
};

} // namespace tenure::ui
