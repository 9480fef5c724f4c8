#include "bookdump.h"

#include "store/booktables.h"
#include "store/sqlite.h"

#include <QSet>

#include <cstring>

namespace tenure::test {

QStringList dumpBook(const QString& path)
{
    store::Connection book(path, store::Connection::Mode::ReadOnly);
    QStringList lines;
    for (const store::TableShape& table : store::bookTables(book)) {
        store::Statement select =
            book.prepare(QStringLiteral("SELECT * FROM \"%1\"").arg(table.name).toStdString());
        QStringList rows;
        while (select.step()) {
            QString line = table.name;
            for (int column = 0; column < select.columnCount(); ++column) {
                line += u'|';
                switch (select.type(column)) {
                case store::Statement::ValueType::Null:
                    line += QStringLiteral("null");
                    break;
                case store::Statement::ValueType::Integer:
                    line += QStringLiteral("int:%1").arg(select.intValue(column));
                    break;
                case store::Statement::ValueType::Real: {
                    const double value = select.doubleValue(column);
                    quint64 bits = 0;
                    std::memcpy(&bits, &value, sizeof bits);
                    line += QStringLiteral("real:%1(%2)")
                                .arg(bits, 16, 16, QLatin1Char('0'))
                                .arg(value, 0, 'g', 17);
                    break;
                }
                case store::Statement::ValueType::Text:
                    line +=
                        QStringLiteral("text:") +
                        QString::fromLatin1(select.textValue(column).toUtf8().toPercentEncoding());
                    break;
                case store::Statement::ValueType::Blob:
                    line += QStringLiteral("blob");
                    break;
                }
            }
            rows.append(line);
        }
        rows.sort();
        lines += rows;
    }
    return lines;
}

int tablesWithRows(const QStringList& dump)
{
    QSet<QString> tables;
    for (const QString& line : dump)
        tables.insert(line.section(u'|', 0, 0));
    return static_cast<int>(tables.size());
}

} // namespace tenure::test
