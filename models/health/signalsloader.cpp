#include "signalsloader.h"

#include "metrics/historyloader.h"
#include "metrics/month.h"
#include "store/sqlite.h"

#include <algorithm>
#include <map>
#include <string>

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

// Roles, priorities, kinds, segments, owners and currencies repeat across
// hundreds of thousands of rows: each distinct text becomes one shared QString.
class TextInterner
{
public:
    QString operator()(const store::Statement& row, int column)
    {
        if (row.isNull(column))
            return {};
        const std::string_view utf8 = row.utf8Value(column);
        if (m_last != m_texts.end() && m_last->first == utf8)
            return m_last->second;
        auto found = m_texts.find(utf8);
        if (found == m_texts.end())
            found = m_texts.emplace(std::string(utf8), row.textValue(column)).first;
        m_last = found;
        return found->second;
    }

private:
    std::map<std::string, QString, std::less<>> m_texts;
    std::map<std::string, QString, std::less<>>::const_iterator m_last = m_texts.end();
};

// A date stored as exactly "yyyy-MM-dd" sorts as text the way it sorts as a date.
bool isCanonicalDate(std::string_view text, const QDate& parsed)
{
    return text.size() == 10 && parsed.isValid();
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
    void forEachRow(std::string_view sql, Read&& read, const QByteArray& bound = {})
    {
        auto rows = m_db.prepare(sql);
        rows.bind(1, std::string_view(m_asOfText.constData(), m_asOfText.size()));
        if (!bound.isEmpty())
            rows.bind(2, std::string_view(bound.constData(), bound.size()));
        while (rows.step()) {
            if (AccountSignals* account = find(rows.intValue(0)))
                read(*account, rows);
        }
    }

    // The account with `id`, or null. Rows mostly arrive grouped by account in
    // id order, so the one last found, or the next, is tried before a search.
    AccountSignals* find(std::int64_t id)
    {
        if (m_cursor < m_accounts.size()) {
            if (m_accounts[m_cursor].id == id)
                return &m_accounts[m_cursor];
            if (m_cursor + 1 < m_accounts.size() && m_accounts[m_cursor + 1].id == id)
                return &m_accounts[++m_cursor];
        }
        const auto found = std::lower_bound(
            m_accounts.begin(), m_accounts.end(), id,
            [](const AccountSignals& account, std::int64_t wanted) { return account.id < wanted; });
        if (found == m_accounts.end() || found->id != id)
            return nullptr;
        m_cursor = static_cast<std::size_t>(found - m_accounts.begin());
        return &*found;
    }

    // Loads rows that each account keeps by date (column 1), ties in row order,
    // as `SELECT ... ORDER BY <byAccountAndDate>, rowid` would give them. The
    // table is read in rowid order, which is much faster than through its
    // (account, date) index, and each account's rows are then stable-sorted by
    // date. A date not stored as yyyy-MM-dd would sort differently as text, so
    // then the rows are read again in the index's order instead.
    template <typename Signal, typename Read>
    void loadByDate(std::string_view select, std::string_view byRowid,
                    std::string_view byAccountAndDate, std::vector<Signal> AccountSignals::*list,
                    QDate Signal::*date, Read&& read)
    {
        bool canonical = true;
        forEachRow(std::string(select) + " ORDER BY " + std::string(byRowid),
                   [&](AccountSignals& account, const store::Statement& row) {
                       if (!canonical)
                           return;
                       const QDate day = dateAt(row, 1);
                       canonical = isCanonicalDate(row.utf8Value(1), day);
                       read(account, row, day);
                   });
        const auto earlier = [date](const Signal& a, const Signal& b) {
            return a.*date < b.*date;
        };
        if (canonical) {
            for (AccountSignals& account : m_accounts) {
                auto& rows = account.*list;
                if (!std::is_sorted(rows.begin(), rows.end(), earlier))
                    std::stable_sort(rows.begin(), rows.end(), earlier);
            }
            return;
        }
        for (AccountSignals& account : m_accounts)
            (account.*list).clear();
        forEachRow(std::string(select) + " ORDER BY " + std::string(byAccountAndDate),
                   [&](AccountSignals& account, const store::Statement& row) {
                       read(account, row, dateAt(row, 1));
                   });
    }

    void loadAccounts()
    {
        if (const auto count = m_db.queryInt("SELECT count(*) FROM accounts"))
            m_accounts.reserve(static_cast<std::size_t>(*count));
        auto rows = m_db.prepare(
            "SELECT id, name, segment, owner, seats_purchased, created_on, onboarding_target_on, "
            "go_live_on, renewal_on FROM accounts ORDER BY id");
        while (rows.step()) {
            AccountSignals account;
            account.id = rows.intValue(0);
            account.name = rows.textValue(1);
            account.segment = m_intern(rows, 2);
            account.owner = m_intern(rows, 3);
            account.seats = static_cast<int>(rows.intValue(4));
            account.createdOn = dateAt(rows, 5);
            account.onboardingTargetOn = dateAt(rows, 6);
            account.goLiveOn = knownBy(dateAt(rows, 7), m_asOf);
            account.renewalOn = dateAt(rows, 8);
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
                       const QString currency = m_intern(row, 4);
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
        // Joined to accounts so that SQLite seeks each account's window in the
        // primary key instead of scanning every week the book ever recorded.
        forEachRow(
            "SELECT u.account_id, u.period_start, u.active_users, u.sessions, u.key_events, "
            "u.period_days FROM accounts a JOIN usage u ON u.account_id = a.id "
            "WHERE u.period_start <= ?1 AND u.period_start > ?2 "
            "ORDER BY a.id, u.period_start, u.period_days",
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
                       account.contacts.push_back({row.textValue(1), m_intern(row, 2),
                                                   std::min(dateAt(row, 3), m_asOf),
                                                   knownBy(dateAt(row, 4), m_asOf)});
                   });
    }

    void loadTickets()
    {
        loadByDate("SELECT account_id, opened_on, closed_on, priority, type, escalated "
                   "FROM tickets WHERE opened_on <= ?1",
                   "id", "account_id, opened_on", &AccountSignals::tickets, &TicketSignal::opened,
                   [&](AccountSignals& account, const store::Statement& row, const QDate& opened) {
                       account.tickets.push_back({opened, knownBy(dateAt(row, 2), m_asOf),
                                                  m_intern(row, 3), m_intern(row, 4),
                                                  row.intValue(5) != 0});
                   });
    }

    void loadSurveys()
    {
        loadByDate("SELECT s.account_id, s.responded_on, s.kind, s.score, s.comment, c.name "
                   "FROM survey_responses s LEFT JOIN contacts c ON c.id = s.contact_id "
                   "WHERE s.responded_on <= ?1",
                   "s.id", "s.account_id, s.responded_on", &AccountSignals::surveys,
                   &SurveySignal::respondedOn,
                   [&](AccountSignals& account, const store::Statement& row, const QDate& on) {
                       account.surveys.push_back({on, m_intern(row, 2),
                                                  static_cast<int>(row.intValue(3)),
                                                  row.textValue(4), row.textValue(5)});
                   });
    }

    void loadRequests()
    {
        loadByDate("SELECT account_id, requested_on, kind, title FROM feature_requests "
                   "WHERE requested_on <= ?1",
                   "id", "account_id, requested_on", &AccountSignals::requests,
                   &RequestSignal::requestedOn,
                   [&](AccountSignals& account, const store::Statement& row, const QDate& on) {
                       account.requests.push_back({on, m_intern(row, 2), row.textValue(3)});
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
        loadByDate("SELECT account_id, occurred_on, kind, description FROM account_events "
                   "WHERE occurred_on <= ?1",
                   "id", "account_id, occurred_on", &AccountSignals::events,
                   &EventSignal::occurredOn,
                   [&](AccountSignals& account, const store::Statement& row, const QDate& on) {
                       account.events.push_back({on, m_intern(row, 2), row.textValue(3)});
                   });
    }

    void loadActions()
    {
        loadByDate("SELECT account_id, occurred_on, kind FROM actions WHERE occurred_on <= ?1",
                   "id", "account_id, occurred_on", &AccountSignals::actions,
                   &ActionSignal::occurredOn,
                   [&](AccountSignals& account, const store::Statement& row, const QDate& on) {
                       account.actions.push_back({on, m_intern(row, 2)});
                   });
    }
    store::Connection& m_db;
    QDate m_asOf;
    QByteArray m_asOfText;
    std::vector<AccountSignals> m_accounts; // by id
    std::size_t m_cursor = 0;
    TextInterner m_intern;
};

} // namespace

std::vector<AccountSignals> loadSignals(store::Connection& connection, const QDate& asOf)
{
    return Loader(connection, asOf).run();
}

} // namespace tenure::health
