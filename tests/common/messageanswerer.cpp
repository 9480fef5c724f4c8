#include "messageanswerer.h"

#include <QApplication>
#include <QMessageBox>

namespace tenure::test {

MessageAnswerer::MessageAnswerer()
{
    m_timer.setInterval(10);
    QObject::connect(&m_timer, &QTimer::timeout, [this] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            shown.append(box->text());
            box->accept();
        }
    });
    m_timer.start();
}

} // namespace tenure::test
