#include "readablecolor.h"

#include <QPalette>

#include <algorithm>
#include <cmath>

namespace tenure::ui {

namespace {

double luminance(const QColor& colour)
{
    const auto linear = [](float channel) {
        return channel <= 0.03928f ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) +
           0.0722 * linear(colour.blueF());
}

} // namespace

double contrastRatio(const QColor& a, const QColor& b)
{
    const double first = luminance(a), second = luminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

QColor readableOn(const QColor& colour, const QColor& background, double ratio)
{
    // Below this luminance white contrasts more with the background than black.
    const bool lighten = luminance(background) < 0.18;
    QColor result = colour.toHsl();
    for (int step = 0; step < 50 && contrastRatio(result, background) < ratio; ++step) {
        const float lightness = result.lightnessF() + (lighten ? 0.02f : -0.02f);
        result.setHslF(result.hslHueF(), result.hslSaturationF(),
                       std::clamp(lightness, 0.0f, 1.0f));
    }
    return result.toRgb();
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

} // namespace tenure::ui
