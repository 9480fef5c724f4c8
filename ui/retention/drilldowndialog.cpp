#include "drilldowndialog.h"

#include "core/csvwriter.h"
#include "metrics/drilldownmodel.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tenure::ui {

DrillDownDialog::DrillDownDialog(const QString& title, const QString& summary,
                                 metrics::DrillDownModel* model, QWidget* parent)
    : QDialog(parent)
    , m_model(model)
{
    setWindowTitle(title);
    resize(980, 560);
    model->setParent(this);

    auto* label = new QLabel(summary, this);
    label->setWordWrap(true);
    auto* sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(model);
    sorted->setSortRole(metrics::DrillDownModel::SortRole);
    auto* table = new QTableView(this);
    table->setModel(sorted);
    table->setSortingEnabled(true);
    table->sortByColumn(metrics::DrillDownModel::Change, Qt::AscendingOrder);
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setColumnWidth(metrics::DrillDownModel::Account, 240);
    table->setAccessibleName(title);
    connect(table, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT accountActivated(index.data(metrics::DrillDownModel::AccountIdRole).toLongLong());
    });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* exportButton = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    connect(exportButton, &QPushButton::clicked, this, &DrillDownDialog::exportCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
}

void DrillDownDialog::exportCsv()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export CSV"), {}, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !writeCsv(*m_model, file) || !file.commit())
        QMessageBox::critical(this, tr("Export CSV"),
                              tr("Could not write %1: %2").arg(path, file.errorString()));
}

} // namespace tenure::ui
