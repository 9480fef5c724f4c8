#include "handmadebook.h"

#include "store/book.h"
#include "store/sqlite.h"

namespace tenure::test {

std::unique_ptr<store::Book> createHandMadeBook(const QString& path)
{
    auto book = store::Book::create(path);
    auto& db = book->connection();
    db.exec(R"sql(
        INSERT INTO accounts(id, name, owner, segment, plan, seats_purchased, created_on,
                             renewal_on, status) VALUES
            (1, 'Acme', 'Dana', 'High touch', 'Enterprise', 10, '2024-01-01', '2026-05-15',
             'active');
        INSERT INTO subscription_periods(account_id, start_on, end_on, amount_minor,
                                         interval_unit, currency, mrr_minor) VALUES
            (1, '2025-01-01', '2026-01-01', 10000, 'month', 'USD', 10000),
            (1, '2026-01-01', NULL, 20000, 'month', 'USD', 20000),
            (1, '2026-04-15', NULL, 50000, 'month', 'USD', 50000);
        INSERT INTO contacts(id, account_id, name, title, role, created_on, last_active_on,
                             left_on) VALUES
            (1, 1, 'Ann', 'Head of Ops', 'champion', NULL, '2026-03-20', NULL),
            (2, 1, 'Bob', 'CFO', 'executive_sponsor', NULL, '2026-01-01', NULL),
            (3, 1, 'Cy', 'Buyer', 'buyer', NULL, '2026-01-15', '2026-02-01'),
            (4, 1, 'Dee', 'Analyst', 'user', NULL, '2026-03-30', '2026-05-01'),
            (5, 1, 'Eve', 'New hire', 'user', '2026-04-10', '2026-04-20', NULL);
        INSERT INTO tickets(account_id, external_id, opened_on, closed_on, priority, type,
                            escalated, subject) VALUES
            (1, 'T-1', '2026-03-01', '2026-03-05', 'high', 'bug', 1, 'Export fails'),
            (1, 'T-2', '2026-03-10', '2026-04-10', 'normal', 'question', 0, 'How to SSO'),
            (1, 'T-3', '2026-04-02', NULL, 'urgent', 'problem', 0, 'Down');
        INSERT INTO survey_responses(account_id, contact_id, responded_on, kind, score, comment)
            VALUES (1, 1, '2026-02-01', 'nps', 3, 'Too slow'),
                   (1, 1, '2026-04-05', 'nps', 9, 'Much better');
        INSERT INTO goals(account_id, title, target, achieved, due_on, achieved_on, status) VALUES
            (1, 'Onboard 10 teams', 10, 10, '2026-02-01', '2026-01-20', 'achieved'),
            (1, 'Cut close time', 100, 40, '2026-03-01', NULL, 'missed'),
            (1, 'Automate reports', 5, 5, '2026-06-30', '2026-04-20', 'achieved');
        INSERT INTO actions(account_id, occurred_on, kind, summary) VALUES
            (1, '2026-03-15', 'call', 'QBR prep'),
            (1, '2026-04-02', 'email', 'Follow-up');
        INSERT INTO feature_requests(account_id, requested_on, title) VALUES
            (1, '2026-03-02', 'SSO'), (1, '2026-04-03', 'Dark mode');
        INSERT INTO account_events(account_id, occurred_on, kind, description) VALUES
            (1, '2026-02-15', 'acquired', 'Bought by Initech');
    )sql");
    // Acme's weekly active users: 8 in January, 7 in February, 6 in March, then
    // a week after the as-of date that must not count.
    auto usage = db.prepare("INSERT INTO usage(account_id, period_start, period_days, "
                            "active_users) VALUES (?, ?, 7, ?)");
    for (QDate week(2026, 1, 5); week <= QDate(2026, 4, 6); week = week.addDays(7)) {
        const int users = week.month() == 1 ? 8 : week.month() == 2 ? 7 : week.month() == 3 ? 6 : 1;
        usage.bind(1, 1).bind(2, week.toString(Qt::ISODate)).bind(3, users).exec();
        usage.reset();
    }
    // Fillers #10-#17: 10 seats, k = 1..8 active users in March's last four weeks.
    for (int k = 1; k <= 8; ++k) {
        const int id = 9 + k;
        auto account = db.prepare("INSERT INTO accounts(id, name, seats_purchased, created_on) "
                                  "VALUES (?, ?, 10, '2025-01-01')");
        account.bind(1, id).bind(2, QStringLiteral("Filler %1").arg(k)).exec();
        auto period = db.prepare(
            "INSERT INTO subscription_periods(account_id, start_on, amount_minor, interval_unit, "
            "currency, mrr_minor) VALUES (?, '2025-01-01', 1000, 'month', 'USD', 1000)");
        period.bind(1, id).exec();
        for (QDate week(2026, 3, 9); week <= QDate(2026, 3, 30); week = week.addDays(7)) {
            usage.bind(1, id).bind(2, week.toString(Qt::ISODate)).bind(3, k).exec();
            usage.reset();
        }
    }
    return book;
}

} // namespace tenure::test
