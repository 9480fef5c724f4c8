#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace tenure::account {

// One cell: the text shown, the raw value it sorts by, and an optional tooltip.
struct Cell
{
    QString text;
    QVariant sortValue; // the text when null
    QString toolTip;
};

struct CellRow
{
    std::vector<Cell> cells;
    QVariant key;         // what the row stands for (KeyRole), e.g. an evidence source
    bool heading = false; // a group's title row (HeadingRole), which views set apart
};

// The columns and rows of one of the account page's tables.
struct CellTable
{
    QStringList headers;
    std::vector<int> numericColumns; // right-aligned
    std::vector<CellRow> rows;
};

// A read-only table over prepared cells: the account page's tables are small
// (one account's tickets, contacts, ...) and fully formatted by their builders.
class CellTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { SortRole = Qt::UserRole + 1, KeyRole, HeadingRole };

    explicit CellTableModel(QObject* parent = nullptr);

    void setTable(CellTable table);
    const CellTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    CellTable m_table;
};

} // namespace tenure::account
