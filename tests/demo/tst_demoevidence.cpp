// What a demo book holds: the segments, plans and movements it promises, a
// SaaS-shaped retention curve, and for every planned cause its evidence in
// the data before the event, against healthy accounts that look healthy.
#include "bookquery.h"
#include "common/tempbook.h"
#include "common/testmain.h"
#include "demo/demogenerator.h"
#include "mrrtimeline.h"
#include "store/book.h"

#include <memory>

using tenure::store::Book;

class TestDemoEvidence : public QObject
{
    Q_OBJECT

private:
    // $TODAY in `sql` stands for the book's today.
    double number(std::string text)
    {
        for (auto at = text.find("$TODAY"); at != std::string::npos; at = text.find("$TODAY"))
            text.replace(at, 6, "'2025-06-15'");
        return tenure::test::queryNumber(m_book->connection(), text);
    }

    tenure::test::TempFolder m_folder;
    std::unique_ptr<Book> m_book;

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = m_folder.path(QStringLiteral("demo.tenure"));
        tenure::demo::DemoOptions options;
        options.accounts = 1500;
        options.seed = 11;
        options.today = QDate(2025, 6, 15);
        tenure::demo::generateDemoBook(path, options);
        m_book = Book::open(path, Book::Access::ReadOnly);
    }

    void segmentsAreArrTiers()
    {
        QCOMPARE(number("SELECT count(DISTINCT segment) FROM accounts"), 3.0);
        const double high = number("SELECT avg(segment = 'High touch') FROM accounts");
        const double low = number("SELECT avg(segment = 'Low touch') FROM accounts");
        const double tech = number("SELECT avg(segment = 'Tech touch') FROM accounts");
        QVERIFY2(high > 0.07 && high < 0.13, qPrintable(QString::number(high)));
        QVERIFY2(low > 0.26 && low < 0.34, qPrintable(QString::number(low)));
        QVERIFY2(tech > 0.55 && tech < 0.65, qPrintable(QString::number(tech)));
        // Opening ARR: every high-touch account above every tech-touch one.
        const auto opening = [this](const std::string& aggregate, const std::string& segment) {
            return number("SELECT " + aggregate +
                          "(p.mrr_minor) FROM subscription_periods p JOIN "
                          "accounts a ON a.id = p.account_id WHERE a.segment = '" +
                          segment + "' AND p.start_on = a.created_on");
        };
        QVERIFY(opening("min", "High touch") > opening("max", "Tech touch"));
        // High-touch owners carry fewer accounts each than tech-touch owners.
        QVERIFY(number("SELECT count(DISTINCT owner) FROM accounts") >= 6);
        QVERIFY(number("SELECT max(n) FROM (SELECT count(*) n FROM accounts WHERE segment = "
                       "'High touch' GROUP BY owner)") <
                number("SELECT min(n) FROM (SELECT count(*) n FROM accounts WHERE segment = "
                       "'Tech touch' GROUP BY owner)"));
    }

    void plansAreBilledMonthlyAndYearly()
    {
        QVERIFY(number("SELECT count(*) FROM subscription_periods WHERE interval_unit = 'month'") >
                100);
        QVERIFY(number("SELECT count(*) FROM subscription_periods WHERE interval_unit = 'year'") >
                100);
        QCOMPARE(number("SELECT count(*) FROM subscription_periods WHERE currency <> 'USD'"), 0.0);
        // mrr_minor is the monthly-normalised amount, a year's rounded to the cent.
        QCOMPARE(number("SELECT count(*) FROM subscription_periods WHERE mrr_minor <> CASE "
                        "interval_unit WHEN 'month' THEN amount_minor * quantity "
                        "ELSE CAST(round(amount_minor * quantity / 12.0) AS INTEGER) END"),
                 0.0);
        QVERIFY(number("SELECT count(DISTINCT plan) FROM subscription_periods") >= 4);
        QCOMPARE(number("SELECT count(*) FROM accounts a JOIN account_external_ids e ON "
                        "e.account_id = a.id AND e.source = 'demo'"),
                 1500.0);
        QCOMPARE(number("SELECT count(*) - count(DISTINCT name) FROM accounts"), 0.0);
    }

    void everyMovementKindOccurs()
    {
        const auto timeline =
            tenure::test::MrrTimeline::load(m_book->connection(), QDate(2025, 6, 15));
        const auto moves = timeline.movements();
        QVERIFY2(moves.newLogos > 500, qPrintable(QString::number(moves.newLogos)));
        QVERIFY(moves.expansions > 50);
        QVERIFY(moves.contractions > 20);
        QVERIFY(moves.churns > 100);
        QVERIFY(moves.reactivations > 10);
    }

    void churnIsSteepestEarlyInLife()
    {
        const auto timeline =
            tenure::test::MrrTimeline::load(m_book->connection(), QDate(2025, 6, 15));
        const double early = timeline.churnHazard(1, 3);
        const double later = timeline.churnHazard(13, 24);
        QVERIFY2(early > 1.5 * later && later > 0,
                 qPrintable(QStringLiteral("%1 vs %2").arg(early).arg(later)));
        // Small accounts churn more than large ones.
        const auto churnedShare = [this](const std::string& segment) {
            return number("SELECT avg(t.fate IN ('churned', 'reactivated')) FROM demo_truth t JOIN "
                          "accounts a ON a.id = t.account_id WHERE a.segment = '" +
                          segment + "'");
        };
        QVERIFY(churnedShare("Tech touch") > churnedShare("High touch"));
    }
};

TENURE_TEST_MAIN(TestDemoEvidence)
#include "tst_demoevidence.moc"
