#pragma once

#include "playbooks/worklog.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace tenure::store {
class Connection;
}

namespace tenure::ui {

// Logs or edits one action: when, what kind, with whom, about which risk
// reason, what was said, what came of it, and when to follow up.
class ActionDialog : public QDialog
{
    Q_OBJECT
public:
    ActionDialog(store::Connection& connection, const playbooks::Action& action,
                 QWidget* parent = nullptr);
    playbooks::Action action() const;

private:
    playbooks::Action m_action;
    QDateEdit* m_date;
    QComboBox* m_kind;
    QComboBox* m_contact;
    QComboBox* m_reason;
    QLineEdit* m_summary;
    QPlainTextEdit* m_outcome;
    QCheckBox* m_followUp;
    QDateEdit* m_followUpDate;
};

} // namespace tenure::ui
