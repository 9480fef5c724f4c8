#pragma once

#include "fileplan.h"

#include <QAbstractTableModel>

namespace tenure::import {

// The fields a file's kind reads, one per row: whether it is required, which
// column of the file it is read from, and sample values from that column.
// Choosing a column (setData on the Column cell, Qt::EditRole, -1 for none)
// is handed on through columnChosen(); the owner applies it and calls setPlan().
class MappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum ColumnId { FieldColumn, RequiredColumn, FileColumn, SamplesColumn, ColumnCount };
    enum Role {
        RequiredRole = Qt::UserRole, // bool: the import needs this field
        MissingRole,                 // bool: needed and not mapped yet
        ChoicesRole,                 // QStringList: the file's headers, for the editor
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setPlan(const FilePlan& plan);
    Field fieldAt(int row) const { return m_fields[static_cast<std::size_t>(row)]; }
    int rowOf(Field field) const;
    // Up to three distinct values from the preview of a column of the file.
    QString sampleValues(int column) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void columnChosen(tenure::import::Field field, int column);

private:
    bool isRequired(Field field) const;
    bool isMissing(Field field) const;

    std::vector<Field> m_fields;
    Kind m_kind = Kind::Subscriptions;
    QStringList m_headers;
    std::vector<QStringList> m_preview;
    FieldMapping m_mapping;
    std::vector<Field> m_missing;
};

} // namespace tenure::import
