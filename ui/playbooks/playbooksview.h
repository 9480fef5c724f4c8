#pragma once

#include <QWidget>

class QTabWidget;

namespace tenure::store {
class BookDocument;
}

namespace tenure::ui {

class EffectsPanel;
class LibraryPanel;
class TasksPanel;

// The Playbooks area: My Tasks, the playbook library and "Did it work?".
class PlaybooksView : public QWidget
{
    Q_OBJECT
public:
    explicit PlaybooksView(QWidget* parent = nullptr);
    // The open book (null: none); each tab follows its changes.
    void setDocument(store::BookDocument* document);
    TasksPanel* tasks() const { return m_tasks; }
    LibraryPanel* library() const { return m_library; }
    EffectsPanel* effects() const { return m_effects; }

Q_SIGNALS:
    void accountActivated(qint64 accountId);

private:
    QTabWidget* m_tabs;
    TasksPanel* m_tasks;
    LibraryPanel* m_library;
    EffectsPanel* m_effects;
};

} // namespace tenure::ui
