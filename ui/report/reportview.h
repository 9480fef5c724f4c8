#pragma once

#include "reportjob.h"

#include <QDate>
#include <QFutureWatcher>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;

namespace tenure::ui {

// The Reports area: choose a quarter and a scope (whole book, a segment, an
// owner), then preview and print the quarterly retention report, save it as
// a PDF, or export its tables as CSV. The book is read and the report built
// on workers; the GUI thread only paints.
class ReportView : public QWidget
{
    Q_OBJECT
public:
    explicit ReportView(QWidget* parent = nullptr);
    ~ReportView() override;

    void setBook(const QString& path); // empty: clear
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
    void choicesArrived();
    void start(Action action, const QString& target);
    void reportArrived();
    void finish(bool ok, const QString& message);
    void stopWork();

    QString m_path;
    int m_fiscalYearStartMonth = 1; // the book's, read with the choices
    QWidget* m_controls = nullptr;
    QComboBox* m_quarter = nullptr;
    QComboBox* m_segment = nullptr;
    QComboBox* m_owner = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_csv = nullptr;
    QLabel* m_status = nullptr;
    QFutureWatcher<ReportChoices> m_choicesWatcher;
    QFutureWatcher<ReportResult> m_reportWatcher;
    std::shared_ptr<CancelFlag> m_cancel;
    Action m_action = Action::Preview;
    QString m_target;
    QString m_reportBook; // the book the running report is built from
};

} // namespace tenure::ui
