#include "csvwriter.h"

#include <QAbstractItemModel>
#include <QIODevice>

namespace tenure {

QString csvField(const QString& value)
{
    QString field = value;
    bool isNumber = false;
    field.toDouble(&isNumber); // "-12.50" stays a number
    if (!field.isEmpty() && !isNumber && QStringView(u"=+-@\t\r").contains(field.front()))
        field.prepend(u'\'');
    if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n') ||
        field.contains(u'\r')) {
        field.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        field = u'"' + field + u'"';
    }
    return field;
}

QString csvLine(const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& field : fields)
        quoted.append(csvField(field));
    return quoted.join(u',') + QStringLiteral("\r\n");
}

bool writeCsv(const QAbstractItemModel& model, QIODevice& device)
{
    QStringList header;
    for (int column = 0; column < model.columnCount(); ++column)
        header.append(model.headerData(column, Qt::Horizontal).toString());
    if (device.write(csvLine(header).toUtf8()) < 0)
        return false;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList fields;
        for (int column = 0; column < model.columnCount(); ++column)
            fields.append(model.index(row, column).data().toString());
        if (device.write(csvLine(fields).toUtf8()) < 0)
            return false;
    }
    return true;
}

} // namespace tenure
