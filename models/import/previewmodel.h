#pragma once

#include "fileplan.h"

#include <QAbstractTableModel>

namespace tenure::import {

// The first rows of a file as the import will split them, with each column's
// header and the field it is mapped to. Rows longer than the header show
// their extra fields, so a wrong delimiter or a ragged export is visible.
class PreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setPlan(const FilePlan& plan);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString mappedFields(int column) const;

    QStringList m_headers;
    std::vector<QStringList> m_rows;
    FieldMapping m_mapping;
    Kind m_kind = Kind::Subscriptions;
    int m_columns = 0;
    int m_firstLine = 2; // the line the first preview row is on
};

} // namespace tenure::import
