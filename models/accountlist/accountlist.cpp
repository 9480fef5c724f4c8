#include "accountlist.h"

#include "metrics/historyloader.h"
#include "metrics/month.h"
#include "store/bookdates.h"
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
            row.renewal = store::dateAt(accounts, 6);
        indexOf.emplace(row.id, list.rows.size());
        list.rows.push_back(std::move(row));
    }

    auto firstStarts = connection.prepare(
        "SELECT account_id, min(start_on) FROM subscription_periods GROUP BY account_id");
    while (firstStarts.step()) {
        const auto found = indexOf.find(firstStarts.intValue(0));
        if (found != indexOf.end())
            list.rows[found->second].start = store::dateAt(firstStarts, 1);
    }

    const QString day = asOf.toString(Qt::ISODate);
    auto running =
        connection.prepare("SELECT account_id, currency, mrr_minor FROM subscription_periods "
                           "WHERE start_on <= ?1 AND (end_on IS NULL OR end_on > ?1)");
    running.bind(1, day);
    QString currency;
    while (running.step()) {
        const auto found = indexOf.find(running.intValue(0));
        if (found == indexOf.end())
            continue;
        AccountRow& row = list.rows[found->second];
        currency = pool.intern(running.textValue(1));
        try {
            row.mrrMinor += converter.toBase(running.intValue(2), currency, asOf);
        } catch (const metrics::MissingRate&) {
            row.mrrUnknown = true;
        }
    }

    // Rows go out in name order, so the list's first sort (by name) finds
    // them sorted and can compare positions instead of strings.
    std::sort(list.rows.begin(), list.rows.end(), [](const AccountRow& a, const AccountRow& b) {
        const int order = a.name.compare(b.name, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a.id < b.id;
    });
    list.owners = sortedDistinct(list.rows, &AccountRow::owner);
    list.segments = sortedDistinct(list.rows, &AccountRow::segment);
    return list;
}

} // namespace tenure::accounts
