#include "rejection.h"

namespace tenure::import {

namespace {

QByteArray csvField(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace("\"", "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

} // namespace

QString Rejection::toText() const
{
    return QStringLiteral("%1:%2:%3: %4").arg(file).arg(line).arg(column).arg(reason);
}

QByteArray rejectionsCsv(const std::vector<Rejection>& rejections)
{
    QByteArray csv = "file,line,column,column_name,value,reason\n";
    for (const Rejection& rejection : rejections) {
        csv += csvField(rejection.file) + ',' + QByteArray::number(rejection.line) + ',' +
               QByteArray::number(rejection.column) + ',' + csvField(rejection.columnName) + ',' +
               csvField(rejection.value) + ',' + csvField(rejection.reason) + '\n';
    }
    return csv;
}

} // namespace tenure::import
