#pragma once

#include <QMainWindow>

namespace tenure::ui {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    bool openBook(const QString& path);
    void reopenLastBook();
};

} // namespace tenure::ui
