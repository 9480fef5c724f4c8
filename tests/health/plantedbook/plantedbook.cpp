#include "plantedbook.h"

#include "health/riskreason.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <stdexcept>

namespace tenure::test {

namespace {

namespace reason = health::reason;

class Random
{
public:
    explicit Random(std::uint64_t seed)
        : m_engine(seed)
    {
    }
    int between(int low, int high) // inclusive
    {
        return std::uniform_int_distribution<int>(low, high)(m_engine);
    }
    double uniform(double low, double high)
    {
        return std::uniform_real_distribution<double>(low, high)(m_engine);
    }
    bool chance(double probability) { return uniform(0, 1) < probability; }
    template <typename T, std::size_t N> const T& pick(const std::array<T, N>& items)
    {
        return items[static_cast<std::size_t>(between(0, static_cast<int>(N) - 1))];
    }

private:
    std::mt19937_64 m_engine;
};

QByteArray day(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate).toLatin1() : QByteArray();
}

QByteArray num(double value)
{
    return QByteArray::number(value, 'f', 0);
}

// The days of CSM silence a segment allows (models/health's defaults).
int silenceAllowed(const QByteArray& segment)
{
    if (segment.startsWith("High"))
        return 60;
    return segment.startsWith("Tech") ? 180 : 90;
}

// The CSV files, one buffer each, with their headers.
struct Files
{
    QByteArray accounts = "account_id,account_name,domain,segment,seats,created_on,renewal_on\n";
    QByteArray subscriptions =
        "subscription_id,account_id,account_name,plan,start_date,mrr,currency\n";
    QByteArray usage = "account_id,week_start,active_users,sessions\n";
    QByteArray contacts = "account_id,contact_id,name,email,role,last_active_on,left_on\n";
    QByteArray surveys = "account_id,response_id,submitted_at,survey,score\n";
    QByteArray tickets = "ticket_id,account_id,opened_on,closed_on,priority,type,escalated\n";
    QByteArray requests = "account_id,requested_on,title,kind,status\n";
    QByteArray goals = "account_id,goal,metric,target,achieved,due_date,achieved_on\n";
    QByteArray activities = "Activity ID,Account ID,Date,Activity Type,Contact,Owner,Subject,"
                            "Direction,Outcome\n";
    QByteArray milestones = "account_id,onboarding_target_on,go_live_on\n";
    QByteArray events = "account_id,event_date,event,description\n";
    int nextId = 1;
    QByteArray id(const char* prefix) { return prefix + QByteArray::number(nextId++); }
};

// Writes one account's rows. Every account is healthy but for its cause.
class AccountWriter
{
public:
    AccountWriter(Files& files, Random& random, const QDate& asOf, PlantedAccount& account)
        : m_files(files)
        , m_random(random)
        , m_asOf(asOf)
        , m_account(account)
        , m_id(account.externalId.toLatin1())
        , m_cause(account.cause)
    {
    }

    void write()
    {
        const bool healthy = m_cause.isEmpty();
        // Sources a real book lacks for some customers: only healthy ones here.
        m_account.usage = !healthy || !m_random.chance(0.06);
        m_account.surveyed = !healthy || !m_random.chance(0.25);
        m_account.tickets = m_cause == reason::SupportProblems ||
                            m_cause == reason::StalledOnboarding || !m_random.chance(0.3);
        if (m_cause == reason::NegativeFeedback)
            m_account.surveyed = true;

        writeAccount();
        if (m_account.usage)
            writeUsage();
        writeContacts();
        if (m_account.surveyed)
            writeSurveys();
        if (m_account.tickets)
            writeTickets();
        writeRequests();
        writeGoals();
        writeActivities();
        writeMilestonesAndEvents();
    }

private:
    bool is(const QString& cause) const { return m_cause == cause; }

    void writeAccount()
    {
        static constexpr std::array<const char*, 3> kSegments{"High touch", "Low touch",
                                                              "Tech touch"};
        m_segment = m_random.pick(kSegments);
        m_seats = m_random.between(8, 120);
        m_created = is(reason::StalledOnboarding)
                        ? QDate(2026, 1, 15).addDays(m_random.between(0, 45))
                        : QDate(2024, 1, 1).addDays(m_random.between(0, 540));
        const QDate renewal = m_asOf.addDays(m_random.between(5, 365));
        m_files.accounts += m_id + ",Planted " + m_id + ',' + domain() + ',' + m_segment + ',' +
                            QByteArray::number(m_seats) + ',' + day(m_created) + ',' +
                            day(renewal) + '\n';
        m_files.subscriptions += "sub_" + m_id + ',' + m_id + ",Planted " + m_id + ",Business," +
                                 day(m_created) + ',' + num(m_seats * m_random.between(20, 45)) +
                                 ".00,USD\n";
    }

    QByteArray domain() const { return m_id.toLower() + ".example.com"; }

    // Share of seats active on `week`, before noise.
    double utilisationOn(const QDate& week) const
    {
        const double daysBefore = week.daysTo(m_asOf);
        if (is(reason::LowAdoption)) {
            // Falls from the usual level to `m_kept` of it over the last 90 days.
            const double progress = std::clamp((90 - daysBefore) / 83, 0.0, 1.0);
            return m_level * (1 - (1 - m_kept) * progress);
        }
        // Drifts by `m_drift` over the half-year shown.
        return m_level * (1 + m_drift * (1 - daysBefore / 182));
    }

    void writeUsage()
    {
        m_level = is(reason::StalledOnboarding) ? m_random.uniform(0.1, 0.3)
                                                : m_random.uniform(0.55, 0.9);
        m_drift = is(reason::NoValue) ? m_random.uniform(-0.35, -0.2) : m_random.uniform(-0.1, 0.1);
        m_kept = m_random.uniform(0.3, 0.5);
        QDate week = m_asOf.addDays(-182);
        week = week.addDays(1 - week.dayOfWeek());
        for (; week <= m_asOf; week = week.addDays(7)) {
            if (week < m_created)
                continue;
            const int users =
                std::max(0, static_cast<int>(std::lround(m_seats * utilisationOn(week) *
                                                         m_random.uniform(0.92, 1.08))));
            m_files.usage += m_id + ',' + day(week) + ',' + QByteArray::number(users) + ',' +
                             QByteArray::number(users * m_random.between(3, 6)) + '\n';
        }
    }

    void contact(const QByteArray& role, const QDate& lastActive, const QDate& left)
    {
        const QByteArray id = m_files.id("P-");
        m_files.contacts += m_id + ',' + id + ",Person " + id + ',' + id.toLower() + '@' +
                            domain() + ',' + role + ',' + day(lastActive) + ',' + day(left) + '\n';
    }

    void writeContacts()
    {
        const QDate recent = m_asOf.addDays(-m_random.between(0, 30));
        if (is(reason::SponsorChange)) {
            // The only sponsor left; the users stay.
            const QDate left = m_asOf.addDays(-m_random.between(20, 150));
            contact("Champion", left.addDays(-3), left);
        } else if (m_cause.isEmpty() && m_random.chance(0.02)) {
            // A lone champion who has gone quiet: a sponsor change's 0.5.
            contact("Champion", m_asOf.addDays(-m_random.between(50, 90)), {});
        } else if (!m_cause.isEmpty() || !m_random.chance(0.1)) {
            contact("Champion", recent, {});
            if (m_random.chance(0.5))
                contact("Executive Sponsor", m_asOf.addDays(-m_random.between(0, 40)), {});
        }
        for (int i = m_random.between(1, 3); i > 0; --i)
            contact("User", m_asOf.addDays(-m_random.between(0, 20)), {});
    }

    void survey(const QDate& on, const char* kind, int score)
    {
        m_files.surveys += m_id + ',' + m_files.id("R-") + ',' + day(on) + ',' + kind + ',' +
                           QByteArray::number(score) + '\n';
    }

    void writeSurveys()
    {
        static constexpr std::array<int, 10> kContent{7, 8, 8, 9, 9, 9, 10, 10, 10, 10};
        // A few content customers were detractors long ago, and said so.
        if (m_random.chance(0.08))
            survey(m_asOf.addDays(-m_random.between(250, 340)), "NPS", m_random.between(3, 6));
        // Planted: the latest answer is the unhappy one.
        const int unhappy = is(reason::NegativeFeedback) ? m_random.between(3, 75) : 0;
        for (int days = m_random.between(120, 220); days > unhappy;
             days -= m_random.between(80, 100))
            survey(m_asOf.addDays(-days), "NPS", m_random.pick(kContent));
        if (m_random.chance(0.3))
            survey(m_asOf.addDays(-m_random.between(unhappy + 1, 200)), "CSAT",
                   m_random.between(4, 5));
        if (unhappy > 0) {
            if (m_random.chance(0.7))
                survey(m_asOf.addDays(-unhappy), "NPS", m_random.between(0, 6));
            else
                survey(m_asOf.addDays(-unhappy), "CSAT", m_random.between(1, 2));
        }
    }

    void ticket(const QDate& opened, const QDate& closed, bool escalated)
    {
        const bool open = !closed.isValid() || closed > m_asOf;
        m_account.ticketTrouble = m_account.ticketTrouble ||
                                  (escalated && opened.daysTo(m_asOf) <= 90) ||
                                  (open && opened.daysTo(m_asOf) > 14);
        static constexpr std::array<const char*, 3> kTypes{"question", "problem", "bug"};
        m_files.tickets += m_files.id("T-") + ',' + m_id + ',' + day(opened) + ',' +
                           day(closed <= m_asOf ? closed : QDate()) + ",normal," +
                           m_random.pick(kTypes) + ',' + (escalated ? "yes" : "no") + '\n';
    }

    void writeTickets()
    {
        // Routine tickets over the year, answered within a week; now and then
        // one is escalated.
        for (int i = m_random.between(1, 6); i > 0; --i) {
            const QDate opened = m_asOf.addDays(-m_random.between(0, 360));
            ticket(opened, opened.addDays(m_random.between(0, 6)), m_random.chance(0.02));
        }
        // Some stalled onboardings wait on one ticket for weeks: not support
        // problems, but an unhappy customer getting no results.
        if (is(reason::StalledOnboarding) && m_random.chance(0.4))
            ticket(m_asOf.addDays(-m_random.between(31, 60)), {}, false);
        if (is(reason::SupportProblems)) {
            for (int i = m_random.between(3, 5); i > 0; --i)
                ticket(m_asOf.addDays(-m_random.between(20, 80)), {}, false);
            for (int i = m_random.between(1, 2); i > 0; --i) {
                const QDate opened = m_asOf.addDays(-m_random.between(5, 80));
                ticket(opened, opened.addDays(m_random.between(5, 20)), true);
            }
        }
    }

    void request(const QDate& on, const char* kind)
    {
        m_files.requests +=
            m_id + ',' + day(on) + ",Request " + m_files.id("Q-") + ',' + kind + ",open\n";
    }

    void writeRequests()
    {
        static constexpr std::array<const char*, 2> kKinds{"feature", "integration"};
        // Healthy: now and then a request, rarely two (a product gap's 0.5).
        const int count = is(reason::ProductGap)  ? m_random.between(3, 4)
                          : m_random.chance(0.02) ? 2
                          : m_random.chance(0.3)  ? 1
                                                  : 0;
        for (int i = 0; i < count; ++i)
            request(m_asOf.addDays(-m_random.between(5, 170)), m_random.pick(kKinds));
        if (is(reason::ProductGap) && m_random.chance(0.4))
            request(m_asOf.addDays(-m_random.between(5, 170)), "pricing");
    }

    void goal(const QDate& due, bool achieved)
    {
        const int target = m_random.between(10, 100);
        const int reached = achieved ? target : target * m_random.between(20, 80) / 100;
        m_files.goals +=
            m_id + ",Goal " + m_files.id("G-") + ",count," + QByteArray::number(target) + ',' +
            QByteArray::number(reached) + ',' + day(due) + ',' +
            (achieved ? day(due.addDays(-m_random.between(0, 20))) : QByteArray()) + '\n';
    }

    void writeGoals()
    {
        if (is(reason::NoValue)) {
            goal(m_asOf.addDays(-m_random.between(10, 60)), false);
            goal(m_asOf.addDays(-m_random.between(61, 200)), false);
            if (m_random.chance(0.5))
                goal(m_asOf.addDays(-m_random.between(61, 300)), false);
            goal(m_asOf.addDays(-m_random.between(100, 330)), true);
            return;
        }
        if (is(reason::StalledOnboarding) || !m_random.chance(0.6))
            return;
        for (int i = m_random.between(1, 3); i > 0; --i)
            goal(m_asOf.addDays(-m_random.between(10, 330)), true);
    }

    void activity(const QDate& on, const char* kind)
    {
        m_files.activities += m_files.id("ACT-") + ',' + m_id + ',' + day(on) + ',' + kind +
                              ",,Dana,Check-in,Outbound,\n";
    }

    void writeActivities()
    {
        // The latest contact: lately, or, planted, well past what the segment allows.
        const int allowed = silenceAllowed(m_segment);
        const int latest = is(reason::NoProactiveContact)
                               ? allowed + m_random.between(allowed / 3, allowed)
                               : m_random.between(2, 45);
        activity(m_asOf.addDays(-latest), "Call");
        for (int i = m_random.between(1, 4); i > 0; --i)
            activity(m_asOf.addDays(-latest - m_random.between(10, 200)), "Email");
    }

    void writeMilestonesAndEvents()
    {
        if (is(reason::StalledOnboarding)) {
            m_files.milestones +=
                m_id + ',' + day(m_created.addDays(m_random.between(30, 80))) + ",\n";
        } else if (m_random.chance(0.5)) {
            const QDate target = m_created.addDays(60);
            m_files.milestones += m_id + ',' + day(target) + ',' +
                                  day(target.addDays(-m_random.between(0, 20))) + '\n';
        }
        static constexpr std::array<const char*, 4> kEvents{"Layoffs", "Acquisition",
                                                            "Leadership change", "Bankruptcy"};
        if (is(reason::CustomerEvent)) {
            m_files.events += m_id + ',' + day(m_asOf.addDays(-m_random.between(5, 150))) + ',' +
                              m_random.pick(kEvents) + ",Planted event\n";
        } else if (m_random.chance(0.05)) {
            m_files.events += m_id + ',' + day(m_asOf.addDays(-m_random.between(5, 150))) +
                              ",New funding,Series B\n";
        } else if (m_random.chance(0.02)) {
            m_files.events += m_id + ',' + day(m_asOf.addDays(-m_random.between(5, 150))) +
                              ",Leadership change,New CEO\n";
        }
    }

    Files& m_files;
    Random& m_random;
    QDate m_asOf;
    PlantedAccount& m_account;
    QByteArray m_id;
    QString m_cause;
    QByteArray m_segment;
    int m_seats = 0;
    QDate m_created;
    double m_level = 0; // usual share of seats active
    double m_drift = 0; // change over the half-year, as a fraction
    double m_kept = 1;  // low adoption: the share of its level it falls to
};

} // namespace

QStringList plantedCauses()
{
    return {reason::NoValue,          reason::StalledOnboarding,  reason::SponsorChange,
            reason::LowAdoption,      reason::ProductGap,         reason::SupportProblems,
            reason::NegativeFeedback, reason::NoProactiveContact, reason::CustomerEvent};
}

PlantedBook writePlantedBook(const QString& folder, const PlantedOptions& options)
{
    PlantedBook book;
    book.asOf = options.asOf;
    const QStringList causes = plantedCauses();
    const int planted = options.perCause * static_cast<int>(causes.size());
    const int total = planted + options.healthy;
    Random random(options.seed);
    Files files;
    for (int i = 0; i < total; ++i) {
        PlantedAccount account;
        account.externalId = QStringLiteral("A%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        // Causes interleaved with healthy accounts, so neither clusters by id.
        if (i % (total / planted) == 0 && i / (total / planted) < planted)
            account.cause = causes.at((i / (total / planted)) % causes.size());
        AccountWriter(files, random, options.asOf, account).write();
        book.accounts.push_back(account);
    }
    const std::array<std::pair<const char*, const QByteArray*>, 11> outputs{{
        {"accounts.csv", &files.accounts},
        {"subscriptions.csv", &files.subscriptions},
        {"usage.csv", &files.usage},
        {"contacts.csv", &files.contacts},
        {"surveys.csv", &files.surveys},
        {"tickets.csv", &files.tickets},
        {"feature_requests.csv", &files.requests},
        {"goals.csv", &files.goals},
        {"activities.csv", &files.activities},
        {"milestones.csv", &files.milestones},
        {"events.csv", &files.events},
    }};
    for (const auto& [name, bytes] : outputs) {
        const QString path = QDir(folder).filePath(QLatin1String(name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size())
            throw std::runtime_error("cannot write " + path.toStdString());
        book.files << path;
    }
    return book;
}

} // namespace tenure::test
