#include "signalsloader.h"

#include "bookhealth.h"
#include "core/alongside.h"
#include "dangerzone.h"
#include "metrics/historyloader.h"
#include "metrics/month.h"
#include "store/bookdates.h"
#include "store/sqlite.h"
#include "usagestats.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <iterator>
#include <map>
#include <optional>
#include <span>
#include <sqlite3.h>
#include <string>

namespace tenure::health {

namespace {

using store::knownBy;
using store::parseIsoDate;

// Dates repeat across rows (every account's weeks start on the same days), so
// each "yyyy-MM-dd" is parsed once and then found in a small direct-mapped table.
class DateParser
{
public:
    // A NULL reads as empty text, which parses as an invalid date.
    QDate operator()(const store::Statement& row, int column)
    {
        return (*this)(row.utf8Value(column));
    }

    QDate operator()(std::string_view text)
    {
        if (text.size() != 10 || text[4] != '-' || text[7] != '-')
            return parseIsoDate(text);
        std::uint64_t key = 0;
        for (const std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
            key = key << 8 | static_cast<unsigned char>(text[i]);
        Slot& slot = m_slots[(key * 0x9E3779B97F4A7C15ULL) >> (64 - kBits)];
        if (slot.key != key) {
            slot.key = key;
            slot.date = parseIsoDate(text);
        }
        return slot.date;
    }

private:
    static constexpr int kBits = 12;
    struct Slot
    {
        std::uint64_t key = 0; // no digits: parses as invalid, as the empty slot holds
        QDate date;
    };
    std::vector<Slot> m_slots = std::vector<Slot>(std::size_t{1} << kBits);
};

// Roles, priorities, kinds, segments, owners and currencies repeat across
// hundreds of thousands of rows: each distinct text of a column becomes one
// shared QString. A column has a handful of texts, looked through in a row;
// past that they are looked up in a map.
class TextInterner
{
public:
    QString operator()(const store::Statement& row, int column)
    {
        const std::string_view utf8 = row.utf8Value(column);
        if (utf8.empty())
            return row.textValue(column); // NULL or ''
        for (const auto& [text, shared] : m_few) {
            if (text == utf8)
                return shared;
        }
        if (m_few.size() < kFew) {
            m_few.emplace_back(std::string(utf8), row.textValue(column));
            return m_few.back().second;
        }
        auto found = m_many.find(utf8);
        if (found == m_many.end())
            found = m_many.emplace(std::string(utf8), row.textValue(column)).first;
        return found->second;
    }

private:
    static constexpr std::size_t kFew = 16;
    std::vector<std::pair<std::string, QString>> m_few;
    std::map<std::string, QString, std::less<>> m_many;
};

// A date stored as exactly "yyyy-MM-dd" sorts as text the way it sorts as a date.
bool isCanonicalDate(std::string_view text, const QDate& parsed)
{
    return text.size() == 10 && parsed.isValid();
}

// The book's stored thresholds, which say how far back some tables are read.
Thresholds bookThresholds(store::Connection& connection)
{
    return loadHealthConfig(connection).thresholds;
}

class Loader
{
public:
    // Fills `accounts`: every account, or only those with the ids in `only`
    // (sorted, each once). Loaders on different connections may share
    // `accounts` to read different tables.
    Loader(store::Connection& connection, std::vector<AccountSignals>& accounts, const QDate& asOf,
           const Thresholds& thresholds,
           std::optional<std::vector<std::int64_t>> only = std::nullopt)
        : m_db(connection)
        , m_asOf(asOf)
        , m_usageDays(usageWindowDays(thresholds))
        , m_surveyDays(surveyWindowDays(thresholds))
        , m_asOfText(asOf.toString(Qt::ISODate).toUtf8())
        , m_only(std::move(only))
        , m_accounts(accounts)
    {
    }

    // From now on, reads the other tables than the accounts, billing and
    // usage only for `ids`, account by account through their indexes.
    void detailOnly(std::vector<std::int64_t> ids)
    {
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        m_detailed = std::move(ids);
    }

    void loadAccounts()
    {
        if (m_only) {
            m_accounts.reserve(m_only->size());
        } else if (const auto count = m_db.queryInt("SELECT count(*) FROM accounts")) {
            m_accounts.reserve(static_cast<std::size_t>(*count));
        }
        auto rows = m_db.prepare(
            std::string("SELECT id, name, segment, owner, seats_purchased, created_on, "
                        "onboarding_target_on, go_live_on, renewal_on FROM accounts ") +
            (m_only ? "WHERE id = ?1 " : "") + "ORDER BY id");
        if (!m_only) {
            readAccounts(rows);
            return;
        }
        for (const std::int64_t id : *m_only) {
            rows.bind(1, id);
            readAccounts(rows);
            rows.reset();
        }
    }

private:
    void readAccounts(store::Statement& rows)
    {
        while (rows.step()) {
            AccountSignals account;
            account.id = rows.intValue(0);
            account.name = rows.textValue(1);
            account.segment = m_segments(rows, 2);
            account.owner = m_owners(rows, 3);
            account.seats = static_cast<int>(rows.intValue(4));
            account.createdOn = dateAt(rows, 5);
            account.onboardingTargetOn = dateAt(rows, 6);
            account.goLiveOn = knownBy(dateAt(rows, 7), m_asOf);
            account.renewalOn = dateAt(rows, 8);
            m_accounts.push_back(std::move(account));
        }
    }

    // Which accounts a table is read for: the book's billing and usage are
    // read for every account; the detail (contacts, tickets, ...) perhaps for
    // fewer (see detailOnly).
    enum class Reach { Book, Detail };

    // The accounts a table is read for one by one, when it is not read whole.
    std::optional<std::span<const std::int64_t>> filteredTo(Reach reach) const
    {
        if (m_only)
            return std::span<const std::int64_t>(*m_only);
        if (reach == Reach::Detail && m_detailed)
            return std::span<const std::int64_t>(*m_detailed);
        return std::nullopt;
    }

    // " AND `column` = ?3" when the table is read account by account.
    std::string filterWhere(std::string_view column, Reach reach = Reach::Book) const
    {
        return filteredTo(reach) ? " AND " + std::string(column) + " = ?3" : std::string();
    }
    std::string detailWhere(std::string_view column) const
    {
        return filterWhere(column, Reach::Detail);
    }

    // Runs `sql` with the as-of date bound to every ?1 (and `bound` to ?2), for
    // every account at once or, when filtered, once per account bound to ?3,
    // and hands each row with its account to `read`.
    template <typename Read>
    void forEachRow(std::string_view sql, Read&& read, const QByteArray& bound = {},
                    Reach reach = Reach::Book)
    {
        auto rows = m_db.prepare(sql);
        const auto run = [&](const std::int64_t* accountId) {
            rows.bind(1, std::string_view(m_asOfText.constData(), m_asOfText.size()));
            if (!bound.isEmpty())
                rows.bind(2, std::string_view(bound.constData(), bound.size()));
            if (accountId)
                rows.bind(3, *accountId);
            while (rows.step()) {
                if (AccountSignals* account = find(rows.intValue(0)))
                    read(*account, rows);
            }
            rows.reset();
        };
        const auto ids = filteredTo(reach);
        if (!ids) {
            run(nullptr);
            return;
        }
        for (const std::int64_t& id : *ids)
            run(&id);
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

    // Runs `sql` like forEachRow and appends make(row) to the account's `list`.
    // Rows mostly arrive grouped by account, so each group is gathered first
    // and then moved into a vector of exactly its size.
    template <typename Signal, typename Make>
    void collect(std::string_view sql, std::vector<Signal> AccountSignals::*list, Make&& make)
    {
        AccountSignals* owner = nullptr;
        std::vector<Signal> group;
        const auto flush = [&] {
            if (owner == nullptr)
                return;
            auto& into = owner->*list;
            into.reserve(into.size() + group.size());
            std::move(group.begin(), group.end(), std::back_inserter(into));
            group.clear();
        };
        forEachRow(
            sql,
            [&](AccountSignals& account, const store::Statement& row) {
                if (&account != owner) {
                    flush();
                    owner = &account;
                }
                group.push_back(make(row));
            },
            {}, Reach::Detail);
        flush();
    }

    // Loads rows that each account keeps by date (column 1), ties in row order,
    // as `SELECT ... ORDER BY <byAccountAndDate>, rowid` would give them. The
    // table is read in rowid order, which is much faster than through its
    // (account, date) index, and each account's rows are then stable-sorted by
    // date. A date not stored as yyyy-MM-dd would sort differently as text, so
    // then the rows are read again in the index's order instead.
    template <typename Signal, typename Make>
    void loadByDate(std::string_view select, std::string_view byRowid,
                    std::string_view byAccountAndDate, std::vector<Signal> AccountSignals::*list,
                    QDate Signal::*date, Make&& make)
    {
        bool canonical = true;
        collect(std::string(select) + " ORDER BY " + std::string(byRowid), list,
                [&](const store::Statement& row) {
                    const std::string_view text = row.utf8Value(1);
                    const QDate day = dateAt(text);
                    canonical = canonical && isCanonicalDate(text, day);
                    return make(row, day);
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
        collect(std::string(select) + " ORDER BY " + std::string(byAccountAndDate), list,
                [&](const store::Statement& row) { return make(row, dateAt(row, 1)); });
    }

public:
    // The tables after the accounts', each read whole by one loader. Tables
    // touch different fields of the accounts, so loaders on two connections
    // may read different tables into the same accounts at once.

    void loadMrr()
    {
        const auto converter = metrics::loadCurrencyConverter(m_db);
        for (AccountSignals& account : m_accounts)
            account.currency = converter.baseCurrency();
        const QDate before = m_asOf.addDays(-90);
        forEachRow("SELECT account_id, start_on, end_on, mrr_minor, currency "
                   "FROM subscription_periods WHERE start_on <= ?1" +
                       filterWhere("account_id"),
                   [&](AccountSignals& account, const store::Statement& row) {
                       const QDate start = dateAt(row, 1);
                       const QDate end = dateAt(row, 2);
                       const auto activeOn = [&](const QDate& day) {
                           return start <= day && (!end.isValid() || day < end);
                       };
                       const QString currency = m_currencies(row, 4);
                       if (activeOn(m_asOf))
                           account.mrrNow += converter.toBase(row.intValue(3), currency, m_asOf);
                       if (activeOn(before))
                           account.mrr90DaysAgo +=
                               converter.toBase(row.intValue(3), currency, before);
                   });
    }

    void loadUsage()
    {
        const QByteArray from = m_asOf.addDays(-m_usageDays).toString(Qt::ISODate).toUtf8();
        // Joined to accounts so that SQLite seeks each account's window in the
        // primary key instead of scanning every week the book ever recorded.
        forEachRow(
            "SELECT u.account_id, u.period_start, u.active_users, u.sessions, u.key_events, "
            "u.period_days FROM accounts a JOIN usage u ON u.account_id = a.id "
            "WHERE u.period_start <= ?1 AND u.period_start > ?2" +
                filterWhere("a.id") + " ORDER BY a.id, u.period_start, u.period_days",
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

    // Survey answers are named after the contacts read just before.
    void loadContactsAndSurveys()
    {
        loadContacts();
        loadSurveys();
    }

    void loadTickets()
    {
        // Most of a book's tickets were closed long ago; only those open on
        // the as-of date, or recent enough for an escalation to count, are read.
        loadByDate(
            "SELECT account_id, opened_on, closed_on, priority, type, escalated "
            "FROM tickets WHERE opened_on <= ?1 AND (closed_on IS NULL OR closed_on > ?1 "
            "OR opened_on >= date(?1, '-" +
                std::to_string(kEscalationWindowDays) + " days'))" + detailWhere("account_id"),
            "id", "account_id, opened_on", &AccountSignals::tickets, &TicketSignal::opened,
            [&](const store::Statement& row, const QDate& opened) {
                return TicketSignal{opened, knownBy(dateAt(row, 2), m_asOf), m_priorities(row, 3),
                                    m_ticketTypes(row, 4), row.intValue(5) != 0};
            });
        // Older tickets are not read, only whether there was one: each
        // account's earliest is sought in the (account, opened) index.
        forEachRow(
            "SELECT a.id FROM accounts a WHERE EXISTS (SELECT 1 FROM tickets t "
            "WHERE t.account_id = a.id AND t.opened_on <= ?1)" +
                detailWhere("a.id") + " ORDER BY a.id",
            [](AccountSignals& account, const store::Statement&) { account.hadTicket = true; }, {},
            Reach::Detail);
    }

    // Only the latest action counts, so each account's is sought in the
    // (account, date) index rather than the whole log read.
    void loadLastActions()
    {
        // Any action of any account on or before the as-of date makes the
        // book's contact history known (see AccountSignals::contactHistoryKnown).
        auto any = m_db.prepare("SELECT EXISTS (SELECT 1 FROM actions WHERE occurred_on <= ?1)");
        any.bind(1, std::string_view(m_asOfText.constData(), m_asOfText.size()));
        const bool known = any.step() && any.intValue(0) != 0;
        for (AccountSignals& account : m_accounts)
            account.contactHistoryKnown = known;
        forEachRow(
            "SELECT a.id, x.occurred_on, x.kind FROM accounts a JOIN actions x ON x.id = "
            "(SELECT id FROM actions WHERE account_id = a.id AND occurred_on <= ?1 "
            "AND direction IS NOT 'inbound' ORDER BY occurred_on DESC, id DESC LIMIT 1)" +
                detailWhere("a.id") + " ORDER BY a.id",
            [&](AccountSignals& account, const store::Statement& row) {
                account.lastAction = ActionSignal{dateAt(row, 1), m_actionKinds(row, 2)};
            },
            {}, Reach::Detail);
    }

    void loadRequests()
    {
        loadByDate("SELECT account_id, requested_on, kind, title FROM feature_requests "
                   "WHERE requested_on <= ?1" +
                       detailWhere("account_id"),
                   "id", "account_id, requested_on", &AccountSignals::requests,
                   &RequestSignal::requestedOn, [&](const store::Statement& row, const QDate& on) {
                       return RequestSignal{on, m_requestKinds(row, 2), row.textValue(3)};
                   });
    }

    void loadGoals()
    {
        // Only goals due in the year up to the as-of date are judged; a week's
        // margin keeps 29 February's year-earlier day in.
        collect("SELECT account_id, title, target, achieved, due_on, achieved_on FROM goals "
                "WHERE due_on >= date(?1, '-1 year', '-7 days') AND due_on <= ?1" +
                    detailWhere("account_id"),
                &AccountSignals::goals, [&](const store::Statement& row) {
                    return GoalSignal{row.textValue(1), row.doubleValue(2), row.doubleValue(3),
                                      dateAt(row, 4), knownBy(dateAt(row, 5), m_asOf)};
                });
    }

    void loadEvents()
    {
        loadByDate("SELECT account_id, occurred_on, kind, description FROM account_events "
                   "WHERE occurred_on <= ?1" +
                       detailWhere("account_id"),
                   "id", "account_id, occurred_on", &AccountSignals::events,
                   &EventSignal::occurredOn, [&](const store::Statement& row, const QDate& on) {
                       return EventSignal{on, m_eventKinds(row, 2), row.textValue(3)};
                   });
    }

private:
    void loadContacts()
    {
        collect("SELECT account_id, name, role, last_active_on, left_on, id FROM contacts "
                "WHERE (created_on IS NULL OR created_on <= ?1)" +
                    detailWhere("account_id"),
                &AccountSignals::contacts, [&](const store::Statement& row) {
                    return ContactSignal{row.textValue(1), m_roles(row, 2),
                                         std::min(dateAt(row, 3), m_asOf),
                                         knownBy(dateAt(row, 4), m_asOf), row.intValue(5)};
                });
    }

    void loadSurveys()
    {
        loadByDate(
            "SELECT account_id, responded_on, kind, score, comment, contact_id "
            "FROM survey_responses WHERE responded_on <= ?1 AND responded_on >= date(?1, '-" +
                std::to_string(m_surveyDays) + " days')" + detailWhere("account_id"),
            "id", "account_id, responded_on", &AccountSignals::surveys, &SurveySignal::respondedOn,
            [&](const store::Statement& row, const QDate& on) {
                return SurveySignal{
                    on, m_surveyKinds(row, 2), static_cast<int>(row.intValue(3)), row.textValue(4),
                    {}, row.intValue(5)};
            });
        nameRespondents();
    }

    // Names who answered each survey: mostly one of the account's contacts,
    // read just before (loadContactsAndSurveys); any other (added
    // after the as-of date, or of another account) is looked up by id.
    void nameRespondents()
    {
        std::optional<store::Statement> lookup;
        for (AccountSignals& account : m_accounts) {
            for (SurveySignal& survey : account.surveys) {
                if (survey.contactId == 0)
                    continue;
                const auto contact = std::find_if(
                    account.contacts.begin(), account.contacts.end(),
                    [&](const ContactSignal& known) { return known.id == survey.contactId; });
                if (contact != account.contacts.end()) {
                    survey.contactName = contact->name;
                    continue;
                }
                if (!lookup)
                    lookup.emplace(m_db.prepare("SELECT name FROM contacts WHERE id = ?1"));
                lookup->bind(1, survey.contactId);
                if (lookup->step())
                    survey.contactName = lookup->textValue(0);
                lookup->reset();
            }
        }
    }

    QDate dateAt(std::string_view text) { return m_dates(text); }
    QDate dateAt(const store::Statement& row, int column) { return m_dates(row, column); }

    store::Connection& m_db;
    DateParser m_dates;
    QDate m_asOf;
    int m_usageDays;
    int m_surveyDays;
    QByteArray m_asOfText;
    std::optional<std::vector<std::int64_t>> m_only;     // by id
    std::optional<std::vector<std::int64_t>> m_detailed; // by id
    std::vector<AccountSignals>& m_accounts;             // by id
    std::size_t m_cursor = 0;
    TextInterner m_segments;
    TextInterner m_owners;
    TextInterner m_currencies;
    TextInterner m_roles;
    TextInterner m_priorities;
    TextInterner m_ticketTypes;
    TextInterner m_surveyKinds;
    TextInterner m_requestKinds;
    TextInterner m_eventKinds;
    TextInterner m_actionKinds;
};

using Table = void (Loader::*)();

// Read for every account, also when the rest is read for a few (loadSignalsDetailing).
constexpr std::array<Table, 2> kBookWideTables{&Loader::loadUsage, &Loader::loadMrr};
// The rest, largest first on the 100,000-account demo book.
constexpr std::array<Table, 6> kDetailTables{&Loader::loadContactsAndSurveys, &Loader::loadTickets,
                                             &Loader::loadLastActions,        &Loader::loadGoals,
                                             &Loader::loadRequests,           &Loader::loadEvents};

void readTables(Loader& loader, std::span<const Table> tables)
{
    for (const Table table : tables)
        (loader.*table)();
}

} // namespace

int usageWindowDays(const Thresholds& thresholds)
{
    return std::max(thresholds.usageDropWindowDays, kDangerZoneLookbackDays) + kActiveUsersSpanDays;
}

int surveyWindowDays(const Thresholds& thresholds)
{
    return std::max(kLatestAnswerDays, thresholds.feedbackLookbackDays);
}

namespace {

// Every table for every account, or for the accounts in `only`, on this
// connection and a second one at once when the book is a committed file.
std::vector<AccountSignals> loadAllTables(store::Connection& connection, const QDate& asOf,
                                          const std::optional<std::vector<std::int64_t>>& only)
{
    std::vector<AccountSignals> accounts;
    const Thresholds thresholds = bookThresholds(connection);
    Loader loader(connection, accounts, asOf, thresholds, only);
    loader.loadAccounts();
    // A second connection reads the book's file as committed: not an in-memory
    // book, nor what an open transaction wrote.
    const char* file = sqlite3_db_filename(connection.handle(), "main");
    std::vector<Table> tables(kBookWideTables.begin(), kBookWideTables.end());
    tables.insert(tables.end(), kDetailTables.begin(), kDetailTables.end());
    if (file == nullptr || *file == '\0' || sqlite3_get_autocommit(connection.handle()) == 0) {
        readTables(loader, tables);
        return accounts;
    }
    // This connection and a second one share the tables out, each taking the
    // next, largest first, when done with one: they finish together, however
    // the machine shares its cores between them.
    std::atomic<std::size_t> next{0};
    const auto takeTables = [&tables, &next](Loader& reader) {
        for (std::size_t i = next++; i < tables.size(); i = next++)
            (reader.*tables[i])();
    };
    runAlongside(
        [&, path = QString::fromUtf8(file)] {
            store::Connection own(path, store::Connection::Mode::ReadOnly);
            Loader second(own, accounts, asOf, thresholds, only);
            takeTables(second);
        },
        [&] { takeTables(loader); });
    return accounts;
}

} // namespace

std::vector<AccountSignals> loadSignals(store::Connection& connection, const QDate& asOf)
{
    return loadAllTables(connection, asOf, std::nullopt);
}

std::vector<AccountSignals> loadSignalsOf(store::Connection& connection, const QDate& asOf,
                                          std::vector<std::int64_t> accountIds)
{
    std::sort(accountIds.begin(), accountIds.end());
    accountIds.erase(std::unique(accountIds.begin(), accountIds.end()), accountIds.end());
    return loadAllTables(connection, asOf, std::move(accountIds));
}

std::vector<AccountSignals>
loadSignalsDetailing(store::Connection& connection, const QDate& asOf,
                     const std::function<std::vector<std::int64_t>()>& detailed)
{
    std::vector<AccountSignals> accounts;
    Loader loader(connection, accounts, asOf, bookThresholds(connection));
    loader.loadAccounts();
    readTables(loader, kBookWideTables);
    loader.detailOnly(detailed());
    readTables(loader, kDetailTables);
    return accounts;
}

std::optional<AccountSignals> loadAccountSignals(store::Connection& connection,
                                                 std::int64_t accountId, const QDate& asOf)
{
    std::vector<AccountSignals> accounts;
    Loader loader(connection, accounts, asOf, bookThresholds(connection),
                  std::vector<std::int64_t>{accountId});
    loader.loadAccounts();
    readTables(loader, kBookWideTables);
    readTables(loader, kDetailTables);
    if (accounts.empty())
        return std::nullopt;
    return std::move(accounts.front());
}

} // namespace tenure::health
