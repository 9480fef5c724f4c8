#pragma once

#include <QString>

class QAbstractItemModel;
class QWidget;

namespace tenure::ui {

// Writes the rejected rows as they are listed to a CSV file for a spreadsheet
// (formula-like values defused); false when the file cannot be written.
bool writeRejections(const QAbstractItemModel& rejections, const QString& path);
// Asks where, writes, and says so when it fails.
void saveRejections(const QAbstractItemModel& rejections, QWidget* parent);

} // namespace tenure::ui
