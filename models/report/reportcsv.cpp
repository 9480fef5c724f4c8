#include "reportcsv.h"

#include "core/csvwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace tenure::report {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::report::ReportTable)
};

} // namespace

QStringList writeTablesAsCsv(std::span<const ReportTable> tables, const QString& folder,
                             const QString& prefix, QString* error)
{
    QStringList written;
    for (const ReportTable& table : tables) {
        const QString path =
            QDir(folder).filePath(prefix + u'-' + table.key + QStringLiteral(".csv"));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            if (error)
                *error = Messages::tr("Cannot write %1: %2").arg(path, file.errorString());
            return {};
        }
        QByteArray bytes = csvLine(table.header).toUtf8();
        for (const QStringList& row : table.rows)
            bytes += csvLine(row).toUtf8();
        file.write(bytes);
        if (!file.commit()) {
            if (error)
                *error = Messages::tr("Cannot write %1: %2").arg(path, file.errorString());
            return {};
        }
        written.append(path);
    }
    return written;
}

} // namespace tenure::report
