#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace tenure::ui {

// A centred title, a sentence or two, and optional action buttons: what an
// area shows when it has nothing to show yet, saying why and what comes.
// Lays `widget` out centred horizontally (for word-wrapped labels of a fixed width).
QHBoxLayout* centred(QWidget* widget);

class EmptyState : public QWidget
{
    Q_OBJECT
public:
    EmptyState(const QString& title, const QString& text, QWidget* parent = nullptr);
    // Adds a button under the text; returns it so the caller can connect it.
    QPushButton* addAction(const QString& text);
    void setText(const QString& text);

private:
    QLabel* m_body;
    QHBoxLayout* m_actions;
};

} // namespace tenure::ui
