// Customer-success exports whose shape takes more than matching header names
// (tests/import/fixtures/vendors/cs/, sources in vendors/SOURCES.md):
// Intercom's time zone in its time headers, SurveyMonkey's two header rows,
// Typeform's question columns and partial responses, Mixpanel's breakdown
// rows and Amplitude's title lines and one column per date. Each is imported
// with no --kind into a book that already holds the six companies' billing.
#include "common/tempbook.h"
#include "common/testmain.h"
#include "import/importer.h"
#include "import/importerror.h"
#include "import/reportlines.h"
#include "importtesthelpers.h"

using namespace tenure;
using namespace tenure::import;

class CsExportShapesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void intercomConversationsAreTickets();
    void intercomTimesKeepTheDayOfTheirZone();
    void ticketStatesBeatStaleDates();
    void answerRowNamesEachOption();
    void surveysFindTheirScoreQuestion_data();
    void surveysFindTheirScoreQuestion();
    void usageExportsLandAsWeeks_data();
    void usageExportsLandAsWeeks();
    void dailyExportsStayDaily_data();
    void dailyExportsStayDaily();
    void monthlyUsageIsRefused();
    void malformedExportsNameTheirPlace_data();
    void malformedExportsNameTheirPlace();

private:
    ImportOutcome import(const QString& path) { return test::importInto(*m_book, {path}); }
    // Imports a fixture of vendors/cs, printing any rejection so that a failure says why.
    ImportOutcome importFixture(const QString& name)
    {
        ImportOutcome outcome =
            import(test::fixture((QStringLiteral("vendors/cs/") + name).toUtf8().constData()));
        for (const Rejection& rejection : outcome.allRejections())
            qWarning() << rejection.toText();
        return outcome;
    }
    QString text(const char* sql)
    {
        return m_book->connection().queryText(sql).value_or(QString());
    }
    std::int64_t number(const char* sql) { return m_book->connection().queryInt(sql).value_or(-1); }

    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<store::Book> m_book;
};

void CsExportShapesTest::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_book = store::Book::create(m_folder->path(QStringLiteral("book.tenure")));
    QVERIFY(
        import(m_folder->write(QStringLiteral("billing.csv"), test::castBillingCsv())).committed);
}

void CsExportShapesTest::cleanup()
{
    m_book.reset();
    m_folder.reset();
}

// Six conversations (the fixture's notes): Acme 2, Beta, Gamma, Delta and
// Foxtrot 1 each, Echo none. Open (0002, 0006) and snoozed (0004) are open
// tickets; 0002 and 0004 carry Intercom's priority flag.
void CsExportShapesTest::intercomConversationsAreTickets()
{
    const ImportOutcome outcome = importFixture(QStringLiteral("intercom_conversations.csv"));
    QVERIFY(outcome.committed);
    QCOMPARE(QString::fromLatin1(outcome.files.front().plan.preset->id),
             QStringLiteral("intercom-conversations"));
    QCOMPARE(outcome.files.front().inserted, 6);
    QCOMPARE(text("SELECT group_concat(n, ',') FROM (SELECT a.name || '=' || count(t.id) AS n "
                  "FROM accounts a LEFT JOIN tickets t ON t.account_id = a.id GROUP BY a.id "
                  "ORDER BY a.name)"),
             QStringLiteral("Acme Inc=2,Beta LLC=1,Delta Ltd=1,Echo GmbH=0,Foxtrot SAS=1,"
                            "Gamma Corp=1"));
    QCOMPARE(text("SELECT group_concat(external_id, ',') FROM (SELECT external_id FROM tickets "
                  "WHERE closed_on IS NULL ORDER BY external_id)"),
             QStringLiteral("215468100002,215468100004,215468100006"));
    QCOMPARE(text("SELECT group_concat(external_id, ',') FROM (SELECT external_id FROM tickets "
                  "WHERE priority = 'high' ORDER BY external_id)"),
             QStringLiteral("215468100002,215468100004"));
    QCOMPARE(text("SELECT opened_on || '/' || closed_on FROM tickets WHERE external_id = "
                  "'215468100003'"),
             QStringLiteral("2024-06-10/2024-06-11"));
}

// The times are written in the header's zone: 22:30 in New York on 3 June is
// 02:30 UTC on 4 June, and the book keeps the day in New York. A conversation
// reopened after being closed keeps its last closed time but is open.
void CsExportShapesTest::intercomTimesKeepTheDayOfTheirZone()
{
    const QString file = m_folder->write(
        QStringLiteral("conversations.csv"),
        "Conversation ID,Conversation started at (America/New_York),"
        "Conversation last closed at (America/New_York),Current conversation state,"
        "Conversation priority,User email,Company name\n"
        "1,2024-06-03 22:30:00,2024-06-04 23:10:00,Closed,Not priority,alice@acme.example,Acme "
        "Inc\n"
        "2,2024-06-05 09:00:00,2024-06-05 10:00:00,Open,Priority,bob@beta.example,Beta LLC\n");
    const ImportOutcome outcome = import(file);
    QVERIFY(outcome.committed);
    QCOMPARE(QString::fromLatin1(outcome.files.front().plan.preset->id),
             QStringLiteral("intercom-conversations"));
    QCOMPARE(text("SELECT opened_on || '/' || closed_on FROM tickets WHERE external_id = '1'"),
             QStringLiteral("2024-06-03/2024-06-04"));
    QCOMPARE(text("SELECT opened_on || '/' || coalesce(closed_on, 'open') FROM tickets WHERE "
                  "external_id = '2'"),
             QStringLiteral("2024-06-05/open"));
}

// Tenure's own tickets layout reads a state too: a waiting ticket is open
// whatever closed date it carries; a closed one without its date cannot be
// told from an open one and is refused, naming its line.
void CsExportShapesTest::ticketStatesBeatStaleDates()
{
    const QByteArray header = "ticket_id,account_name,opened_on,closed_on,status,priority\n";
    const ImportOutcome read = import(m_folder->write(
        QStringLiteral("states.csv"), header + "T1,Acme Inc,2024-06-01,2024-06-02,Waiting,high\n"
                                               "T2,Acme Inc,2024-06-01,2024-06-03,Done,low\n"));
    QVERIFY(read.committed);
    QCOMPARE(text("SELECT group_concat(external_id || '=' || coalesce(closed_on, 'open'), ',') "
                  "FROM (SELECT * FROM tickets ORDER BY external_id)"),
             QStringLiteral("T1=open,T2=2024-06-03"));
    const ImportOutcome refused = import(m_folder->write(
        QStringLiteral("undated.csv"), header + "T3,Acme Inc,2024-06-01,,Closed,low\n"));
    QVERIFY(!refused.committed);
    QCOMPARE(refused.allRejections().size(), std::size_t{1});
    QCOMPARE(refused.allRejections().front().line, 2);
    QVERIFY2(
        refused.allRejections().front().reason.contains(QStringLiteral("closed date is missing")),
        qPrintable(refused.allRejections().front().reason));
    QCOMPARE(test::count(*m_book, "tickets"), 2);
}

// A multiple-choice question heads only its first column; the row below
// names each option.
void CsExportShapesTest::answerRowNamesEachOption()
{
    QStringList headers{QStringLiteral("Respondent ID"), QStringLiteral("Which tools?"), QString(),
                        QStringLiteral("How likely?")};
    QVERIFY(mergeAnswerRow(headers, {QString(), QStringLiteral("Slack"), QStringLiteral("Teams"),
                                     QStringLiteral("Response")}));
    QCOMPARE(headers,
             QStringList({QStringLiteral("Respondent ID"), QStringLiteral("Which tools? - Slack"),
                          QStringLiteral("Which tools? - Teams"), QStringLiteral("How likely?")}));
    // A first data row is no answer row.
    QVERIFY(!mergeAnswerRow(headers, {QStringLiteral("1001"), QStringLiteral("Slack"), QString(),
                                      QStringLiteral("9")}));
}

// The fixtures' notes: SurveyMonkey scores Acme 9, Beta 10, Gamma 2, Delta 8,
// Echo 6, Foxtrot 9 (promoters 9-10: 3; detractors 0-6: 2). Typeform scores
// Acme 9 and 5, Beta 10, Gamma 1, Delta 8 (promoters 2, detractors 2); Foxtrot's
// partial response (line 7) has no score and is passed over.
void CsExportShapesTest::surveysFindTheirScoreQuestion_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("preset");
    QTest::addColumn<qint64>("rows");
    QTest::addColumn<qint64>("skipped");
    QTest::addColumn<qint64>("acme");
    QTest::addColumn<qint64>("gammaScore");
    QTest::addColumn<QString>("gammaDay");
    QTest::addColumn<qint64>("promoters");
    QTest::addColumn<qint64>("detractors");
    QTest::newRow("surveymonkey") << "surveymonkey_responses.csv"
                                  << "surveymonkey-responses" << 6ll << 0ll << 1ll << 2ll
                                  << "2024-06-13" << 3ll << 2ll;
    QTest::newRow("typeform") << "typeform_responses.csv"
                              << "typeform-responses" << 5ll << 1ll << 2ll << 1ll << "2024-06-13"
                              << 2ll << 2ll;
}

void CsExportShapesTest::surveysFindTheirScoreQuestion()
{
    QFETCH(QString, file);
    QFETCH(QString, preset);
    QFETCH(qint64, rows);
    QFETCH(qint64, skipped);
    QFETCH(qint64, acme);
    QFETCH(qint64, gammaScore);
    QFETCH(QString, gammaDay);
    QFETCH(qint64, promoters);
    QFETCH(qint64, detractors);
    const ImportOutcome outcome = importFixture(file);
    QVERIFY(outcome.committed);
    const FileOutcome& result = outcome.files.front();
    QCOMPARE(QString::fromLatin1(result.plan.preset->id), preset);
    QCOMPARE(result.inserted, rows);
    QCOMPARE(result.skipped, skipped);
    if (skipped > 0)
        QCOMPARE(result.skippedLines.back().line, 7);
    QCOMPARE(number("SELECT count(*) FROM survey_responses r JOIN accounts a ON a.id = "
                    "r.account_id WHERE a.name = 'Acme Inc'"),
             acme);
    QCOMPARE(text("SELECT r.score || '/' || r.responded_on || '/' || r.kind FROM survey_responses "
                  "r JOIN accounts a ON a.id = r.account_id WHERE a.name = 'Gamma Corp'"),
             QStringLiteral("%1/%2/nps").arg(gammaScore).arg(gammaDay));
    QCOMPARE(number("SELECT count(*) FROM survey_responses WHERE score >= 9"), promoters);
    QCOMPARE(number("SELECT count(*) FROM survey_responses WHERE score <= 6"), detractors);
}

// Both files hold the same weekly active users (the fixtures' notes): week
// totals 54, 56, 56, 57; Gamma 5, 5, 4, 3; Echo's 0 in the week of 17 June
// is a zero, not a missing week.
void CsExportShapesTest::usageExportsLandAsWeeks_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("preset");
    QTest::addColumn<qint64>("titleLines");
    QTest::newRow("mixpanel, a row per date") << "mixpanel_weekly_users.csv"
                                              << "mixpanel-active-users" << 0ll;
    QTest::newRow("amplitude, a column per date") << "amplitude_active_users_wide.csv"
                                                  << "amplitude-active-users" << 2ll;
}

void CsExportShapesTest::usageExportsLandAsWeeks()
{
    QFETCH(QString, file);
    QFETCH(QString, preset);
    QFETCH(qint64, titleLines);
    const ImportOutcome outcome = importFixture(file);
    QVERIFY(outcome.committed);
    const FileOutcome& result = outcome.files.front();
    QCOMPARE(QString::fromLatin1(result.plan.preset->id), preset);
    QCOMPARE(result.inserted, 24);
    QCOMPARE(result.skipped, titleLines);
    QCOMPARE(number("SELECT count(*) FROM usage WHERE period_days = 7"), 24);
    QCOMPARE(text("SELECT group_concat(n, ',') FROM (SELECT period_start || '=' || "
                  "sum(active_users) AS n FROM usage GROUP BY period_start ORDER BY "
                  "period_start)"),
             QStringLiteral("2024-06-03=54,2024-06-10=56,2024-06-17=56,2024-06-24=57"));
    QCOMPARE(text("SELECT group_concat(active_users, ',') FROM (SELECT u.active_users FROM usage "
                  "u JOIN accounts a ON a.id = u.account_id WHERE a.name = 'Gamma Corp' ORDER BY "
                  "u.period_start)"),
             QStringLiteral("5,5,4,3"));
    QCOMPARE(number("SELECT u.active_users FROM usage u JOIN accounts a ON a.id = u.account_id "
                    "WHERE a.name = 'Echo GmbH' AND u.period_start = '2024-06-17'"),
             0);
}

// Days a day apart are daily rows (period_days 1), never weeks starting on
// each day. An empty cell of a chart is no value for that day: no row.
void CsExportShapesTest::dailyExportsStayDaily_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<qint64>("rows");
    QTest::newRow("amplitude") << QByteArray("\"Daily Active Users by Company\"\n"
                                             "\"Jun 3, 2024 - Jun 5, 2024\"\n"
                                             "\" Segment\",\"2024-06-03\",\"2024-06-04\","
                                             "\"2024-06-05\"\n"
                                             "\"Acme Inc\",\"4\",\"\",\"6\"\n"
                                             "\"Gamma Corp\",\"2\",\"3\",\"1\"\n")
                               << 5ll;
    QTest::newRow("mixpanel") << QByteArray("date,company,Session Started - Unique users\n"
                                            "2024-06-03,Acme Inc,4\n"
                                            "2024-06-05,Acme Inc,6\n"
                                            "2024-06-03,Gamma Corp,2\n"
                                            "2024-06-04,Gamma Corp,3\n"
                                            "2024-06-05,Gamma Corp,1\n")
                              << 5ll;
}

void CsExportShapesTest::dailyExportsStayDaily()
{
    QFETCH(QByteArray, csv);
    QFETCH(qint64, rows);
    const ImportOutcome outcome = import(m_folder->write(QStringLiteral("daily.csv"), csv));
    QVERIFY(outcome.committed);
    QCOMPARE(outcome.files.front().inserted, rows);
    QCOMPARE(number("SELECT count(*) FROM usage WHERE period_days = 1"), rows);
    QCOMPARE(text("SELECT group_concat(d, ',') FROM (SELECT u.period_start || '=' || "
                  "u.active_users AS d FROM usage u JOIN accounts a ON a.id = u.account_id "
                  "WHERE a.name = 'Acme Inc' ORDER BY u.period_start)"),
             QStringLiteral("2024-06-03=4,2024-06-05=6"));
}

// A month apart is neither a day nor a week: refused, naming the file and
// column, before anything is written.
void CsExportShapesTest::monthlyUsageIsRefused()
{
    const QString file = m_folder->write(QStringLiteral("monthly.csv"),
                                         "date,company,Session Started - Unique users\n"
                                         "2024-05-01,Acme Inc,40\n"
                                         "2024-06-01,Acme Inc,42\n");
    try {
        import(file);
        QFAIL("monthly usage was read as weeks");
    } catch (const ImportError& error) {
        QVERIFY2(error.message().contains(QStringLiteral("monthly.csv")) &&
                     error.message().contains(QStringLiteral("\"date\"")) &&
                     error.message().contains(QStringLiteral("31 days apart")),
                 qPrintable(error.message()));
    }
    QCOMPARE(test::count(*m_book, "usage"), 0);
}

// One bad value in each export, shaped as the real one: the import names
// its file, line and column, and writes nothing.
void CsExportShapesTest::malformedExportsNameTheirPlace_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("table");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("columnName");
    // 31 June does not exist.
    QTest::newRow("intercom") << QByteArray(
                                     "Conversation ID,Conversation started at (Europe/Paris),"
                                     "Current conversation state,Company name\n"
                                     "1,2024-06-03 09:00:00,Open,Acme Inc\n"
                                     "2,2024-06-31 09:00:00,Open,Beta LLC\n")
                              << "tickets" << 3ll << 2 << "Conversation started at (Europe/Paris)";
    // An NPS score runs from 0 to 10.
    QTest::newRow("surveymonkey")
        << QByteArray("Respondent ID,Collector ID,Start Date,End Date,Email Address,Custom Data 1,"
                      "How likely is it that you would recommend Tenure to a friend or "
                      "colleague?\n"
                      ",,,,,,Response\n"
                      "11,9,06/13/2024 10:02:00 AM,06/13/2024 10:05:30 AM,carla@gamma.example,"
                      "Gamma Corp,2\n"
                      "12,9,06/14/2024 10:02:00 AM,06/14/2024 10:05:30 AM,bob@beta.example,"
                      "Beta LLC,11\n")
        << "survey_responses" << 4ll << 7
        << "How likely is it that you would recommend Tenure to a friend or colleague?";
    QTest::newRow("typeform") << QByteArray("#,How likely are you to recommend Tenure to a "
                                            "colleague?,company,Response Type,Submit Date "
                                            "(UTC),Network ID\n"
                                            "a1,ten,Acme Inc,completed,2024-06-03 09:16:40,n1\n")
                              << "survey_responses" << 2ll << 2
                              << "How likely are you to recommend Tenure to a colleague?";
    QTest::newRow("mixpanel") << QByteArray("date,company,Session Started - Unique users\n"
                                            "2024-06-03,Acme Inc,12\n"
                                            "2024-06-03,Beta LLC,-3\n")
                              << "usage" << 3ll << 3 << "Session Started - Unique users";
    // Users are whole: the value is named by its date column.
    QTest::newRow("amplitude") << QByteArray("\"Weekly Active Users by Company\"\n"
                                             "\"Jun 3, 2024 - Jun 16, 2024\"\n"
                                             "\" Segment\",\"2024-06-03\",\"2024-06-10\"\n"
                                             "\"Acme Inc\",\"12\",\"14\"\n"
                                             "\"Gamma Corp\",\"5\",\"4.5\"\n")
                               << "usage" << 5ll << 3 << "2024-06-10";
}

void CsExportShapesTest::malformedExportsNameTheirPlace()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, table);
    QFETCH(qint64, line);
    QFETCH(int, column);
    QFETCH(QString, columnName);
    const ImportOutcome outcome = import(m_folder->write(QStringLiteral("export.csv"), csv));
    QVERIFY(!outcome.committed);
    const std::vector<Rejection> rejections = outcome.allRejections();
    QCOMPARE(rejections.size(), std::size_t{1});
    QCOMPARE(rejections.front().line, line);
    QCOMPARE(rejections.front().column, column);
    QCOMPARE(rejections.front().columnName.trimmed(), columnName);
    QVERIFY2(rejections.front().toText().startsWith(
                 QStringLiteral("export.csv:%1:%2").arg(line).arg(column)),
             qPrintable(rejections.front().toText()));
    QCOMPARE(test::count(*m_book, table.toLatin1().constData()), 0);
    QCOMPARE(test::count(*m_book, "accounts"), 6);
}

TENURE_TEST_MAIN(CsExportShapesTest)
#include "tst_csexportshapes.moc"
