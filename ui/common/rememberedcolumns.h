#pragma once

#include <QString>

class QHeaderView;

namespace tenure::ui {

// Keeps a table's column widths, order and sort across sessions: restores
// what was saved under `key` (over the defaults set before the call) and
// saves again whenever the user moves, resizes or sorts a column.
void rememberColumns(QHeaderView* header, const QString& key);

} // namespace tenure::ui
