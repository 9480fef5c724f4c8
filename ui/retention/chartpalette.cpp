#include "chartpalette.h"

#include <array>

namespace tenure::ui::chartcolor {

QColor series(int index)
{
    static const std::array<QColor, 8> colours = {
        QColor(0x1f, 0x6f, 0x8b), QColor(0xf4, 0xa2, 0x59), QColor(0x6a, 0x4c, 0x93),
        QColor(0x2a, 0x9d, 0x8f), QColor(0xe7, 0x6f, 0x51), QColor(0x26, 0x46, 0x53),
        QColor(0xbc, 0x6c, 0x25), QColor(0x8a, 0xb1, 0x7d)};
    return colours[static_cast<std::size_t>(index) % colours.size()];
}

} // namespace tenure::ui::chartcolor
