#pragma once

#include <QDialog>

namespace tenure::ui {

// The report's choices (quarter and scope) in a dialog, for a menu command:
// from it the manager previews and prints, saves a PDF or exports CSV.
class ReportDialog : public QDialog
{
    Q_OBJECT
public:
    ReportDialog(const QString& bookPath, QWidget* parent = nullptr);
};

} // namespace tenure::ui
