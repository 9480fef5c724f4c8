#include "mainwindow.h"

namespace tenure::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Tenure"));
}

bool MainWindow::openBook(const QString& path)
{
    setWindowTitle(tr("%1 - Tenure").arg(path));
    return true;
}

void MainWindow::reopenLastBook() {}

} // namespace tenure::ui
