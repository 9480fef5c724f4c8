#include "reportdialog.h"

#include "reportview.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace tenure::ui {

ReportDialog::ReportDialog(const QString& bookPath, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Quarterly retention report"));
    auto* layout = new QVBoxLayout(this);
    auto* view = new ReportView(this);
    layout->addWidget(view);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    view->setBook(bookPath);
}

} // namespace tenure::ui
