#include "historyloader.h"

#include "basecurrency.h"
#include "store/bookdates.h"
#include "store/sqlite.h"

#include <map>
#include <string>
#include <unordered_map>

namespace tenure::metrics {

namespace {

// Segments, owners, plans and currencies repeat across thousands of rows:
// each distinct text becomes one shared QString instead of one per row.
class TextInterner
{
public:
    QString operator()(const store::Statement& row, int column)
    {
        if (row.isNull(column))
            return {};
        const std::string_view utf8 = row.utf8Value(column);
        auto found = m_texts.find(utf8);
        if (found == m_texts.end())
            found = m_texts.emplace(std::string(utf8), QString::fromUtf8(utf8)).first;
        return found->second;
    }

private:
    std::map<std::string, QString, std::less<>> m_texts;
};

} // namespace

bool applyChurnRecognition(PeriodInfo& period, const QDate& canceledOn, const QDate& asOf,
                           ChurnRecognition churnAt)
{
    if (churnAt != ChurnRecognition::Cancellation)
        return true;
    if (!canceledOn.isValid() || canceledOn > asOf)
        return true;
    if (canceledOn <= period.start)
        return false;
    if (!period.end.isValid() || canceledOn < period.end)
        period.end = canceledOn;
    return true;
}

CurrencyConverter loadCurrencyConverter(store::Connection& connection)
{
    CurrencyConverter converter(loadBaseCurrency(connection));
    auto rates = connection.prepare("SELECT currency, rate_on, per_base FROM currency_rates");
    while (rates.step())
        converter.addRate(rates.textValue(0), store::dateAt(rates, 1), rates.doubleValue(2));
    return converter;
}

namespace {

// An account's plan for grouping, when the account row has none (a book
// imported from subscriptions alone): its latest subscription's by the as-of
// date, the one it is on now or, once churned, the one it left.
class LatestPlans
{
public:
    explicit LatestPlans(std::size_t accounts)
        : m_latest(accounts)
    {
    }
    void offer(int account, const QDate& start, const QString& plan)
    {
        Latest& latest = m_latest[static_cast<std::size_t>(account)];
        if (!plan.isEmpty() && (!latest.start.isValid() || start >= latest.start))
            latest = {start, plan};
    }
    void fillEmptyPlans(std::vector<AccountInfo>& accounts) const
    {
        for (std::size_t i = 0; i < accounts.size(); ++i) {
            if (accounts[i].plan.isEmpty())
                accounts[i].plan = m_latest[i].plan;
        }
    }

private:
    struct Latest
    {
        QDate start;
        QString plan;
    };
    std::vector<Latest> m_latest;
};

} // namespace

MrrHistory loadMrrHistory(store::Connection& connection, const QDate& asOf)
{
    TextInterner intern;
    std::vector<AccountInfo> accounts;
    std::unordered_map<std::int64_t, int> indexOf;
    auto accountRows =
        connection.prepare("SELECT id, name, segment, owner, plan FROM accounts ORDER BY id");
    while (accountRows.step()) {
        const std::int64_t id = accountRows.intValue(0);
        indexOf.emplace(id, static_cast<int>(accounts.size()));
        accounts.push_back({id, accountRows.textValue(1), intern(accountRows, 2),
                            intern(accountRows, 3), intern(accountRows, 4)});
    }

    const Conventions conventions = loadConventions(connection);
    LatestPlans latestPlans(accounts.size());
    std::vector<PeriodInfo> periods;
    auto periodRows =
        connection.prepare("SELECT account_id, start_on, end_on, mrr_minor, currency, "
                           "  CASE interval_unit WHEN 'year' THEN 12 * interval_count "
                           "                     WHEN 'month' THEN interval_count ELSE 1 END, "
                           "  canceled_on, plan "
                           "FROM subscription_periods WHERE start_on <= ?");
    const QString asOfText = asOf.toString(Qt::ISODate);
    periodRows.bind(1, asOfText);
    while (periodRows.step()) {
        // A period whose account is gone (a book edited with foreign keys off)
        // belongs to no one: it is left out rather than counted or fatal.
        const auto account = indexOf.find(periodRows.intValue(0));
        if (account == indexOf.end())
            continue;
        PeriodInfo period{account->second,
                          store::dateAt(periodRows, 1),
                          store::dateAt(periodRows, 2),
                          periodRows.intValue(3),
                          intern(periodRows, 4),
                          static_cast<int>(periodRows.intValue(5))};
        latestPlans.offer(period.account, period.start, intern(periodRows, 7));
        if (!applyChurnRecognition(period, store::dateAt(periodRows, 6), asOf, conventions.churnAt))
            continue;
        periods.push_back(std::move(period));
    }
    latestPlans.fillEmptyPlans(accounts);
    MrrHistory history(std::move(accounts), periods, loadCurrencyConverter(connection), asOf);
    history.setConventions(conventions);
    return history;
}

} // namespace tenure::metrics
