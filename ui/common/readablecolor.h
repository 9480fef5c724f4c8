#pragma once

#include <QColor>

class QPalette;

namespace tenure::ui {

// The contrast ratio of two colours as WCAG 2 defines it: 1 (the same
// luminance) to 21 (black on white). Text reads well from 4.5.
double contrastRatio(const QColor& a, const QColor& b);

// `colour` with its hue kept and its lightness moved away from `background`
// until the two contrast by at least `ratio`, so a semantic colour chosen for
// a light window (red risk, green health) stays readable on a dark one.
QColor readableOn(const QColor& colour, const QColor& background, double ratio = 4.5);

// Whether the palette draws light text on a dark window.
bool isDark(const QPalette& palette);

} // namespace tenure::ui
