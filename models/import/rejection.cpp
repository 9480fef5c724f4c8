#include "rejection.h"

#include "core/csvwriter.h"

namespace tenure::import {

QString Rejection::toText() const
{
    return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(reason);
}

QByteArray rejectionsCsv(const std::vector<Rejection>& rejections)
{
    // The shared writer defuses values a spreadsheet would run as formulas:
    // a rejected value is whatever the file held.
    QString csv =
        csvLine({QStringLiteral("file"), QStringLiteral("line"), QStringLiteral("column"),
                 QStringLiteral("column_name"), QStringLiteral("value"), QStringLiteral("reason")});
    for (const Rejection& rejection : rejections) {
        csv += csvLine({rejection.file, QString::number(rejection.line),
                        QString::number(rejection.column), rejection.columnName, rejection.value,
                        rejection.reason});
    }
    return csv.toUtf8();
}

} // namespace tenure::import
