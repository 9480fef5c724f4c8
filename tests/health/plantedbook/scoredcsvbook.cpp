#include "scoredcsvbook.h"

#include "common/csvbook.h"
#include "health/signalsloader.h"
#include "store/sqlite.h"

#include <algorithm>

namespace tenure::test {

const health::AccountHealth* ScoredCsvBook::account(const QString& externalId) const
{
    const std::int64_t id = idOf.value(externalId, 0);
    const auto found =
        std::find_if(health.accounts.begin(), health.accounts.end(),
                     [id](const health::AccountHealth& account) { return account.id == id; });
    return found == health.accounts.end() ? nullptr : &*found;
}

ScoredCsvBook importAndScore(const QString& bookPath, const QStringList& files, const QDate& asOf)
{
    ScoredCsvBook scored;
    scored.book = store::Book::create(bookPath);
    scored.import = importInto(*scored.book, files);
    auto& connection = scored.book->connection();
    auto ids = connection.prepare("SELECT external_id, account_id FROM account_external_ids");
    while (ids.step())
        scored.idOf.insert(ids.textValue(0), ids.intValue(1));
    scored.health = health::evaluateBook(health::loadSignals(connection, asOf), asOf,
                                         health::loadHealthConfig(connection));
    return scored;
}

} // namespace tenure::test
