#pragma once

#include <QLabel>

#include <algorithm>

namespace tenure::ui {

// Sets a fixed-width, word-wrapped label's text and makes room for all its
// lines: in the side panel's scroll area the layout otherwise leaves such a
// label one line high.
inline void setWrappedText(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setMinimumHeight(std::max(0, label->heightForWidth(label->width()))); // -1 when empty
}

} // namespace tenure::ui
