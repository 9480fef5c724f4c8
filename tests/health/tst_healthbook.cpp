// Health over a real book: signals read as of a date, data after that date
// changing nothing, the settings stored in the book, and the JSON form.
#include "common/tempbook.h"
#include "common/testmain.h"
#include "core/jsontext.h"
#include "health/bookhealth.h"
#include "health/signalsloader.h"
#include "health/snapshots.h"
#include "health/usagestats.h"
#include "store/book.h"
#include "store/sqlite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace tenure::health;
using tenure::store::Book;

namespace {

const QDate kAsOf(2026, 11, 1);

void fillBook(Book& book)
{
    book.connection().exec(R"sql(
        INSERT INTO accounts(id, name, segment, owner, seats_purchased, created_on, renewal_on) VALUES
            (1, 'Acme', 'Low touch', 'Dana', 40, '2025-01-01', '2026-12-05'),
            (2, 'Gone', 'Low touch', 'Dana', 10, '2025-01-01', NULL);
        INSERT INTO subscription_periods(account_id, start_on, end_on, amount_minor, interval_unit,
                                         currency, mrr_minor) VALUES
            (1, '2025-01-01', NULL, 100000, 'month', 'USD', 100000),
            (2, '2025-01-01', '2026-01-01', 5000, 'month', 'USD', 5000);
        INSERT INTO contacts(account_id, name, role, last_active_on, left_on) VALUES
            (1, 'Jane Roe', 'champion', '2026-09-01', '2026-09-14');
        INSERT INTO tickets(account_id, opened_on, priority, type, escalated) VALUES
            (1, '2026-10-01', 'high', 'bug', 1), (1, '2026-10-02', 'high', 'bug', 1),
            (1, '2026-10-03', 'normal', 'problem', 0);
        INSERT INTO survey_responses(account_id, responded_on, kind, score, comment) VALUES
            (1, '2026-10-20', 'nps', 4, 'Slow support');
        -- The book has a contact history, so Acme's silence since it started counts.
        INSERT INTO actions(account_id, occurred_on, kind, summary) VALUES
            (2, '2025-06-01', 'call', 'Check-in');
    )sql");
    book.connection().exec(
        "WITH RECURSIVE weeks(d) AS (SELECT '2026-05-04' UNION ALL "
        "  SELECT date(d, '+7 days') FROM weeks WHERE d < '2026-10-26') "
        "INSERT INTO usage(account_id, period_start, period_days, active_users) "
        "SELECT 1, d, 7, CASE WHEN d > '2026-10-04' THEN 12 ELSE 30 END FROM weeks");
}

// A new book in `folder` holding fillBook's rows.
std::unique_ptr<Book> filledBook(const tenure::test::TempFolder& folder)
{
    auto book = Book::create(folder.path(QStringLiteral("health.tenure")));
    fillBook(*book);
    return book;
}

// Rows dated after the as-of date, and changes made after it.
void addLaterData(Book& book)
{
    book.connection().exec(R"sql(
        INSERT INTO tickets(account_id, opened_on, priority, type, escalated) VALUES
            (1, '2026-11-10', 'urgent', 'bug', 1);
        UPDATE tickets SET closed_on = '2026-11-05' WHERE opened_on = '2026-10-01';
        INSERT INTO survey_responses(account_id, responded_on, kind, score) VALUES
            (1, '2026-11-03', 'nps', 10);
        INSERT INTO actions(account_id, occurred_on, kind, summary) VALUES
            (1, '2026-11-04', 'call', 'Rescue call');
        INSERT INTO usage(account_id, period_start, period_days, active_users) VALUES
            (1, '2026-11-02', 7, 40);
        INSERT INTO subscription_periods(account_id, start_on, amount_minor, interval_unit,
                                         currency, mrr_minor) VALUES
            (2, '2026-11-15', 5000, 'month', 'USD', 5000);
    )sql");
}

// Tickets and actions added out of date order, interleaved across accounts,
// with ties on a date.
void addRowsOutOfOrder(Book& book)
{
    book.connection().exec(R"sql(
        INSERT INTO accounts(id, name, segment, owner, seats_purchased, created_on) VALUES
            (3, 'Later', 'Low touch', 'Dana', 5, '2025-01-01');
        INSERT INTO tickets(account_id, opened_on, priority, type, escalated) VALUES
            (3, '2026-10-09', 'low', 'billing', 0), (1, '2026-09-30', 'low', 'question', 0),
            (3, '2026-08-01', 'low', 'other', 0), (1, '2026-10-02', 'urgent', 'usability', 0),
            (1, '2026-10-02', 'low', 'feature_request', 0);
        INSERT INTO actions(account_id, occurred_on, kind, summary) VALUES
            (1, '2026-10-20', 'qbr', 'QBR'), (3, '2026-10-01', 'email', 'Hello'),
            (1, '2026-10-01', 'call', 'Call'), (1, '2026-10-20', 'note', 'Note'),
            (1, '2026-06-30', 'training', 'Training');
    )sql");
}

// "date kind" of each account's tickets and its last action, as loaded.
QStringList loadedOrder(Book& book)
{
    QStringList rows;
    for (const AccountSignals& account : loadSignals(book.connection(), kAsOf)) {
        for (const TicketSignal& ticket : account.tickets)
            rows << QStringLiteral("%1 ticket %2 %3")
                        .arg(account.id)
                        .arg(ticket.opened.toString(Qt::ISODate), ticket.type);
        if (const auto& action = account.lastAction)
            rows << QStringLiteral("%1 action %2 %3")
                        .arg(account.id)
                        .arg(action->occurredOn.toString(Qt::ISODate), action->kind);
    }
    return rows;
}

// The same through the (account, date) indexes, ties in rowid order; of the
// actions, each account's last in that order.
QStringList indexOrder(Book& book)
{
    QStringList rows;
    std::int64_t previousAccount = 0;
    bool previousWasAction = false;
    auto select = book.connection().prepare(
        "SELECT account_id, 'ticket', substr(opened_on, 1, 10), type, 0 AS t, opened_on, id "
        "FROM tickets WHERE opened_on <= '2026-11-01' "
        "UNION ALL SELECT account_id, 'action', substr(occurred_on, 1, 10), kind, 1, "
        "occurred_on, id FROM actions WHERE occurred_on <= '2026-11-01' "
        "ORDER BY 1, 5, 6, 7");
    while (select.step()) {
        const std::int64_t account = select.intValue(0);
        const bool action = select.intValue(4) == 1;
        if (action && previousWasAction && account == previousAccount)
            rows.removeLast(); // a later action of the same account follows
        rows << QStringLiteral("%1 %2 %3 %4")
                    .arg(account)
                    .arg(select.textValue(1), select.textValue(2), select.textValue(3));
        previousAccount = account;
        previousWasAction = action;
    }
    return rows;
}

QJsonArray evaluate(Book& book)
{
    const auto signals_ = loadSignals(book.connection(), kAsOf);
    const auto health = evaluateBook(signals_, kAsOf, loadHealthConfig(book.connection()));
    QByteArray text; // as `tenure health --json` writes each account
    tenure::JsonText json(text);
    json.beginArray();
    for (const auto& account : health.accounts) {
        json.beginObject();
        writeJsonFields(json, account);
        json.endObject();
    }
    json.endArray();
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("unreadable health JSON: %s", qPrintable(error.errorString()));
    return document.array();
}

} // namespace

class TestHealthBook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reasonsFromTheBook()
    {
        tenure::test::TempFolder folder;
        auto book = filledBook(folder);
        const QJsonArray accounts = evaluate(*book);
        QCOMPARE(accounts.size(), 1); // the churned account is not scored
        const QJsonObject acme = accounts[0].toObject();
        QStringList keys = acme.keys();
        keys.sort();
        QCOMPARE(keys.join(u' '),
                 QStringLiteral("coverage experience health id inputs name outcome quadrant "
                                "reasons relationship"));
        // No goal and no CSAT answer: null, and their weight is not covered:
        // 1 - 0.5 × 0.35 (goals) - 0.3 × 0.2 (CSAT) = 0.765, printed to two places.
        const QJsonObject inputs = acme[QStringLiteral("inputs")].toObject();
        QCOMPARE(inputs.size(), 8);
        QVERIFY(inputs[QStringLiteral("goals")].isNull());
        QVERIFY(inputs[QStringLiteral("csat")].isNull());
        QCOMPARE(inputs[QStringLiteral("nps")].toDouble(), 40.0);
        QVERIFY(qAbs(acme[QStringLiteral("coverage")].toDouble() - 0.765) <= 0.0051);
        QStringList codes;
        const QJsonArray reasons = acme[QStringLiteral("reasons")].toArray();
        for (const auto& reason : reasons)
            codes << reason.toObject()[QStringLiteral("code")].toString();
        codes.sort();
        QCOMPARE(codes.join(u' '),
                 QStringLiteral("low_adoption negative_feedback no_proactive_contact renewal_risk "
                                "sponsor_change support_problems"));
    }

    void dataAfterTheAsOfDateChangesNothing()
    {
        tenure::test::TempFolder folder;
        auto book = filledBook(folder);
        const QJsonArray before = evaluate(*book);
        addLaterData(*book);
        QCOMPARE(evaluate(*book), before);
    }

    void rowsByAccountAndDateWhateverOrderTheyWereAdded()
    {
        tenure::test::TempFolder folder;
        auto book = filledBook(folder);
        addRowsOutOfOrder(*book);
        const QStringList loaded = loadedOrder(*book);
        QCOMPARE(loaded, indexOrder(*book));
        QVERIFY(loaded.contains(QStringLiteral("1 ticket 2026-10-02 usability")));
    }

    // A date stored with more than yyyy-MM-dd sorts after that day as text.
    void rowsByStoredTextWhenADateIsNotPlain()
    {
        tenure::test::TempFolder folder;
        auto book = filledBook(folder);
        addRowsOutOfOrder(*book);
        book->connection().exec(R"sql(
            INSERT INTO tickets(account_id, opened_on, priority, type, escalated) VALUES
                (1, '2026-10-02 18:00', 'low', 'other', 0), (1, '2026-10-02', 'low', 'billing', 0);
            INSERT INTO actions(account_id, occurred_on, kind, summary) VALUES
                (1, '2026-10-01T09:00', 'webinar', 'Webinar'), (1, '2026-10-01', 'email', 'Mail');
        )sql");
        const QStringList loaded = loadedOrder(*book);
        QCOMPARE(loaded, indexOrder(*book));
        QVERIFY(loaded.indexOf(QStringLiteral("1 ticket 2026-10-02 billing")) <
                loaded.indexOf(QStringLiteral("1 ticket 2026-10-02 other")));
    }

    void snapshotsTellWhatChanged()
    {
        tenure::test::TempFolder folder;
        auto book = filledBook(folder);
        auto& db = book->connection();
        const HealthConfig config = loadHealthConfig(db);
        for (const QDate& day : {QDate(2026, 9, 1), kAsOf})
            saveSnapshots(db, evaluateBook(loadSignals(db, day), day, config));
        saveSnapshots(db,
                      evaluateBook(loadSignals(db, kAsOf), kAsOf, config)); // replaced, not doubled

        QCOMPARE(snapshotDates(db), (std::vector<QDate>{QDate(2026, 9, 1), kAsOf}));
        const auto before = loadSnapshots(db, QDate(2026, 10, 15)); // the latest day on or before
        QCOMPARE(before.size(), std::size_t{1});
        QCOMPARE(before[0].asOf, QDate(2026, 9, 1));
        const auto after = loadSnapshots(db, kAsOf);
        QCOMPARE(after[0].reasons.size(), std::size_t{6});

        const auto changes = compareSnapshots(before, after);
        QCOMPARE(changes.size(), std::size_t{1});
        QVERIFY(changes[0].healthDelta < 0);
        QVERIFY(changes[0].newReasons.contains(QStringLiteral("sponsor_change")));
        QVERIFY(changes[0].newReasons.contains(QStringLiteral("support_problems")));
        QVERIFY(!changes[0].biggestMover.isEmpty());
    }

    // Each answer names who gave it: a contact of the account, one added after
    // the as-of date, or one filed under another account; none without a contact.
    void surveysNameWhoAnswered()
    {
        tenure::test::TempFolder folder;
        auto book = filledBook(folder);
        book->connection().exec(R"sql(
            INSERT INTO contacts(id, account_id, name, role, created_on) VALUES
                (11, 1, 'Ann Known', 'admin', '2025-02-01'),
                (12, 1, 'Bo Later', 'user', '2026-12-01'),
                (13, 2, 'Cy Elsewhere', 'user', '2025-02-01');
            INSERT INTO survey_responses(account_id, contact_id, responded_on, kind, score) VALUES
                (1, 11, '2026-10-01', 'csat', 5), (1, 12, '2026-10-02', 'csat', 4),
                (1, 13, '2026-10-03', 'csat', 3);
        )sql");
        const auto accounts = loadSignals(book->connection(), kAsOf);
        QStringList names;
        for (const SurveySignal& survey : accounts.front().surveys)
            names << survey.kind + u' ' + survey.contactName;
        QCOMPARE(names.join(u'|'),
                 QStringLiteral("csat Ann Known|csat Bo Later|csat Cy Elsewhere|nps "));
    }

    // Of the tickets, health reads those open on the as-of date and those
    // opened within the escalation window before it; not the long-closed ones.
    void ticketsOpenOrRecent()
    {
        tenure::test::TempFolder folder;
        auto book = filledBook(folder);
        book->connection().exec(R"sql(
            INSERT INTO tickets(account_id, opened_on, closed_on, type) VALUES
                (1, '2025-06-01', NULL, 'billing'),           -- open for long
                (1, '2025-06-02', '2026-11-05', 'usability'), -- closed after the as-of date
                (1, '2026-08-03', '2026-08-04', 'other'),     -- 90 days before: counts
                (1, '2026-08-02', '2026-08-04', 'question'),  -- 91 days before: gone
                (1, '2025-01-05', '2025-02-01', 'question');  -- closed long ago
        )sql");
        const auto accounts = loadSignals(book->connection(), kAsOf);
        QStringList types;
        for (const TicketSignal& ticket : accounts.front().tickets)
            types << ticket.type;
        QCOMPARE(types.join(u' '), QStringLiteral("billing usability other bug bug problem"));
    }

    // Of the goals, health reads those due in the year up to the as-of date,
    // the only ones it judges; 29 February's year-earlier day included.
    void goalsDueInTheLastYear()
    {
        tenure::test::TempFolder folder;
        auto book = filledBook(folder);
        book->connection().exec(R"sql(
            INSERT INTO goals(account_id, title, target, achieved, due_on) VALUES
                (1, 'year ago', 1, 0, '2025-11-01'), (1, 'spring', 1, 1, '2026-04-01'),
                (1, 'on the day', 1, 0, '2026-11-01'), (1, 'next month', 1, 0, '2026-12-01'),
                (1, 'too old', 1, 0, '2025-10-20'), (1, 'no date', 1, 0, NULL),
                (1, 'leap', 1, 0, '2027-02-28');
        )sql");
        const auto titles = [&](const QDate& asOf) {
            const auto accounts = loadSignals(book->connection(), asOf);
            QStringList list;
            for (const GoalSignal& goal : accounts.front().goals)
                list << goal.title;
            list.sort();
            return list.join(u'|');
        };
        QCOMPARE(titles(kAsOf), QStringLiteral("on the day|spring|year ago"));
        QVERIFY(titles(QDate(2028, 2, 29)).contains(QStringLiteral("leap")));
    }

    // Survey answers are read for a year, or as far back as negative
    // feedback is set to count if that is longer.
    void surveysWithinTheirWindow()
    {
        tenure::test::TempFolder folder;
        auto book = filledBook(folder);
        auto& db = book->connection();
        db.exec("INSERT INTO survey_responses(account_id, responded_on, kind, score) VALUES "
                "(1, '2025-11-01', 'csat', 2), (1, '2025-10-31', 'csat', 1)");
        const auto scores = [&] {
            const auto accounts = loadSignals(db, kAsOf);
            QStringList list;
            for (const SurveySignal& survey : accounts.front().surveys)
                list << survey.kind + QString::number(survey.score);
            return list.join(u' ');
        };
        QCOMPARE(scores(), QStringLiteral("csat2 nps4")); // 365 days back, not 366
        HealthConfig config;
        config.thresholds.feedbackLookbackDays = 400;
        saveHealthConfig(db, config);
        QCOMPARE(scores(), QStringLiteral("csat1 csat2 nps4"));
    }

    // Usage is read back to the farthest day a figure is taken for, as the
    // book's thresholds set it, and no further.
    void usageAsFarBackAsTheThresholdsNeed()
    {
        tenure::test::TempFolder folder;
        auto book = filledBook(folder);
        auto& db = book->connection();
        db.exec("WITH RECURSIVE weeks(d) AS (SELECT '2026-03-02' UNION ALL "
                "  SELECT date(d, '+7 days') FROM weeks WHERE d < '2026-04-27') "
                "INSERT INTO usage(account_id, period_start, period_days, active_users) "
                "SELECT 1, d, 7, 30 FROM weeks");
        // Defaults: the danger zone's 90 days back, and the four weeks before.
        QCOMPARE(usageWindowDays(Thresholds{}), 118);
        QCOMPARE(loadSignals(db, kAsOf).front().usage.front().start, QDate(2026, 7, 13));

        HealthConfig config;
        config.thresholds.usageDropWindowDays = 200;
        saveHealthConfig(db, config);
        const AccountSignals account = loadSignals(db, kAsOf).front();
        QCOMPARE(account.usage.front().start, QDate(2026, 3, 23)); // after 18 March
        const auto trend = usageTrend(account, kAsOf, 200);
        QVERIFY(trend);
        QCOMPARE(trend->earlier, 30.0);
        QCOMPARE(trend->recent, 12.0);
    }

    void settingsLiveInTheBook()
    {
        tenure::test::TempFolder folder;
        const QString path = folder.path(QStringLiteral("settings.tenure"));
        {
            auto book = Book::create(path);
            HealthConfig config;
            config.thresholds.oldTicketDays = 7;
            config.weights.experience = 0.6;
            saveHealthConfig(book->connection(), config);
        }
        auto reopened = Book::open(path, Book::Access::ReadOnly);
        const auto config = loadHealthConfig(reopened->connection());
        QCOMPARE(config.thresholds.oldTicketDays, 7);
        QCOMPARE(config.weights.experience, 0.6);
    }
};

TENURE_TEST_MAIN(TestHealthBook)
#include "tst_healthbook.moc"
