#include "rememberedcolumns.h"

#include <QHeaderView>
#include <QSettings>

namespace tenure::ui {

void rememberColumns(QHeaderView* header, const QString& key)
{
    const QString settingsKey = QStringLiteral("columns/") + key;
    const QByteArray saved = QSettings().value(settingsKey).toByteArray();
    if (!saved.isEmpty())
        header->restoreState(saved);
    const auto save = [header, settingsKey] {
        QSettings().setValue(settingsKey, header->saveState());
    };
    QObject::connect(header, &QHeaderView::sectionResized, header, save);
    QObject::connect(header, &QHeaderView::sectionMoved, header, save);
    QObject::connect(header, &QHeaderView::sortIndicatorChanged, header, save);
}

} // namespace tenure::ui
