// The signal kinds: contacts, usage, tickets, surveys, feature requests and
// goals land on the accounts billing created, idempotently, and bad rows are
// reported with their line and column.
#include "common/tempbook.h"
#include "common/testmain.h"
#include "import/importer.h"
#include "importtesthelpers.h"

using namespace tenure;
using namespace tenure::import;

class SignalImportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void eachKindIsRecognisedByItsHeaders_data();
    void eachKindIsRecognisedByItsHeaders();
    void contactsNormaliseRolesAndUpdate();
    void usageTwiceChangesNothing();
    void usageMixingKnownAndNewWeeks();
    void rejectionsOfALargeSignalFileComeInLineOrder();
    void ticketsMatchAccountsByEmailDomainOrName();
    void signalsNeverCreateAccounts();
    void surveysLinkTheRespondentAndCheckTheScale();
    void duplicateKeysInOneFileAreRejected();
    void accountsAreAskedByIdThenDomainThenName();
    void anIdSeveralSourcesShare();
    void goalsAndRequestsUseTheirTitles();

private:
    QString write(const char* name, const QByteArray& bytes)
    {
        return m_folder->write(QString::fromLatin1(name), bytes);
    }
    ImportOutcome run(const QStringList& files, const ImportOptions& options = {})
    {
        return test::importInto(*m_book, files, options);
    }
    // Imports the valid rows and lists the rejected ones.
    ImportOutcome runSkippingInvalid(const QStringList& files)
    {
        ImportOptions options;
        options.skipInvalid = true;
        return run(files, options);
    }
    QString text(const char* sql)
    {
        return m_book->connection().queryText(sql).value_or(QString());
    }

    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<store::Book> m_book;
};

void SignalImportTest::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_book = store::Book::create(m_folder->path(QStringLiteral("book.tenure")));
    // Two customers from billing: the accounts signals attach to.
    const ImportOutcome billing = run({write("customers.csv", "account_id,account_name,domain\n"
                                                              "C1,Acme Corp,acme.com\n"
                                                              "C2,Globex Ltd,globex.io\n")});
    QVERIFY(billing.committed);
    QCOMPARE(test::count(*m_book, "accounts"), 2);
}

void SignalImportTest::cleanup()
{
    m_book.reset();
    m_folder.reset();
}

void SignalImportTest::eachKindIsRecognisedByItsHeaders_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("table");
    QTest::newRow("contacts") << QByteArray(
                                     "account_id,name,email,role\nC1,Ann,ann@acme.com,champion\n")
                              << "contacts"
                              << "contacts";
    QTest::newRow("usage") << QByteArray("account_id,week_start,active_users\nC1,2026-11-16,9\n")
                           << "usage"
                           << "usage";
    // Both the accounts layout and the usage one fit; usage reads more of it.
    QTest::newRow("usage naming accounts")
        << QByteArray(
               "account_id,account_name,week_start,active_users\nC1,Acme Corp,2026-11-16,9\n")
        << "usage"
        << "usage";
    QTest::newRow("tickets") << QByteArray("ticket_id,account_id,created_at,priority\n"
                                           "T1,C1,2026-11-01,high\n")
                             << "tickets"
                             << "tickets";
    QTest::newRow("surveys") << QByteArray("customer_id,submitted_at,score\nC1,2026-11-02,9\n")
                             << "surveys"
                             << "survey_responses";
    QTest::newRow("requests") << QByteArray("account_id,requested_on,title,status\n"
                                            "C1,2026-11-03,SSO,open\n")
                              << "feature_requests"
                              << "feature_requests";
    QTest::newRow("goals") << QByteArray("account_id,goal,target,due_date\n"
                                         "C1,Onboard 50 agents,50,2027-01-31\n")
                           << "goals"
                           << "goals";
}

void SignalImportTest::eachKindIsRecognisedByItsHeaders()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, kind);
    QFETCH(QString, table);
    const ImportOutcome outcome = run({write("signal.csv", csv)});
    QVERIFY(outcome.committed);
    QCOMPARE(kindName(outcome.files.front().plan.kind), kind);
    QCOMPARE(outcome.files.front().inserted, 1);
    QCOMPARE(test::count(*m_book, table.toLatin1().constData()), 1);
    const QString owner = m_book->connection()
                              .queryText("SELECT a.name FROM accounts a JOIN " +
                                         table.toStdString() + " s ON s.account_id = a.id")
                              .value_or(QString());
    QCOMPARE(owner, QStringLiteral("Acme Corp"));
}

void SignalImportTest::contactsNormaliseRolesAndUpdate()
{
    const QString first = write("contacts.csv", "contact_id,account_id,name,email,role,left_on\n"
                                                "P1,C1,Ann Lee,ann@acme.com,Executive Sponsor,\n"
                                                "P2,C2,Bob Ray,bob@globex.io,IT Admin,\n");
    QVERIFY(run({first}).committed);
    QCOMPARE(text("SELECT group_concat(role, ' ') FROM (SELECT role FROM contacts ORDER BY "
                  "external_id)"),
             QStringLiteral("executive_sponsor it"));
    // A newer export: Ann left. Updated by contact id, and the change recorded.
    const QString newer =
        write("contacts2.csv", "contact_id,account_id,name,email,role,left_on\n"
                               "P1,C1,Ann Lee,ann@acme.com,exec sponsor,2026-09-14\n"
                               "P2,C2,Bob Ray,bob@globex.io,it,\n");
    const ImportOutcome outcome = run({newer});
    QCOMPARE(outcome.files.front().updated, 1);
    QCOMPARE(outcome.files.front().unchanged, 1);
    QVERIFY(outcome.files.front().changes.front().contains(QStringLiteral("left_on")));
    QCOMPARE(test::count(*m_book, "contacts"), 2);
    QCOMPARE(text("SELECT left_on FROM contacts WHERE external_id = 'P1'"),
             QStringLiteral("2026-09-14"));

    const QString bad = write("contacts3.csv", "account_id,name,email,role\n"
                                               "C1,Cy Doe,cy@acme.com,wizard\n");
    const ImportOutcome rejected = run({bad});
    QVERIFY(!rejected.committed);
    const auto rejections = rejected.allRejections();
    QCOMPARE(rejections.size(), 1u);
    QCOMPARE(rejections.front().line, 2);
    QCOMPARE(rejections.front().column, 4);
    QVERIFY(rejections.front().reason.contains(QStringLiteral("executive_sponsor")));
    QCOMPARE(test::count(*m_book, "contacts"), 2);
}

void SignalImportTest::usageTwiceChangesNothing()
{
    const QString file =
        write("usage.csv", "account_id,date,period_days,active_users,sessions,key_events\n"
                           "C1,2026-11-09,7,12,40,7\n"
                           "C1,2026-11-16,7,10,31,2\n"
                           "C2,2026-11-16,1,3,3,0\n");
    const ImportOutcome first = run({file});
    QCOMPARE(first.files.front().inserted, 3);
    const QString before = text("SELECT group_concat(account_id || period_start || period_days || "
                                "active_users || sessions || key_events) FROM usage");
    const ImportOutcome second = run({file});
    QCOMPARE(second.files.front().inserted, 0);
    QCOMPARE(second.files.front().updated, 0);
    QCOMPARE(second.files.front().unchanged, 3);
    QCOMPARE(text("SELECT group_concat(account_id || period_start || period_days || "
                  "active_users || sessions || key_events) FROM usage"),
             before);
    QCOMPARE(text("SELECT active_users FROM usage WHERE period_days = 1"), QStringLiteral("3"));
}

// Usage rows are inserted without a lookup while they keep turning out new,
// and looked up while they keep turning out known: a file alternating runs
// of both writes each week once, and counts it right.
void SignalImportTest::usageMixingKnownAndNewWeeks()
{
    const auto week = [](int i) {
        return QDate(2026, 1, 5).addDays(7 * i).toString(Qt::ISODate).toLatin1();
    };
    QByteArray older = "account_id,week_start,active_users\n";
    QByteArray newer = older;
    int known = 0;
    for (int i = 0; i < 40; ++i) {
        for (const char* account : {"C1", "C2"}) {
            const QByteArray row = QByteArray(account) + "," + week(i) + ",5\n";
            if ((i / 5) % 2 == 0) {
                older += row;
                ++known;
            }
            newer += i == 12 ? QByteArray(account) + "," + week(i) + ",6\n" : row;
        }
    }
    QVERIFY(run({write("older.csv", older)}).committed);
    const ImportOutcome outcome = run({write("newer.csv", newer)});
    QVERIFY(outcome.committed);
    const FileOutcome& file = outcome.files.front();
    QCOMPARE(file.inserted, 80 - known);
    QCOMPARE(file.unchanged, known - 2); // week 12 was known, and changed for both accounts
    QCOMPARE(file.updated, 2);
    QCOMPARE(test::count(*m_book, "usage"), 80);
    QCOMPARE(text("SELECT sum(active_users) FROM usage"), QString::number(80 * 5 + 2));
}

// Signal rows are typed and matched to accounts on a reading thread and
// written on another, batch by batch: an unknown account (refused when
// reading) and a repeated row (refused when writing) still come out in the
// file's order, across many batches.
void SignalImportTest::rejectionsOfALargeSignalFileComeInLineOrder()
{
    QByteArray csv = "account_id,week_start,active_users\n";
    QList<std::int64_t> expectedLines;
    QByteArray previous;
    const QDate first(2000, 1, 3);
    for (int i = 0; i < 12000; ++i) {
        const QByteArray account = i % 2 == 0 ? "C1" : "C2";
        QByteArray row =
            account + "," + first.addDays(7 * (i / 2)).toString(Qt::ISODate).toLatin1() + ",3\n";
        if (i % 1000 == 300) {
            row = "C9," + first.toString(Qt::ISODate).toLatin1() + ",3\n";
            expectedLines.append(i + 2);
        } else if (i % 1000 == 600) {
            row = previous;
            expectedLines.append(i + 2);
        }
        csv += row;
        previous = row;
    }
    const ImportOutcome outcome = runSkippingInvalid({write("weeks.csv", csv)});
    QVERIFY(outcome.committed);
    const FileOutcome& file = outcome.files.front();
    QCOMPARE(file.rowsRead, 12000);
    QCOMPARE(file.rejected, 24);
    QCOMPARE(file.inserted, 12000 - 24);
    QList<std::int64_t> lines;
    for (const Rejection& rejection : file.rejections)
        lines.append(rejection.line);
    QCOMPARE(lines, expectedLines);
    QVERIFY(file.rejections[0].reason.contains(QStringLiteral("No account")));
    QVERIFY(file.rejections[1].reason.contains(QStringLiteral("Repeats")));
    QCOMPARE(test::count(*m_book, "usage"), 12000 - 24);
}

void SignalImportTest::ticketsMatchAccountsByEmailDomainOrName()
{
    // A helpdesk knows organisations by name and people by email, not billing ids.
    const QString file =
        write("tickets.csv", "Ticket ID,Organization,Requester Email,Created At,Solved At,"
                             "Priority,Type,Escalated,Subject\n"
                             "Z-1,,ann@acme.com,2026-10-01,2026-10-03,P1,Incident,yes,Down\n"
                             "Z-2,Globex Limited,,2026-10-05,,low,how-to,no,Question\n");
    const ImportOutcome outcome = run({file});
    QVERIFY(outcome.committed);
    QCOMPARE(text("SELECT group_concat(x, ' ') FROM (SELECT a.name || ':' || t.priority || ':' || "
                  "t.type || ':' || t.escalated AS x FROM tickets t JOIN accounts a ON a.id = "
                  "t.account_id ORDER BY t.external_id)"),
             QStringLiteral("Acme Corp:urgent:problem:1 Globex Ltd:low:question:0"));
}

void SignalImportTest::signalsNeverCreateAccounts()
{
    const QString file =
        write("tickets.csv", "ticket_id,account_name,opened_on,closed_on,priority\n"
                             "T1,Initech,2026-10-01,,high\n"
                             "T2,Acme Corp,2026-10-05,2026-10-01,high\n");
    const ImportOutcome outcome = run({file});
    QVERIFY(!outcome.committed);
    const auto rejections = outcome.allRejections();
    QCOMPARE(rejections.size(), 2u);
    QCOMPARE(rejections[0].line, 2);
    QVERIFY(rejections[0].reason.contains(QStringLiteral("No account")));
    QCOMPARE(rejections[1].line, 3);
    QCOMPARE(rejections[1].column, 4);
    QCOMPARE(test::count(*m_book, "accounts"), 2);
    QCOMPARE(test::count(*m_book, "tickets"), 0);
}

void SignalImportTest::surveysLinkTheRespondentAndCheckTheScale()
{
    run({write("contacts.csv", "account_id,name,email,role\nC1,Ann Lee,ann@acme.com,champion\n")});
    const QString file =
        write("nps.csv", "customer_id,respondent_email,submitted_at,survey,score,comment\n"
                         "C1,ANN@acme.com,2026-11-02,nps,3,\"Too slow; leaving?\"\n"
                         "C2,,2026-11-03,csat,5,\n"
                         "C2,,2026-11-04,csat,7,\n"
                         "C1,,2026-11-05,nps,11,\n");
    const ImportOutcome outcome = runSkippingInvalid({file});
    QVERIFY(outcome.committed);
    QCOMPARE(outcome.files.front().inserted, 2);
    const auto rejections = outcome.allRejections();
    QCOMPARE(rejections.size(), 2u);
    QVERIFY(rejections[0].reason.contains(QStringLiteral("1 to 5")));
    QVERIFY(rejections[1].reason.contains(QStringLiteral("0 to 10")));
    QCOMPARE(text("SELECT c.name || ':' || s.score || ':' || s.comment FROM survey_responses s "
                  "JOIN contacts c ON c.id = s.contact_id"),
             QStringLiteral("Ann Lee:3:Too slow; leaving?"));
}

void SignalImportTest::duplicateKeysInOneFileAreRejected()
{
    const QString file = write("usage.csv", "account_id,week_start,active_users\n"
                                            "C1,2026-11-16,12\n"
                                            "C1,2026-11-16,13\n"
                                            "C2,2026-11-16,13\n");
    const ImportOutcome outcome = run({file});
    QVERIFY(!outcome.committed);
    const auto rejections = outcome.allRejections();
    QCOMPARE(rejections.size(), 1u);
    QCOMPARE(rejections.front().line, 3);
    QVERIFY(rejections.front().reason.contains(QStringLiteral("period_start")));
    QCOMPARE(test::count(*m_book, "usage"), 0);
}

// The id answers first, then the domain, then the name; a way that names
// several accounts stops the search with a rejection rather than guessing.
void SignalImportTest::accountsAreAskedByIdThenDomainThenName()
{
    QVERIFY(run({write("more.csv", "account_id,account_name,domain\n"
                                   "C3,Acme Corp,acme-eu.com\n"
                                   "C4,Initech,globex.io\n")})
                .committed);
    const QString byId = write("by-id.csv", "account_id,account_name,week_start,active_users\n"
                                            "C3,Globex Ltd,2026-11-09,6\n");
    const QString withoutId = write("no-id.csv", "account_name,domain,week_start,active_users\n"
                                                 "Globex Ltd,acme-eu.com,2026-11-16,1\n"
                                                 "Initech,,2026-11-16,2\n"
                                                 "Anyone,globex.io,2026-11-16,3\n"
                                                 "Acme Corp,,2026-11-16,4\n"
                                                 "Nobody,nobody.example,2026-11-16,5\n");
    const ImportOutcome outcome = runSkippingInvalid({byId, withoutId});
    QVERIFY(outcome.committed);
    const auto rejections = outcome.allRejections();
    QCOMPARE(rejections.size(), 3u);
    QCOMPARE(rejections[0].line, 4); // globex.io is C2's and C4's domain
    QVERIFY2(rejections[0].reason.contains(QStringLiteral("globex.io")),
             qPrintable(rejections[0].reason));
    QCOMPARE(rejections[1].line, 5); // "Acme Corp" is C1's and C3's name
    QVERIFY2(rejections[1].reason.contains(QStringLiteral("Acme Corp")),
             qPrintable(rejections[1].reason));
    QCOMPARE(rejections[2].line, 6); // nobody has it
    QCOMPARE(text("SELECT group_concat(e.external_id || ':' || u.active_users, ' ') FROM (SELECT "
                  "* FROM usage ORDER BY active_users) u JOIN account_external_ids e "
                  "ON e.account_id = u.account_id"),
             QStringLiteral("C3:1 C4:2 C3:6"));
}

// Signals look a customer id up among every source's ids. Two sources naming
// the same account alike is no ambiguity; naming two accounts alike is.
void SignalImportTest::anIdSeveralSourcesShare()
{
    m_book->connection().exec("INSERT INTO account_external_ids(source, external_id, account_id) "
                              "VALUES ('hubspot', 'C1', 1), ('zendesk', 'X9', 1), "
                              "('hubspot', 'X9', 2)");
    const QString usage = write("usage.csv", "account_id,week_start,active_users\n"
                                             "C1,2026-11-16,7\n"
                                             "X9,2026-11-16,8\n");
    const ImportOutcome outcome = runSkippingInvalid({usage});
    QVERIFY(outcome.committed);
    const auto rejections = outcome.allRejections();
    QCOMPARE(rejections.size(), 1u);
    QCOMPARE(rejections[0].line, 3);
    QVERIFY2(rejections[0].reason.contains(QStringLiteral("\"X9\" matches 2 accounts")),
             qPrintable(rejections[0].reason));
    QCOMPARE(text("SELECT group_concat(account_id || ':' || active_users) FROM usage"),
             QStringLiteral("1:7"));
}

void SignalImportTest::goalsAndRequestsUseTheirTitles()
{
    const QString goals =
        write("goals.csv", "account_id,goal,metric,target,achieved,due_date,achieved_on\n"
                           "C1,Onboard agents,agents,50,20,2027-01-31,\n"
                           "C2,Cut handle time,minutes,4,4,2026-10-01,2026-09-20\n");
    QVERIFY(run({goals}).committed);
    QCOMPARE(text("SELECT group_concat(status, ' ') FROM (SELECT status FROM goals ORDER BY "
                  "account_id)"),
             QStringLiteral("open achieved"));
    // The same goal with progress: updated in place, not added.
    const QString progress = write("goals2.csv", "account_id,goal,target,achieved,due_date\n"
                                                 "C1,Onboard agents,50,35,2027-01-31\n");
    QCOMPARE(run({progress}).files.front().updated, 1);
    QCOMPARE(test::count(*m_book, "goals"), 2);
    QCOMPARE(text("SELECT achieved FROM goals WHERE account_id = 1"), QStringLiteral("35.0"));

    const QString requests = write("requests.csv", "account_id,requested_on,title,kind,status\n"
                                                   "C1,2026-11-01,SSO,integration,Released\n"
                                                   "C1,2026-11-02,Dark mode,,\n");
    QVERIFY(run({requests}).committed);
    QCOMPARE(text("SELECT group_concat(x, ' ') FROM (SELECT kind || '/' || status AS x FROM "
                  "feature_requests ORDER BY requested_on)"),
             QStringLiteral("integration/shipped feature/open"));
}

TENURE_TEST_MAIN(SignalImportTest)
#include "tst_signalimport.moc"
