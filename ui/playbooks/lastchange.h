#pragma once

#include <QString>

namespace tenure::ui {

// "Last changed by Maya on 07/12/2026 18:34" (local time) for a task or an
// action, from its changed_by and changed_at; empty when the book does not
// know who changed it.
QString lastChangeTooltip(const QString& by, const QString& atUtc);

} // namespace tenure::ui
