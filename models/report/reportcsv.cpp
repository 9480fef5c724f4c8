#include "reportcsv.h"

#include "core/atomicfile.h"
#include "core/csvwriter.h"

#include <QDir>

#include <cerrno>
#include <memory>
#include <vector>

namespace tenure::report {

QStringList writeTablesAsCsv(std::span<const ReportTable> tables, const QString& folder,
                             const QString& prefix, QString* error)
{
    // Every table is written and synced before any is renamed into place, so
    // that a failure (a full disk) leaves none of them, new or changed.
    std::vector<std::unique_ptr<AtomicFile>> files;
    for (const ReportTable& table : tables) {
        auto& file = *files.emplace_back(std::make_unique<AtomicFile>(
            QDir(folder).filePath(prefix + u'-' + table.key + QStringLiteral(".csv"))));
        QByteArray bytes = csvLine(table.header).toUtf8();
        for (const QStringList& row : table.rows)
            bytes += csvLine(row).toUtf8();
        errno = 0;
        if (!file.open() || file.device().write(bytes) != bytes.size() || !file.prepare()) {
            if (error) {
                *error = !file.errorString().isEmpty()
                             ? file.errorString()
                             : writeFailureText(file.path(), errno, file.device().errorString());
            }
            return {};
        }
    }
    QStringList written;
    for (const auto& file : files) {
        if (!file->commit()) {
            if (error)
                *error = file->errorString();
            return {};
        }
        written.append(file->path());
    }
    return written;
}

} // namespace tenure::report
