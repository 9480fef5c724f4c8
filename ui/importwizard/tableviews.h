#pragma once

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace tenure::ui {

// A compact, read-only table for the wizard's lists (preview, rejected rows, reviews).
QTableView* makeTableView(QAbstractItemModel* model, QWidget* parent);

} // namespace tenure::ui
