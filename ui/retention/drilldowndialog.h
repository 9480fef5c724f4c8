#pragma once

#include <QDialog>

namespace tenure::metrics {
class DrillDownModel;
}

namespace tenure::ui {

// The accounts behind one number, sortable, exportable as CSV; activating a
// row asks to open that account.
class DrillDownDialog : public QDialog
{
    Q_OBJECT
public:
    DrillDownDialog(const QString& title, const QString& summary, metrics::DrillDownModel* model,
                    QWidget* parent = nullptr);

Q_SIGNALS:
    void accountActivated(qint64 accountId);

private:
    void exportCsv();

    metrics::DrillDownModel* m_model;
};

} // namespace tenure::ui
