#pragma once

#include "report/quarterlyreport.h"
#include "reportjob.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;

namespace tenure::store {
class BookDocument;
}

namespace tenure::ui {

class BookFollower;
class JobRunner;

// The Reports area: choose a quarter and a scope (whole book, a segment, an
// owner), then preview and print the quarterly retention report, save it as
// a PDF, or export its tables as CSV. The book is read and the report built
// on workers; the GUI thread only paints.
class ReportView : public QWidget
{
    Q_OBJECT
public:
    explicit ReportView(QWidget* parent = nullptr);

    void setDocument(store::BookDocument* document); // null: clear
    bool isBusy() const;

    // The chosen quarter and scope; tests set them through the combo boxes.
    report::Quarter quarter() const;
    report::ReportScope scope() const;

public Q_SLOTS:
    void preview();
    void savePdf();
    void exportCsv();
    // Without a dialog, for tests and callers that already know the file or folder.
    void savePdfTo(const QString& path);
    void exportCsvTo(const QString& folder);

Q_SIGNALS:
    void choicesLoaded();
    // Each action ends with this, `ok` false and a message shown when it failed.
    void finished(bool ok, const QString& message);

private:
    enum class Action { Preview, Pdf, Csv };
    QWidget* buildControls();
    void reload();
    void choicesArrived(const ReportChoices& choices);
    void start(Action action, const QString& target);
    void reportArrived(const report::QuarterlyReport& built);
    void finish(bool ok, const QString& message);

    BookFollower* m_follower;
    JobRunner* m_choicesJob;
    JobRunner* m_reportJob;
    QString m_path;                 // the book the choices were read from
    int m_fiscalYearStartMonth = 1; // the book's, read with the choices
    QWidget* m_controls = nullptr;
    QComboBox* m_quarter = nullptr;
    QComboBox* m_segment = nullptr;
    QComboBox* m_owner = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_csv = nullptr;
    QLabel* m_status = nullptr;
    Action m_action = Action::Preview;
    QString m_target;
};

} // namespace tenure::ui
