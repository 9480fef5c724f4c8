#pragma once

#include <QWidget>

class QLabel;
class QListWidget;

namespace tenure::ui {

// What the window shows with no book open: make one, open one, or pick a
// recent one.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);
    void refreshRecent();

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void recentChosen(const QString& path);

private:
    QLabel* m_recentTitle;
    QListWidget* m_recent;
};

} // namespace tenure::ui
