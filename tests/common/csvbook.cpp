#include "csvbook.h"

#include "common/countingprogress.h"
#include "store/sqlite.h"

namespace tenure::test {

std::int64_t CsvBook::accountId(const QString& externalId) const
{
    auto find = book->connection().prepare(
        "SELECT account_id FROM account_external_ids WHERE external_id = ?");
    find.bind(1, externalId);
    return find.step() ? find.intValue(0) : 0;
}

import::ImportOutcome importInto(store::Book& book, const QStringList& files,
                                 const import::ImportOptions& options){CountingProgress progress;
return import::importFiles(book, files, options, progress);
} // namespace tenure::test

CsvBook bookFromCsv(const std::vector<std::pair<QString, QByteArray>>& files)
{
    CsvBook result;
    result.folder = std::make_unique<TempFolder>();
    result.book = store::Book::create(result.folder->path(QStringLiteral("csv.tenure")));
    QStringList paths;
    for (const auto& [name, bytes] : files)
        paths << result.folder->write(name, bytes);
    result.outcome = importInto(*result.book, paths);
    return result;
}

} // namespace tenure::test
