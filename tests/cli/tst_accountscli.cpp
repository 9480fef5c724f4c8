// `tenure accounts merge` on a book imported by `tenure import`: the import
// lists the CRM's "ACME Inc" as a possible duplicate of the billing's "Acme
// Inc" and says how to merge it; the merge moves it, and bad ids are refused
// with a message and the book left as it was.
#include "clirun.h"
#include "common/tempbook.h"
#include "common/testmain.h"
#include "store/sqlite.h"

using namespace tenure;
using tenure::test::Run;
using tenure::test::runTenure;

class AccountsCliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badIdsAreRefused_data();
    void badIdsAreRefused();
    void importJoinsTheAccountItWasToldOf();
    void mergeMovesTheDuplicate();

private:
    std::int64_t number(const std::string& sql)
    {
        return store::Connection(m_book, store::Connection::Mode::ReadOnly)
            .queryInt(sql)
            .value_or(-1);
    }

    test::TempFolder m_folder;
    QString m_book;
    std::int64_t m_acme = 0;
    std::int64_t m_duplicate = 0;
};

void AccountsCliTest::initTestCase()
{
    m_book = m_folder.path(QStringLiteral("book.tenure"));
    const QString billing = m_folder.write(QStringLiteral("billing.csv"),
                                           "account_id,account_name,email,start_date,mrr\n"
                                           "C1,Acme Inc,ops@acme.example,2024-01-15,50.00\n");
    const QString crm =
        m_folder.write(QStringLiteral("crm.csv"), "account_id,account_name,domain,owner\n"
                                                  "X1,ACME Inc,acme-holding.example,Dana Owner\n");
    QCOMPARE(runTenure({QStringLiteral("import"), QStringLiteral("--book"), m_book,
                        QStringLiteral("--create"), billing})
                 .exitCode,
             0);
    const Run imported = runTenure({QStringLiteral("import"), QStringLiteral("--book"), m_book,
                                    QStringLiteral("--source"), QStringLiteral("crm"), crm});
    QCOMPARE(imported.exitCode, 0);
    QVERIFY2(imported.out.contains("look like existing ones") &&
                 imported.out.contains("tenure accounts merge --book BOOK --from NEW --into"),
             imported.out.constData());
    m_acme = number("SELECT account_id FROM account_external_ids WHERE external_id = 'C1'");
    m_duplicate = number("SELECT account_id FROM account_external_ids WHERE external_id = 'X1'");
    QVERIFY(m_acme > 0 && m_duplicate > 0 && m_acme != m_duplicate);
}

void AccountsCliTest::badIdsAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("said");
    const auto args = [](std::initializer_list<const char*> words) {
        QStringList list;
        for (const char* word : words)
            list.append(QString::fromLatin1(word));
        return list;
    };
    QTest::newRow("the same account") << args({"--from", "1", "--into", "1"}) << 1 << "into itself";
    QTest::newRow("an unknown account")
        << args({"--from", "999", "--into", "1"}) << 1 << "no account 999";
    QTest::newRow("not a number") << args({"--from", "acme", "--into", "1"}) << 2
                                  << "--from takes an account id";
    QTest::newRow("no target") << args({"--from", "1"}) << 2 << "--into takes an account id";
}

void AccountsCliTest::badIdsAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, said);
    const Run run = runTenure(QStringList{QStringLiteral("accounts"), QStringLiteral("merge"),
                                          QStringLiteral("--book"), m_book} +
                              arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(said), qPrintable(run.err));
    QCOMPARE(number("SELECT count(*) FROM accounts"), 2);
}

// --merge-into: the CRM's "Acme" (same name, no domain) joins Acme Inc
// instead of becoming a third account; an id the book lacks is refused
// before anything is imported.
void AccountsCliTest::importJoinsTheAccountItWasToldOf()
{
    const QString crm = m_folder.write(QStringLiteral("crm2.csv"), "account_id,account_name\n"
                                                                   "X2,Acme\n");
    const Run unknown = runTenure({QStringLiteral("import"), QStringLiteral("--book"), m_book,
                                   QStringLiteral("--source"), QStringLiteral("crm"),
                                   QStringLiteral("--merge-into"), QStringLiteral("999"), crm});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("no account 999")), qPrintable(unknown.err));
    QCOMPARE(number("SELECT count(*) FROM account_external_ids WHERE external_id = 'X2'"), 0);

    const Run joined = runTenure({QStringLiteral("import"), QStringLiteral("--book"), m_book,
                                  QStringLiteral("--source"), QStringLiteral("crm"),
                                  QStringLiteral("--merge-into"), QString::number(m_acme), crm});
    QCOMPARE(joined.exitCode, 0);
    QVERIFY2(!joined.out.contains("look like existing ones"), joined.out.constData());
    QCOMPARE(number("SELECT count(*) FROM accounts"), 2);
    QCOMPARE(number("SELECT account_id FROM account_external_ids WHERE external_id = 'X2'"),
             m_acme);
}

void AccountsCliTest::mergeMovesTheDuplicate()
{
    const Run run =
        runTenure({QStringLiteral("accounts"), QStringLiteral("merge"), QStringLiteral("--book"),
                   m_book, QStringLiteral("--from"), QString::number(m_duplicate),
                   QStringLiteral("--into"), QString::number(m_acme)});
    QCOMPARE(run.exitCode, 0);
    // Its one row elsewhere: the CRM's external id.
    QCOMPARE(QString::fromUtf8(run.out).trimmed(),
             QStringLiteral("Merged account %1 into account %2: 1 row moved.")
                 .arg(m_duplicate)
                 .arg(m_acme));
    QCOMPARE(number("SELECT count(*) FROM accounts"), 1);
    // C1, X2 (joined at import) and X1, moved.
    QCOMPARE(number("SELECT count(*) FROM account_external_ids WHERE account_id = " +
                    std::to_string(m_acme)),
             3);
    QCOMPARE(number("SELECT count(*) FROM accounts WHERE owner = 'Dana Owner' AND id = " +
                    std::to_string(m_acme)),
             1);
}

TENURE_TEST_MAIN(AccountsCliTest)
#include "tst_accountscli.moc"
