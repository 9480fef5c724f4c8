#pragma once

#include <QWizardPage>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace tenure::import {
class ImportSession;
}

namespace tenure::ui {

// The files to import, added with a file dialog or dropped on the wizard,
// each with what detection made of it.
class FilesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FilesPage(import::ImportSession& session, QWidget* parent = nullptr);
    bool isComplete() const override;

private:
    void chooseFiles();
    void removeSelected();
    void refresh();

    import::ImportSession& m_session;
    QTreeWidget* m_files;
    QPushButton* m_remove;
    QLabel* m_empty;
};

} // namespace tenure::ui
