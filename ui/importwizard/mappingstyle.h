#pragma once

#include <QIdentityProxyModel>

namespace tenure::ui {

// Shows the mapping model's roles the way a view can: required fields in
// bold, required fields without a column in the warning colour.
class MappingStyle : public QIdentityProxyModel
{
    Q_OBJECT

public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
};

} // namespace tenure::ui
