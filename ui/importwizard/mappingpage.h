#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace tenure::import {
class ImportSession;
class MappingModel;
} // namespace tenure::import

namespace tenure::ui {

class AmountsBox;
class DateOrderBox;
class FileSelector;
class MappingStyle;

// Which column of each file holds which field: required fields marked,
// sample values beside each choice, and the date-order question when a date
// column reads both ways. A mapping the user makes is remembered for files
// with the same column names.
class MappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit MappingPage(import::ImportSession& session, QWidget* parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;

    // The column chooser of a field's row; for tests and accessibility tools.
    QComboBox* columnChooser(int row) const;

private:
    void refresh();
    void updateChoosers(bool rebuild);
    int current() const;

    import::ImportSession& m_session;
    import::MappingModel* m_model;
    MappingStyle* m_style;
    FileSelector* m_file;
    QLabel* m_origin;
    QTableView* m_table;
    DateOrderBox* m_dates;
    AmountsBox* m_amounts;
    QLineEdit* m_saveAs;
    QLabel* m_status;
};

} // namespace tenure::ui
