#include "kpicard.h"

#include "common/readablecolor.h"

#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace tenure::ui {

KpiCard::KpiCard(const QString& title, QWidget* parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(title);

    auto* heading = new QLabel(title, this);
    heading->setForegroundRole(QPalette::PlaceholderText);
    m_value = new QLabel(QStringLiteral("–"), this);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setWeight(QFont::DemiBold);
    m_value->setFont(big);
    m_change = new QLabel(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    layout->addWidget(heading);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
}

void KpiCard::setValue(const QString& value, const QString& change, bool better,
                       const QString& explanation)
{
    m_value->setText(value);
    m_change->setText(change);
    m_better = better;
    colourChange();
    setToolTip(explanation);
    setAccessibleDescription(QStringLiteral("%1, %2").arg(value, change));
}

void KpiCard::colourChange()
{
    // Green or red, shaded to read on the card whether the palette is light or dark.
    const QColor colour = m_better ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28);
    QPalette palette = m_change->palette();
    palette.setColor(m_change->foregroundRole(),
                     readableOn(colour, this->palette().color(QPalette::Base)));
    m_change->setPalette(palette);
}

void KpiCard::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_change) // not while constructing
        colourChange();
}

void KpiCard::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT clicked();
    QFrame::mouseReleaseEvent(event);
}

void KpiCard::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
        event->key() == Qt::Key_Space)
        Q_EMIT clicked();
    else
        QFrame::keyPressEvent(event);
}

} // namespace tenure::ui
