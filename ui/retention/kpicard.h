#pragma once

#include <QFrame>

class QLabel;

namespace tenure::ui {

// One headline number with its change against the previous period. The change
// is written out ("+2.1 pts"), never shown by colour alone. Clicking it asks
// for the accounts behind the number.
class KpiCard : public QFrame
{
    Q_OBJECT
public:
    explicit KpiCard(const QString& title, QWidget* parent = nullptr);
    // `better` says whether the change is good news (green) or bad (red).
    void setValue(const QString& value, const QString& change, bool better,
                  const QString& explanation);

Q_SIGNALS:
    void clicked();

protected:
    void changeEvent(QEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void colourChange();

    QLabel* m_value;
    QLabel* m_change = nullptr;
    bool m_better = true;
};

} // namespace tenure::ui
