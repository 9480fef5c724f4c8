#include "recordtable.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tenure::ui {

RecordTable::RecordTable(const QString& accessibleName, QWidget* parent)
    : QWidget(parent)
    , m_model(new account::CellTableModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
{
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(account::CellTableModel::SortRole);
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setModel(m_sorted);
    m_view->setAccessibleName(accessibleName);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_view, 1);
}

void RecordTable::setTable(account::CellTable table, const QString& caption,
                           const QString& emptyText)
{
    const bool empty = table.rows.empty();
    m_model->setTable(std::move(table));
    m_caption->setText(empty ? emptyText : caption);
    m_view->setVisible(!empty);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the builder's order: newest first, ...
    m_view->resizeColumnsToContents();
    // Long free text (subjects, comments) stretches in the last column instead.
    const int columns = m_model->columnCount();
    for (int column = 0; column + 1 < columns; ++column)
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), 260));
}

} // namespace tenure::ui
