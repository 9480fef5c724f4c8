#include "mappingstyle.h"

#include "common/readablecolor.h"
#include "import/mappingmodel.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace tenure::ui {

QVariant MappingStyle::data(const QModelIndex& index, int role) const
{
    using import::MappingModel;
    if (role == Qt::FontRole && index.column() == MappingModel::FieldColumn &&
        index.data(MappingModel::RequiredRole).toBool()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole && index.column() <= MappingModel::RequiredColumn &&
        index.data(MappingModel::MissingRole).toBool())
        return readableOn(QColor(0xb4, 0x23, 0x18),
                          QGuiApplication::palette().color(QPalette::Base));
    return QIdentityProxyModel::data(index, role);
}

} // namespace tenure::ui
