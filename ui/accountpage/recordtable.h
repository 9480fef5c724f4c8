#pragma once

#include "accountpage/celltablemodel.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace tenure::ui {

// One of the account page's tables: a caption that counts the rows (or says
// there are none) over a sortable, read-only table.
class RecordTable : public QWidget
{
    Q_OBJECT
public:
    explicit RecordTable(const QString& accessibleName, QWidget* parent = nullptr);

    // `caption` is shown above the rows; `emptyText` instead of them when there are none.
    void setTable(account::CellTable table, const QString& caption, const QString& emptyText);
    account::CellTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

private:
    account::CellTableModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QLabel* m_caption;
    QTableView* m_view;
};

} // namespace tenure::ui
