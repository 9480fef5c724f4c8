#pragma once

#include "playbooks/suggestions.h"
#include "playbooks/worklog.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace tenure::store {
class BookDocument;
}

namespace tenure::ui {

class BookFollower;

// The work on one account: plays suggested by its reasons, quadrant and
// lifecycle (start one to schedule its tasks), its open tasks, and its action
// log (log, edit or delete an action). Every change is an undoable step.
class AccountWorkPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AccountWorkPanel(QWidget* parent = nullptr);
    // The book the work is read from and written to (null: none, the panel is disabled).
    void setDocument(store::BookDocument* document);
    // Who plays started here are started by.
    void setOwner(const QString& owner) { m_owner = owner; }
    // `moment` is what the triggers read of the account today.
    void showAccount(qint64 accountId, const playbooks::AccountMoment& moment);
    void clear();
    void reload();

    const std::vector<playbooks::Suggestion>& suggestions() const { return m_suggestions; }
    const std::vector<playbooks::Action>& actions() const { return m_actions; }
    // Starts the suggestion at `index`; logs, edits or deletes an action without a dialog.
    void startSuggestion(int index);
    void logAction(const playbooks::Action& action);
    void editAction(const playbooks::Action& before, const playbooks::Action& after);
    void deleteAction(const playbooks::Action& action);

Q_SIGNALS:
    // After each reload: the suggested plays as "name: why", for a summary elsewhere.
    void suggestionsChanged(const QStringList& plays);

private:
    void fillSuggestions();
    void fillTasks();
    void fillActions();
    void openActionDialog(const playbooks::Action& action);
    const playbooks::Action* selectedAction() const;

    store::BookDocument* document() const;

    BookFollower* m_follower;
    QString m_owner;
    qint64 m_accountId = 0;
    playbooks::AccountMoment m_moment;
    std::vector<playbooks::Playbook> m_library;
    std::vector<playbooks::Suggestion> m_suggestions;
    std::vector<playbooks::Action> m_actions;
    QTreeWidget* m_suggested;
    QTreeWidget* m_tasks;
    QTreeWidget* m_log;
    QPushButton* m_start;
    QPushButton* m_edit;
    QPushButton* m_delete;
};

} // namespace tenure::ui
