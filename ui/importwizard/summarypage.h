#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace tenure::import {
class RejectionModel;
}

namespace tenure::ui {

struct WizardState;

// What the import changed, file by file: rows added, updated, unchanged,
// ignored and skipped, new accounts, the changes a newer export made; or why
// nothing changed when it was cancelled or failed.
class SummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    SummaryPage(WizardState& state, QWidget* parent = nullptr);
    void initializePage() override;

private:
    QString filesText() const;

    WizardState& m_state;
    import::RejectionModel* m_skipped;
    QLabel* m_text;
    QLabel* m_changesTitle;
    QPlainTextEdit* m_changes;
    QPushButton* m_save;
};

} // namespace tenure::ui
