#pragma once

#include "rejection.h"

#include <QAbstractTableModel>

#include <vector>

namespace tenure::import {

// Every rejected row with its file, line, column, value and reason, for the
// wizard's list and for saving as CSV (core/csvwriter.h writes what it shows).
class RejectionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum ColumnId {
        FileColumn,
        LineColumn,
        ColumnNumberColumn,
        ColumnNameColumn,
        ValueColumn,
        ReasonColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setRejections(std::vector<Rejection> rejections);
    const std::vector<Rejection>& rejections() const { return m_rejections; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<Rejection> m_rejections;
};

} // namespace tenure::import
