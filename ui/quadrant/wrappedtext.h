#pragma once

#include <QLabel>

namespace tenure::ui {

// Sets a fixed-width, word-wrapped label's text and makes room for all its
// lines: in the side panel's scroll area the layout otherwise leaves such a
// label one line high.
inline void setWrappedText(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setMinimumHeight(label->heightForWidth(label->width()));
}

} // namespace tenure::ui
