#pragma once

class QHeaderView;

namespace tenure::ui {

// Widens every section that is narrower than its heading (with room for the
// sort arrow), so a heading is never clipped in a language with longer words.
// Call it after setting the default widths and before rememberColumns().
void fitSectionsToHeadings(QHeaderView* header);

} // namespace tenure::ui
