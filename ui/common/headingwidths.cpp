#include "headingwidths.h"

#include <QHeaderView>

#include <algorithm>

namespace tenure::ui {

void fitSectionsToHeadings(QHeaderView* header)
{
    for (int section = 0; section < header->count(); ++section)
        header->resizeSection(
            section, std::max(header->sectionSize(section), header->sectionSizeHint(section)));
}

} // namespace tenure::ui
