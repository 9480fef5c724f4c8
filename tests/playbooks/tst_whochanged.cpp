// Who did what: a task's last change, an action logged or edited, a playbook
// saved and an import started each record the person working and when (UTC);
// the person is the name chosen in the window, else the login name.
#include "common/tempbook.h"
#include "common/testmain.h"
#include "import/importlog.h"
#include "playbooks/playbookstore.h"
#include "playbooks/worklog.h"
#include "store/book.h"
#include "store/person.h"
#include "store/sqlite.h"

#include <QDateTime>

using namespace tenure;
using namespace tenure::playbooks;

namespace {

const QDate kToday(2026, 11, 22);

Playbook onboarding()
{
    return {QStringLiteral("kickoff"),
            QStringLiteral("Kick-off"),
            {},
            TriggerKind::Manual,
            {},
            {},
            false,
            false,
            {{QStringLiteral("Kick-off call"), WorkKind::Call, 0, {}}}};
}

// A *_at column holds UTC to the second, written just now.
bool isJustNow(const QString& at)
{
    const QDateTime when = QDateTime::fromString(at, Qt::ISODate);
    const qint64 age = when.secsTo(QDateTime::currentDateTimeUtc());
    return when.isValid() && when.timeSpec() == Qt::UTC && age >= 0 && age < 60;
}

} // namespace

class WhoChangedTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_folder = std::make_unique<test::TempFolder>();
        m_book = store::Book::create(m_folder->path(QStringLiteral("book.tenure")));
        m_book->connection().exec("INSERT INTO accounts(id, name) VALUES (1, 'Acme')");
    }
    void cleanup()
    {
        store::setCurrentPerson({});
        m_book.reset();
        m_folder.reset();
    }

    void theLoginNameUnlessAnotherIsChosen()
    {
        qputenv("USER", "dana.login");
        QCOMPARE(store::currentPerson(), QStringLiteral("dana.login"));
        store::setCurrentPerson(QStringLiteral("  Dana Whitfield "));
        QCOMPARE(store::currentPerson(), QStringLiteral("Dana Whitfield"));
        store::setCurrentPerson({});
        QCOMPARE(store::currentPerson(), QStringLiteral("dana.login"));
    }

    void tasksRecordTheirLastChange()
    {
        auto& connection = m_book->connection();
        store::setCurrentPerson(QStringLiteral("Maya"));
        const Task created =
            startPlay(connection, onboarding(), 1, kToday, QStringLiteral("Maya"), {}).tasks[0];
        Task stored = *loadTask(connection, created.id);
        QCOMPARE(stored.changedBy, QStringLiteral("Maya"));
        QVERIFY(isJustNow(stored.changedAt));

        store::setCurrentPerson(QStringLiteral("Raj"));
        stored.status = TaskStatus::Done;
        stored.completedOn = kToday;
        updateTask(connection, stored);
        QCOMPARE(loadTask(connection, created.id)->changedBy, QStringLiteral("Raj"));
    }

    void actionsRecordWhoLoggedAndEditedThem()
    {
        auto& connection = m_book->connection();
        store::setCurrentPerson(QStringLiteral("Maya"));
        Action call;
        call.accountId = 1;
        call.occurredOn = kToday;
        call.kind = WorkKind::Call;
        call.summary = QStringLiteral("Kick-off held");
        const std::int64_t id = addAction(connection, call);
        Action stored = *loadAction(connection, id);
        QCOMPARE(stored.changedBy, QStringLiteral("Maya"));
        QVERIFY(isJustNow(stored.changedAt));

        store::setCurrentPerson(QStringLiteral("Raj"));
        stored.outcome = QStringLiteral("Go-live set for January");
        updateAction(connection, stored);
        QCOMPARE(loadAction(connection, id)->changedBy, QStringLiteral("Raj"));
        QCOMPARE(loadActions(connection, 1).front().changedBy, QStringLiteral("Raj"));
    }

    void playbooksAndImportsRecordWho()
    {
        auto& connection = m_book->connection();
        store::setCurrentPerson(QStringLiteral("Ana"));
        savePlaybook(connection, onboarding());
        QCOMPARE(connection.queryText("SELECT changed_by FROM playbooks WHERE code = 'kickoff'"),
                 QStringLiteral("Ana"));
        QVERIFY(isJustNow(
            connection.queryText("SELECT changed_at FROM playbooks WHERE code = 'kickoff'")
                .value_or(QString())));

        import::ImportLogEntry entry;
        entry.source = QStringLiteral("stripe");
        entry.kind = QStringLiteral("invoices");
        entry.fileName = QStringLiteral("invoices.csv");
        entry.sha256 = QStringLiteral("00");
        const std::int64_t import = import::beginImportLog(connection, entry);
        auto who = connection.prepare("SELECT imported_by FROM imports WHERE id = ?");
        who.bind(1, import);
        QVERIFY(who.step());
        QCOMPARE(who.textValue(0), QStringLiteral("Ana"));
    }

private:
    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<store::Book> m_book;
};

TENURE_TEST_MAIN(WhoChangedTest)
#include "tst_whochanged.moc"
