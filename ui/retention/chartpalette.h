#pragma once

#include <QColor>

namespace tenure::ui {

// One palette for every retention chart, so a colour means the same thing
// everywhere: greens grow revenue, blue brings it back, orange and red lose it.
namespace chartcolor {
inline const QColor New(0x2e, 0x7d, 0x32);
inline const QColor Expansion(0x81, 0xc7, 0x84);
inline const QColor Reactivation(0x1e, 0x88, 0xe5);
inline const QColor Contraction(0xfb, 0x8c, 0x00);
inline const QColor Churn(0xc6, 0x28, 0x28);
inline const QColor Net(0x26, 0x32, 0x38);

// Distinct colours for curves by segment, plan, owner or cohort.
QColor series(int index);
} // namespace chartcolor

} // namespace tenure::ui
