#pragma once

#include <QColor>
#include <QHash>
#include <QPixmap>

namespace tenure::ui {

// Health as a colour: red at 0, amber at 50, green at 100.
QColor healthColor(double health);

// Anti-aliased dots drawn once per (radius, colour) step and then blitted:
// painting 20,000 ellipses one by one is what makes scatter plots slow.
class DotSprites
{
public:
    static constexpr double kRadiusStep = 0.5;
    static constexpr int kHealthSteps = 20; // colour changes every 5 points of health

    // The dot for `radius` (px) and `health`; its centre is at (side / 2, side / 2).
    const QPixmap& dot(double radius, double health, qreal devicePixelRatio);

private:
    QHash<quint32, QPixmap> m_cache;
    qreal m_ratio = 0;
};

} // namespace tenure::ui
