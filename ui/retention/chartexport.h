#pragma once

class QWidget;

namespace tenure::ui {

// Gives `widget` a context menu with "Copy as image" (to the clipboard) and
// "Save image…" (PNG), for charts and heatmaps alike.
void addImageActions(QWidget* widget);

} // namespace tenure::ui
