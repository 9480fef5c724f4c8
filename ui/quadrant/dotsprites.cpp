#include "dotsprites.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace tenure::ui {

QColor healthColor(double health)
{
    static const QColor red(0xc6, 0x28, 0x28), amber(0xf9, 0xa8, 0x25), green(0x2e, 0x7d, 0x32);
    const double t = std::clamp(health, 0.0, 100.0) / 50;
    const QColor& from = t < 1 ? red : amber;
    const QColor& to = t < 1 ? amber : green;
    const double f = t < 1 ? t : t - 1;
    return QColor::fromRgbF(static_cast<float>(from.redF() + (to.redF() - from.redF()) * f),
                            static_cast<float>(from.greenF() + (to.greenF() - from.greenF()) * f),
                            static_cast<float>(from.blueF() + (to.blueF() - from.blueF()) * f));
}

const QPixmap& DotSprites::dot(double radius, double health, qreal devicePixelRatio)
{
    if (devicePixelRatio != m_ratio) {
        m_cache.clear();
        m_ratio = devicePixelRatio;
    }
    const auto radiusStep = static_cast<quint32>(std::lround(radius / kRadiusStep));
    const auto healthStep =
        static_cast<quint32>(std::lround(std::clamp(health, 0.0, 100.0) * kHealthSteps / 100));
    const quint32 key = radiusStep << 8 | healthStep;
    auto found = m_cache.find(key);
    if (found != m_cache.end())
        return *found;

    const double r = radiusStep * kRadiusStep;
    const int side = static_cast<int>(std::ceil(2 * r + 2));
    QPixmap pixmap(QSize(side, side) * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor fill = healthColor(healthStep * 100.0 / kHealthSteps);
    fill.setAlphaF(0.75f);
    painter.setBrush(fill);
    painter.setPen(QPen(fill.darker(140), 1));
    painter.drawEllipse(QPointF(side / 2.0, side / 2.0), r, r);
    painter.end();
    return *m_cache.insert(key, pixmap);
}

} // namespace tenure::ui
