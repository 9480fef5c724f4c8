#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace tenure::account {
class CellTableModel;
struct AccountDetail;
} // namespace tenure::account

namespace tenure::ui {

// The health score taken apart: the overall as a weighted sum of the
// dimensions, each dimension's inputs with value, weight, effective weight and
// the numbers behind them; a missing input and where its weight went are said.
class DecompositionView : public QWidget
{
    Q_OBJECT
public:
    explicit DecompositionView(QWidget* parent = nullptr);
    void setDetail(const account::AccountDetail& detail);
    account::CellTableModel* model() const { return m_model; }
    QString formula() const;
    QString redistributionNote() const;

private:
    account::CellTableModel* m_model;
    QLabel* m_formula;
    QLabel* m_note;
    QTableView* m_view;
};

} // namespace tenure::ui
