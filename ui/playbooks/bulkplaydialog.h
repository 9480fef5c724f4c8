#pragma once

#include "playbooks/playbook.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace tenure::store {
class BookDocument;
}

namespace tenure::ui {

// Runs a one-to-many play over a list of accounts (a segment, a filtered
// list): logs the action on each, in one undoable step, and saves the
// recipients (contacts by persona) as a CSV for the mail tool.
class BulkPlayDialog : public QDialog
{
    Q_OBJECT
public:
    BulkPlayDialog(store::BookDocument& document, std::vector<std::int64_t> accounts, QString owner,
                   QWidget* parent = nullptr);
    // What OK does, reachable without clicking: runs the play and, when
    // `recipientsPath` is not empty, writes the recipients there.
    bool run(const QString& recipientsPath);
    void choosePlaybook(const QString& code);
    void chooseRoles(const QStringList& roles);

private:
    QStringList roles() const;
    void updateCount();

    store::BookDocument& m_document;
    std::vector<std::int64_t> m_accounts;
    QString m_owner;
    std::vector<playbooks::Playbook> m_library;
    QComboBox* m_playbook;
    QLineEdit* m_summary;
    QListWidget* m_roles;
    QLabel* m_recipients;
};

} // namespace tenure::ui
