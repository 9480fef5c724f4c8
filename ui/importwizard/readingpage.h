#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace tenure::import {
class ImportSession;
class PreviewModel;
} // namespace tenure::import

namespace tenure::ui {

class FileSelector;

// How each file is read: encoding, delimiter, header row and layout, as
// detected and as the user overrides them, with the first rows as they will
// be split, so a wrong guess shows at once.
class ReadingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ReadingPage(import::ImportSession& session, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

private:
    void buildChoices();
    void refresh();
    void chooseLayout();
    int current() const;

    import::ImportSession& m_session;
    import::PreviewModel* m_preview;
    FileSelector* m_file;
    QComboBox* m_encoding;
    QComboBox* m_delimiter;
    QCheckBox* m_header;
    QComboBox* m_layout;
    QLineEdit* m_source;
    QLabel* m_status;
    QTableView* m_table;
};

} // namespace tenure::ui
