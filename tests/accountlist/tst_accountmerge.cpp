// Merging a duplicate account (duplicatebook.h): the merge moves all of the
// CRM account's rows, fills the kept account's empty fields, and an undo puts
// the book back exactly; refusals change nothing.
#include "accountlist/accountmerge.h"
#include "accountlist/mergeaccountscommand.h"
#include "common/tempbook.h"
#include "common/testmain.h"
#include "duplicatebook.h"
#include "import/importtesthelpers.h"
#include "store/book.h"
#include "store/bookdocument.h"
#include "store/sqlite.h"

using namespace tenure;

namespace {

// Every row of every table, as SQLite quotes its values, sorted: two books
// with the same dump hold the same data.
QStringList dumpBook(store::Connection& connection)
{
    QStringList dump;
    auto tables = connection.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                     "name NOT LIKE 'sqlite_%' ORDER BY name");
    while (tables.step()) {
        const QString table = tables.textValue(0);
        auto columns = connection.prepare("SELECT name FROM pragma_table_info(?) ORDER BY cid");
        columns.bind(1, table);
        QStringList quoted;
        while (columns.step())
            quoted << QStringLiteral("quote(\"%1\")").arg(columns.textValue(0));
        auto rows = connection.prepare(QStringLiteral("SELECT %1 FROM \"%2\"")
                                           .arg(quoted.join(QStringLiteral("||'|'||")), table)
                                           .toStdString());
        QStringList lines;
        while (rows.step())
            lines << table + QLatin1Char(':') + rows.textValue(0);
        lines.sort();
        dump << lines;
    }
    return dump;
}

} // namespace

class AccountMergeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void mergeMovesEveryRowAndFillsEmptyFields();
    void undoRestoresTheBookExactly();
    void refusalsChangeNothing();
    void sameUsageWeekOnBothIsRefused();

private:
    std::int64_t idOf(const char* externalId)
    {
        return m_book->connection()
            .queryInt(std::string("SELECT account_id FROM account_external_ids WHERE "
                                  "external_id = '") +
                      externalId + "'")
            .value_or(0);
    }
    std::int64_t number(const std::string& sql)
    {
        return m_book->connection().queryInt(sql).value_or(-1);
    }
    QString text(const char* sql)
    {
        return m_book->connection().queryText(sql).value_or(QString());
    }

    std::unique_ptr<test::TempFolder> m_folder;
    std::unique_ptr<store::Book> m_book;
};

void AccountMergeTest::init()
{
    m_folder = std::make_unique<test::TempFolder>();
    m_book = store::Book::create(m_folder->path(QStringLiteral("book.tenure")));
    test::importDuplicateAccounts(*m_folder, *m_book);
    QCOMPARE(test::count(*m_book, "accounts"), 3);
}

void AccountMergeTest::cleanup()
{
    m_book.reset();
    m_folder.reset();
}

// Acme keeps its name and domain, takes the CRM's owner and industry (its
// own are empty), and holds both tickets, both usage weeks, the contact, the
// activity and both external ids (C1 from billing, X1 from the CRM).
void AccountMergeTest::mergeMovesEveryRowAndFillsEmptyFields()
{
    const std::int64_t acme = idOf("C1");
    const std::int64_t duplicate = idOf("X1");
    QVERIFY(acme != duplicate);
    const accounts::AccountMerge merge =
        accounts::mergeAccounts(m_book->connection(), duplicate, acme);
    // Its ticket, usage week, contact, action and external id.
    QCOMPARE(merge.movedRows(), 5);
    QCOMPARE(test::count(*m_book, "accounts"), 2);
    QCOMPARE(text(("SELECT name || '/' || domain || '/' || owner || '/' || industry FROM accounts "
                   "WHERE id = " +
                   std::to_string(acme))
                      .c_str()),
             QStringLiteral("Acme Inc/acme.example/Dana Owner/Software"));
    for (const char* table : {"tickets", "usage", "contacts", "actions", "account_external_ids"}) {
        const std::int64_t expected =
            std::string(table) == "contacts" || std::string(table) == "actions" ? 1 : 2;
        QCOMPARE(number(std::string("SELECT count(*) FROM ") + table +
                        " WHERE account_id = " + std::to_string(acme)),
                 expected);
    }
    QCOMPARE(number("SELECT count(*) FROM accounts WHERE id = " + std::to_string(duplicate)), 0);
}

// Undo through the window's stack: every table as it was; redo merges again.
void AccountMergeTest::undoRestoresTheBookExactly()
{
    // Both were scored on the same day (snapshots are what the window stores
    // of computed health, not imported): the duplicate's are dropped with it
    // and come back with the undo.
    m_book->connection().exec(
        "INSERT INTO health_snapshots(account_id, as_of, overall, outcome, experience, detail) "
        "SELECT id, '2024-06-30', 61.5, NULL, 70, '{}' FROM accounts");
    m_book->connection().exec(
        "INSERT INTO risk_reason_snapshots(account_id, as_of, code, severity, evidence) "
        "SELECT id, '2024-06-30', 'usage_drop', 0.4, 'fell' FROM accounts");
    const QStringList before = dumpBook(m_book->connection());
    const std::int64_t from = idOf("X1"), into = idOf("C1");
    store::BookDocument document(std::move(m_book));
    QVERIFY(document.push(new accounts::MergeAccountsCommand(
        document, from, into, QStringLiteral("ACME Inc"), QStringLiteral("Acme Inc"))));
    const QStringList merged = dumpBook(document.connection());
    QVERIFY(merged != before);
    document.undoStack().undo();
    QCOMPARE(dumpBook(document.connection()), before);
    document.undoStack().redo();
    QCOMPARE(dumpBook(document.connection()), merged);
}

void AccountMergeTest::refusalsChangeNothing()
{
    const QStringList before = dumpBook(m_book->connection());
    const std::int64_t acme = idOf("C1");
    const auto refusal = [this](std::int64_t from, std::int64_t into) {
        try {
            accounts::mergeAccounts(m_book->connection(), from, into);
        } catch (const accounts::MergeRefused& refused) {
            return refused.message();
        }
        return QString();
    };
    QVERIFY(refusal(acme, acme).contains(QStringLiteral("into itself")));
    QVERIFY(refusal(acme, 999).contains(QStringLiteral("no account 999")));
    QVERIFY(refusal(999, acme).contains(QStringLiteral("no account 999")));
    QCOMPARE(dumpBook(m_book->connection()), before);

    const std::int64_t duplicate = idOf("X1");
    const QString path = m_book->connection().path();
    m_book.reset();
    auto readOnly = store::Book::open(path, store::Book::Access::ReadOnly);
    try {
        accounts::mergeAccounts(readOnly->connection(), duplicate, acme);
        QFAIL("a read-only book was merged");
    } catch (const accounts::MergeRefused& refused) {
        QVERIFY(refused.message().contains(QStringLiteral("read-only")));
    }
    QCOMPARE(dumpBook(readOnly->connection()), before);
}

// Both accounts have the week of 10 June: one account cannot hold it twice,
// and which to keep cannot be told.
void AccountMergeTest::sameUsageWeekOnBothIsRefused()
{
    const QString usage =
        m_folder->write(QStringLiteral("more-usage.csv"), "account_id,week_start,active_users\n"
                                                          "X1,2024-06-10,3\n");
    QVERIFY(test::importInto(*m_book, {usage}).committed);
    const QStringList before = dumpBook(m_book->connection());
    try {
        accounts::mergeAccounts(m_book->connection(), idOf("X1"), idOf("C1"));
        QFAIL("two rows of one week were merged");
    } catch (const accounts::MergeRefused& refused) {
        QVERIFY2(refused.message().contains(QStringLiteral("usage")),
                 qPrintable(refused.message()));
    }
    QCOMPARE(dumpBook(m_book->connection()), before);
}

TENURE_TEST_MAIN(AccountMergeTest)
#include "tst_accountmerge.moc"
