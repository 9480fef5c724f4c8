#pragma once

#include "playbooks/playbook.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace tenure::ui {

// Edits one playbook: its name, description, trigger, segments, whether it
// runs one-to-many, and its steps (title, kind, due offset, description).
class PlaybookEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PlaybookEditor(QWidget* parent = nullptr);

    void setPlaybook(const playbooks::Playbook& playbook);
    // The playbook as edited; its code and builtin flag are the ones set.
    playbooks::Playbook playbook() const;
    // What keeps the playbook from being saved, translated; empty when it can be.
    QString problem() const;

Q_SIGNALS:
    void edited();

private:
    void addStep(const playbooks::PlaybookStep& step);
    void fillTriggerValues();
    void moveStep(int by);

    playbooks::Playbook m_original;
    QLabel* m_origin;
    QLineEdit* m_name;
    QPlainTextEdit* m_description;
    QComboBox* m_trigger;
    QComboBox* m_triggerValue;
    QLineEdit* m_segments;
    QCheckBox* m_oneToMany;
    QTableWidget* m_steps;
};

} // namespace tenure::ui
