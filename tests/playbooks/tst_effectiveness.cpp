// "Did it work?": what happened after a playbook ran, beside comparable
// accounts where it did not, on a hand-made book whose answer is known.
#include "common/countingprogress.h"
#include "common/tempbook.h"
#include "common/testmain.h"
#include "core/progress.h"
#include "playbooks/effectiveness.h"
#include "playbooks/effecttablemodel.h"
#include "playbooks/worklog.h"
#include "store/book.h"
#include "store/sqlite.h"

#include <QAbstractItemModelTester>

using namespace tenure;
using namespace tenure::playbooks;

namespace {

const Playbook kDinner{QStringLiteral("exec_dinner"),
                       QStringLiteral("Executive dinner"),
                       {},
                       TriggerKind::Manual,
                       {},
                       {},
                       false,
                       false,
                       {{QStringLiteral("Dinner"), WorkKind::Meeting, 0, {}}}};

} // namespace

class EffectivenessTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void summaryCountsFatesAndMeans()
    {
        const Outcomes outcomes = summarise({{Fate::Kept, 4.0, 10.0},
                                             {Fate::Churned, -6.0, std::nullopt},
                                             {Fate::Contracted, std::nullopt, -2.0},
                                             {Fate::TooEarly, 50.0, 50.0}});
        QCOMPARE(outcomes.accounts, 3);
        QCOMPARE(outcomes.kept, 1);
        QCOMPARE(outcomes.churned, 1);
        QCOMPARE(outcomes.contracted, 1);
        QCOMPARE(*outcomes.meanHealthChange30, -1.0);
        QCOMPARE(*outcomes.meanHealthChange90, 4.0);
        QVERIFY(!summarise({}).meanHealthChange30);
    }

    void tableShowsBothSides()
    {
        EffectTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        PlaybookEffect effect;
        effect.name = QStringLiteral("Save the renewal");
        effect.runs = 5;
        effect.withPlay = summarise({{Fate::Kept, 5.0, 8.0},
                                     {Fate::Kept, 1.0, 2.0},
                                     {Fate::Churned, std::nullopt, std::nullopt},
                                     {Fate::Contracted, -2.0, std::nullopt}});
        effect.comparable = summarise({{Fate::Churned, -3.0, -9.0}, {Fate::Kept, 0.0, 1.0}});
        model.setEffects({effect});
        QCOMPARE(model.rowCount(), 1);
        const auto cell = [&](int column) {
            return model.index(0, column).data().toString();
        };
        QCOMPARE(cell(EffectTableModel::Name), effect.name);
        QCOMPARE(cell(EffectTableModel::Runs), QStringLiteral("5"));
        QCOMPARE(cell(EffectTableModel::Followed), QStringLiteral("4"));
        QCOMPARE(cell(EffectTableModel::Churned), QStringLiteral("25%"));
        QCOMPARE(cell(EffectTableModel::HealthChange30), QStringLiteral("+1.3"));
        QCOMPARE(cell(EffectTableModel::HealthChange90), QStringLiteral("+5.0"));
        QCOMPARE(cell(EffectTableModel::ComparableChurned), QStringLiteral("50%"));
        QCOMPARE(cell(EffectTableModel::ComparableHealthChange90), QStringLiteral("-4.0"));
        model.setEffects({});
        QCOMPARE(model.rowCount(), 0);
    }

    void runsBesideComparableAccounts()
    {
        test::TempFolder folder;
        auto book = store::Book::create(folder.path(QStringLiteral("b.tenure")));
        auto& connection = book->connection();
        // Six accounts of segment S paying 100 a month from 2025, one of segment T.
        // 2 churns in March 2026, 3 contracts to 50 in March 2026.
        connection.exec(
            "INSERT INTO accounts(id, name, segment) VALUES (1, 'A', 'S'), (2, 'B', 'S'), "
            "(3, 'C', 'S'), (4, 'D', 'S'), (5, 'E', 'S'), (6, 'F', 'S'), (7, 'G', 'T');"
            "INSERT INTO subscription_periods(account_id, start_on, end_on, amount_minor, "
            "interval_unit, currency, mrr_minor) VALUES "
            "(1, '2025-01-01', NULL, 10000, 'month', 'USD', 10000),"
            "(2, '2025-01-01', '2026-03-15', 10000, 'month', 'USD', 10000),"
            "(3, '2025-01-01', '2026-03-01', 10000, 'month', 'USD', 10000),"
            "(3, '2026-03-01', NULL, 5000, 'month', 'USD', 5000),"
            "(4, '2025-01-01', NULL, 10000, 'month', 'USD', 10000),"
            "(5, '2025-01-01', NULL, 10000, 'month', 'USD', 10000),"
            "(6, '2025-01-01', NULL, 10000, 'month', 'USD', 10000),"
            "(7, '2025-01-01', '2026-03-15', 10000, 'month', 'USD', 10000)");
        startPlay(connection, kDinner, 1, QDate(2026, 2, 10), QStringLiteral("Maya"), {});
        startPlay(connection, kDinner, 2, QDate(2026, 2, 12), QStringLiteral("Maya"), {});
        startPlay(connection, kDinner, 4, QDate(2026, 10, 1), QStringLiteral("Maya"), {});

        test::CountingProgress progress;
        const auto effects = measureEffects(connection, QDate(2026, 11, 22), progress);
        QCOMPARE(effects.size(), 1u);
        const PlaybookEffect& dinner = effects.front();
        QCOMPARE(dinner.code, QStringLiteral("exec_dinner"));
        QCOMPARE(dinner.runs, 3);
        QCOMPARE(dinner.withPlay.accounts, 2); // the October run is too recent
        QCOMPARE(dinner.withPlay.churned, 1);
        QCOMPARE(dinner.withPlay.kept, 1);
        // Comparable: segment S, no run: 3 (contracted), 5 and 6 (kept). Not 4, which
        // ran later, nor 7, another segment.
        QCOMPARE(dinner.comparable.accounts, 3);
        QCOMPARE(dinner.comparable.contracted, 1);
        QCOMPARE(dinner.comparable.kept, 2);
        QCOMPARE(dinner.comparable.churned, 0);
        QCOMPARE(progress.reports, 4); // three scorings (Feb 1, +30, +90 days) and done

        test::CountingProgress cancelled(0);
        QVERIFY_THROWS_EXCEPTION(Cancelled,
                                 measureEffects(connection, QDate(2026, 11, 22), cancelled));
    }
};

TENURE_TEST_MAIN(EffectivenessTest)
#include "tst_effectiveness.moc"
