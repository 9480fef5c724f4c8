#include "accountlist.h"

#include "metrics/historyloader.h"
#include "metrics/month.h"
#include "store/sqlite.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <unordered_map>

namespace tenure::accounts {

namespace {

// Hands out one shared copy of each distinct string.
class StringPool
{
public:
    QString intern(const QString& text)
    {
        if (text.isEmpty())
            return {};
        const auto found = m_strings.constFind(text);
        if (found != m_strings.constEnd())
            return *found;
        m_strings.insert(text);
        return text;
    }

private:
    QSet<QString> m_strings;
};

QStringList sortedDistinct(const std::vector<AccountRow>& rows, QString AccountRow::*field)
{
    QSet<QString> values;
    for (const AccountRow& row : rows) {
        if (!(row.*field).isEmpty())
            values.insert(row.*field);
    }
    QStringList list(values.begin(), values.end());
    list.sort(Qt::CaseInsensitive);
    return list;
}

} // namespace

AccountList loadAccountList(store::Connection& connection, const QDate& asOf)
{
    AccountList list;
    list.asOf = asOf;
    const auto converter = metrics::loadCurrencyConverter(connection);
    list.baseCurrency = converter.baseCurrency();

    StringPool pool;
    std::unordered_map<std::int64_t, std::size_t> indexOf;
    auto accounts = connection.prepare(
        "SELECT id, name, owner, segment, plan, status, renewal_on FROM accounts ORDER BY id");
    while (accounts.step()) {
        AccountRow row;
        row.id = accounts.intValue(0);
        row.name = accounts.textValue(1);
        row.owner = pool.intern(accounts.textValue(2));
        row.segment = pool.intern(accounts.textValue(3));
        row.plan = pool.intern(accounts.textValue(4));
        row.status = pool.intern(accounts.textValue(5));
        if (!accounts.isNull(6))
            row.renewal = metrics::parseIsoDate(accounts.utf8Value(6));
        indexOf.emplace(row.id, list.rows.size());
        list.rows.push_back(std::move(row));
    }

    const QString day = asOf.toString(Qt::ISODate);
    auto periods = connection.prepare(
        "SELECT account_id, min(start_on), "
        "  group_concat(CASE WHEN start_on <= ?1 AND (end_on IS NULL OR end_on > ?1) "
        "               THEN currency || ':' || mrr_minor END) "
        "FROM subscription_periods GROUP BY account_id");
    periods.bind(1, day);
    while (periods.step()) {
        const auto found = indexOf.find(periods.intValue(0));
        if (found == indexOf.end())
            continue;
        AccountRow& row = list.rows[found->second];
        row.start = metrics::parseIsoDate(periods.utf8Value(1));
        // "USD:12000,EUR:5000": the periods running on the as-of date.
        for (const QString& part : periods.textValue(2).split(u',', Qt::SkipEmptyParts)) {
            const QString currency = part.section(u':', 0, 0);
            const std::int64_t amount = part.section(u':', 1).toLongLong();
            try {
                row.mrrMinor += converter.toBase(amount, currency, asOf);
            } catch (const metrics::MissingRate&) {
                row.mrrUnknown = true;
            }
        }
    }
    list.owners = sortedDistinct(list.rows, &AccountRow::owner);
    list.segments = sortedDistinct(list.rows, &AccountRow::segment);
    return list;
}

} // namespace tenure::accounts
