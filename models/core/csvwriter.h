#pragma once

#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QIODevice;

namespace tenure {

// One CSV field: quoted when it holds a delimiter, quote or line break, and
// defused when a spreadsheet would run it as a formula (a leading =, +, -, @,
// tab or carriage return gets an apostrophe in front, unless the field is
// just a number).
QString csvField(const QString& value);
QString csvLine(const QStringList& fields);

// Writes a table model's header and every row's display text as UTF-8 CSV.
bool writeCsv(const QAbstractItemModel& model, QIODevice& device);

} // namespace tenure
