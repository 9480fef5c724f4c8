#include "signalsloader.h"

#include "metrics/historyloader.h"
#include "metrics/month.h"
#include "store/sqlite.h"

#include <unordered_map>

namespace tenure::health {

namespace {

using metrics::parseIsoDate;

QDate dateAt(const store::Statement& row, int column)
{
    return row.isNull(column) ? QDate() : parseIsoDate(row.utf8Value(column));
}

// A date that lies after the as-of date was not known then.
QDate knownBy(const QDate& date, const QDate& asOf)
{
    return date.isValid() && date <= asOf ? date : QDate();
}

class Loader
{
public:
    Loader(store::Connection& connection, const QDate& asOf)
        : m_db(connection)
        , m_asOf(asOf)
        , m_asOfText(asOf.toString(Qt::ISODate).toUtf8())
    {
    }

    std::vector<AccountSignals> run()
    {
        loadAccounts();
        loadMrr();
        loadUsage();
        loadContacts();
        loadTickets();
        loadSurveys();
        loadRequests();
        loadGoals();
        loadEvents();
        loadActions();
        return std::move(m_accounts);
    }

private:
    // Runs `sql` with the as-of date bound to every ?1 and hands each row with
    // its account to `read`.
    template <typename Read>
    void forEachRow(const char* sql, Read&& read, const QByteArray& bound = {})
    {
        auto rows = m_db.prepare(sql);
        rows.bind(1, std::string_view(m_asOfText.constData(), m_asOfText.size()));
        if (!bound.isEmpty())
            rows.bind(2, std::string_view(bound.constData(), bound.size()));
        while (rows.step()) {
            const auto found = m_index.find(rows.intValue(0));
            if (found != m_index.end())
                read(m_accounts[found->second], rows);
        }
    }

    void loadAccounts()
    {
        auto rows = m_db.prepare(
            "SELECT id, name, segment, owner, seats_purchased, created_on, onboarding_target_on, "
            "go_live_on, renewal_on FROM accounts ORDER BY id");
        while (rows.step()) {
            AccountSignals account;
            account.id = rows.intValue(0);
            account.name = rows.textValue(1);
            account.segment = rows.textValue(2);
            account.owner = rows.textValue(3);
            account.seats = static_cast<int>(rows.intValue(4));
            account.createdOn = dateAt(rows, 5);
            account.onboardingTargetOn = dateAt(rows, 6);
            account.goLiveOn = knownBy(dateAt(rows, 7), m_asOf);
            account.renewalOn = dateAt(rows, 8);
            m_index.emplace(account.id, m_accounts.size());
            m_accounts.push_back(std::move(account));
        }
    }

    void loadMrr()
    {
        const auto converter = metrics::loadCurrencyConverter(m_db);
        for (AccountSignals& account : m_accounts)
            account.currency = converter.baseCurrency();
        const QDate before = m_asOf.addDays(-90);
        forEachRow("SELECT account_id, start_on, end_on, mrr_minor, currency "
                   "FROM subscription_periods WHERE start_on <= ?1",
                   [&](AccountSignals& account, const store::Statement& row) {
                       const QDate start = dateAt(row, 1);
                       const QDate end = dateAt(row, 2);
                       const auto activeOn = [&](const QDate& day) {
                           return start <= day && (!end.isValid() || day < end);
                       };
                       const QString currency = row.textValue(4);
                       if (activeOn(m_asOf))
                           account.mrrNow += converter.toBase(row.intValue(3), currency, m_asOf);
                       if (activeOn(before))
                           account.mrr90DaysAgo +=
                               converter.toBase(row.intValue(3), currency, before);
                   });
    }

    void loadUsage()
    {
        const QByteArray from = m_asOf.addDays(-kUsageWindowDays).toString(Qt::ISODate).toUtf8();
        forEachRow(
            "SELECT account_id, period_start, active_users, sessions, key_events, "
            "period_days FROM usage WHERE period_start <= ?1 AND period_start > ?2 "
            "ORDER BY account_id, period_start",
            [&](AccountSignals& account, const store::Statement& row) {
                // Daily rows fold into the week they fall in (Monday-based).
                const QDate day = dateAt(row, 1);
                const QDate week = row.intValue(5) == 7 ? day : day.addDays(1 - day.dayOfWeek());
                if (account.usage.empty() || account.usage.back().start != week)
                    account.usage.push_back({week, 0, 0, 0});
                UsageWeek& into = account.usage.back();
                into.activeUsers = std::max(into.activeUsers, static_cast<int>(row.intValue(2)));
                into.sessions += static_cast<int>(row.intValue(3));
                into.keyEvents += static_cast<int>(row.intValue(4));
            },
            from);
    }

    void loadContacts()
    {
        forEachRow("SELECT account_id, name, role, last_active_on, left_on FROM contacts "
                   "WHERE created_on IS NULL OR created_on <= ?1",
                   [&](AccountSignals& account, const store::Statement& row) {
                       account.contacts.push_back({row.textValue(1), row.textValue(2),
                                                   std::min(dateAt(row, 3), m_asOf),
                                                   knownBy(dateAt(row, 4), m_asOf)});
                   });
    }

    void loadTickets()
    {
        forEachRow("SELECT account_id, opened_on, closed_on, priority, type, escalated "
                   "FROM tickets WHERE opened_on <= ?1 ORDER BY account_id, opened_on",
                   [&](AccountSignals& account, const store::Statement& row) {
                       account.tickets.push_back({dateAt(row, 1), knownBy(dateAt(row, 2), m_asOf),
                                                  row.textValue(3), row.textValue(4),
                                                  row.intValue(5) != 0});
                   });
    }

    void loadSurveys()
    {
        forEachRow("SELECT s.account_id, s.responded_on, s.kind, s.score, s.comment, c.name "
                   "FROM survey_responses s LEFT JOIN contacts c ON c.id = s.contact_id "
                   "WHERE s.responded_on <= ?1 ORDER BY s.account_id, s.responded_on",
                   [&](AccountSignals& account, const store::Statement& row) {
                       account.surveys.push_back({dateAt(row, 1), row.textValue(2),
                                                  static_cast<int>(row.intValue(3)),
                                                  row.textValue(4), row.textValue(5)});
                   });
    }

    void loadRequests()
    {
        forEachRow(
            "SELECT account_id, requested_on, kind, title FROM feature_requests "
            "WHERE requested_on <= ?1 ORDER BY account_id, requested_on",
            [&](AccountSignals& account, const store::Statement& row) {
                account.requests.push_back({dateAt(row, 1), row.textValue(2), row.textValue(3)});
            });
    }

    void loadGoals()
    {
        forEachRow("SELECT account_id, title, target, achieved, due_on, achieved_on FROM goals "
                   "WHERE due_on IS NULL OR due_on <= date(?1, '+1 year')",
                   [&](AccountSignals& account, const store::Statement& row) {
                       account.goals.push_back({row.textValue(1), row.doubleValue(2),
                                                row.doubleValue(3), dateAt(row, 4),
                                                knownBy(dateAt(row, 5), m_asOf)});
                   });
    }

    void loadEvents()
    {
        forEachRow(
            "SELECT account_id, occurred_on, kind, description FROM account_events "
            "WHERE occurred_on <= ?1 ORDER BY account_id, occurred_on",
            [&](AccountSignals& account, const store::Statement& row) {
                account.events.push_back({dateAt(row, 1), row.textValue(2), row.textValue(3)});
            });
    }

    void loadActions()
    {
        forEachRow("SELECT account_id, occurred_on, kind FROM actions WHERE occurred_on <= ?1 "
                   "ORDER BY account_id, occurred_on",
                   [&](AccountSignals& account, const store::Statement& row) {
                       account.actions.push_back({dateAt(row, 1), row.textValue(2)});
                   });
    }

    store::Connection& m_db;
    QDate m_asOf;
    QByteArray m_asOfText;
    std::vector<AccountSignals> m_accounts;
    std::unordered_map<std::int64_t, std::size_t> m_index;
};

} // namespace

std::vector<AccountSignals> loadSignals(store::Connection& connection, const QDate& asOf)
{
    return Loader(connection, asOf).run();
}

} // namespace tenure::health
