#include "chartexport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QWidget>

namespace tenure::ui {

void addImageActions(QWidget* widget)
{
    widget->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* copy = new QAction(QWidget::tr("Copy as Image"), widget);
    QObject::connect(copy, &QAction::triggered, widget,
                     [widget] { QApplication::clipboard()->setPixmap(widget->grab()); });
    auto* save = new QAction(QWidget::tr("Save Image…"), widget);
    QObject::connect(save, &QAction::triggered, widget, [widget] {
        const QString path = QFileDialog::getSaveFileName(widget, QWidget::tr("Save Image"), {},
                                                          QWidget::tr("PNG images (*.png)"));
        if (!path.isEmpty())
            widget->grab().save(path, "PNG");
    });
    widget->addAction(copy);
    widget->addAction(save);
}

} // namespace tenure::ui
