// `tenure actions` and `tenure tasks` run as processes on a real book.
#include "clirun.h"
#include "common/tempbook.h"
#include "common/testmain.h"
#include "playbooks/builtinplaybooks.h"
#include "playbooks/worklog.h"
#include "store/book.h"
#include "store/person.h"
#include "store/sqlite.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace tenure;
using tenure::test::Run;
using tenure::test::runTenure;

namespace {

const QDate kToday(2026, 11, 22);

QJsonArray json(const Run& run)
{
    return QJsonDocument::fromJson(run.out).array();
}

} // namespace

class WorkCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_folder.path(QStringLiteral("work.tenure"));
        store::setCurrentPerson(QStringLiteral("Dana"));
        auto book = store::Book::create(m_path);
        auto& connection = book->connection();
        connection.exec("INSERT INTO accounts(id, name) VALUES (1, 'Acme'), (2, 'Globex')");
        playbooks::Action call;
        call.accountId = 1;
        call.occurredOn = kToday.addDays(-2);
        call.kind = playbooks::WorkKind::Call;
        call.summary = QStringLiteral("Check-in");
        call.followUpOn = kToday.addDays(5);
        playbooks::addAction(connection, call);
        call.accountId = 2;
        call.kind = playbooks::WorkKind::Qbr;
        call.occurredOn = kToday;
        call.summary = QStringLiteral("Q4 review");
        playbooks::addAction(connection, call);
        for (const auto& playbook : playbooks::builtinPlaybooks()) {
            if (playbook.code == QLatin1String("sponsor_change"))
                playbooks::startPlay(connection, playbook, 1, kToday.addDays(-7),
                                     QStringLiteral("Maya"), playbook.code);
            if (playbook.code == QLatin1String("renewal_risk"))
                playbooks::startPlay(connection, playbook, 2, kToday.addDays(-7),
                                     QStringLiteral("Raj"), playbook.code);
        }
    }

    void actionsNewestFirstWithTheirKeys()
    {
        const Run all = runTenure({QStringLiteral("actions"), QStringLiteral("--book"), m_path,
                                   QStringLiteral("--json")});
        QCOMPARE(all.exitCode, 0);
        const QJsonArray actions = json(all);
        QCOMPARE(actions.size(), 2);
        const QJsonObject newest = actions[0].toObject();
        QCOMPARE(newest.value(QStringLiteral("account")).toString(), QStringLiteral("Globex"));
        QCOMPARE(newest.value(QStringLiteral("kind")).toString(), QStringLiteral("qbr"));
        QCOMPARE(newest.keys(),
                 (QStringList{QStringLiteral("account"), QStringLiteral("account_id"),
                              QStringLiteral("changed_at"), QStringLiteral("changed_by"),
                              QStringLiteral("contact"), QStringLiteral("created_by"),
                              QStringLiteral("follow_up_on"), QStringLiteral("id"),
                              QStringLiteral("kind"), QStringLiteral("occurred_on"),
                              QStringLiteral("outcome"), QStringLiteral("reason"),
                              QStringLiteral("summary")}));
        QCOMPARE(newest.value(QStringLiteral("changed_by")).toString(), QStringLiteral("Dana"));
        QVERIFY(QDateTime::fromString(newest.value(QStringLiteral("changed_at")).toString(),
                                      Qt::ISODate)
                    .isValid());
        const Run one = runTenure({QStringLiteral("actions"), QStringLiteral("--book"), m_path,
                                   QStringLiteral("--account"), QStringLiteral("1")});
        QCOMPARE(one.exitCode, 0);
        QVERIFY(one.out.contains("Check-in"));
        QVERIFY(!one.out.contains("Q4 review"));
    }

    void tasksByOwnerAndDueDate()
    {
        // Sponsor change steps are due 2, 7 and 14 days after the start a week ago.
        const Run maya =
            runTenure({QStringLiteral("tasks"), QStringLiteral("--book"), m_path,
                       QStringLiteral("--owner"), QStringLiteral("Maya"), QStringLiteral("--as-of"),
                       kToday.toString(Qt::ISODate), QStringLiteral("--json")});
        QCOMPARE(maya.exitCode, 0);
        const QJsonArray tasks = json(maya);
        QCOMPARE(tasks.size(), 3);
        QCOMPARE(tasks[0].toObject().value(QStringLiteral("when")).toString(),
                 QStringLiteral("overdue"));
        QCOMPARE(tasks[1].toObject().value(QStringLiteral("when")).toString(),
                 QStringLiteral("today"));
        QCOMPARE(tasks[2].toObject().value(QStringLiteral("due_on")).toString(),
                 kToday.addDays(7).toString(Qt::ISODate));
        QCOMPARE(tasks[2].toObject().value(QStringLiteral("account")).toString(),
                 QStringLiteral("Acme"));
        QCOMPARE(tasks[2].toObject().value(QStringLiteral("changed_by")).toString(),
                 QStringLiteral("Dana"));

        const Run dueSoon = runTenure({QStringLiteral("tasks"), QStringLiteral("--book"), m_path,
                                       QStringLiteral("--due-by"), kToday.toString(Qt::ISODate),
                                       QStringLiteral("--json")});
        QCOMPARE(json(dueSoon).size(), 3); // Maya's first two and Raj's first, due today
    }

    void badInputIsAUsageError()
    {
        QCOMPARE(runTenure({QStringLiteral("tasks"), QStringLiteral("--book"), m_path,
                            QStringLiteral("--due-by"), QStringLiteral("tomorrow")})
                     .exitCode,
                 2);
        QCOMPARE(runTenure({QStringLiteral("actions"), QStringLiteral("--book"), m_path,
                            QStringLiteral("--account"), QStringLiteral("x")})
                     .exitCode,
                 2);
        const Run missing = runTenure({QStringLiteral("actions"), QStringLiteral("--book"),
                                       m_folder.path(QStringLiteral("none.tenure"))});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(!missing.err.isEmpty());
    }

private:
    test::TempFolder m_folder;
    QString m_path;
};

TENURE_TEST_MAIN(WorkCliTest)
#include "tst_workcli.moc"
