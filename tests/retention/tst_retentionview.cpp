// The Retention view on a generated demo book, headless: its KPI cards show
// the engine's numbers, a filter changes them, a month's drill-down lists the
// accounts that moved. With TENURE_SCREENSHOT_DIR it saves a PNG of each tab.
#include "common/tempbook.h"
#include "common/testmain.h"
#include "demo/demogenerator.h"
#include "metrics/drilldownmodel.h"
#include "retention/kpicard.h"
#include "retention/retentionview.h"
#include "store/bookdocument.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>

using namespace tenure;

namespace {

QString cardValue(ui::RetentionView& view, const QString& title)
{
    for (auto* card : view.findChildren<ui::KpiCard*>()) {
        if (card->accessibleName() == title)
            return card->findChildren<QLabel*>().at(1)->text();
    }
    return {};
}

QString percent(double value)
{
    return QStringLiteral("%1%").arg(value * 100, 0, 'f', 1);
}

} // namespace

class TestRetentionView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_folder.path(QStringLiteral("demo.tenure"));
        demo::DemoOptions options;
        options.accounts = 600;
        options.today = QDate::currentDate();
        demo::generateDemoBook(m_path, options);
        m_document = std::make_unique<store::BookDocument>(
            store::Book::open(m_path, store::Book::Access::ReadOnly));
    }

    void showsTheEnginesNumbersAndFilters()
    {
        ui::RetentionView view;
        view.resize(1400, 860);
        view.show();
        QSignalSpy computed(&view, &ui::RetentionView::computed);
        view.setDocument(m_document.get());
        QVERIFY(computed.wait(30000));
        const auto& overview = view.overview();
        QCOMPARE(cardValue(view, QStringLiteral("Net revenue retention")),
                 percent(overview.current.nrr));
        QCOMPARE(cardValue(view, QStringLiteral("Logo retention")),
                 percent(overview.current.logoRetention));
        const auto engine =
            metrics::cohortRetention(*view.history(), overview.accounts, overview.current.period);
        QCOMPARE(overview.current.grr, engine.grr());
        saveScreenshots(view, QStringLiteral("retention"));

        const auto all = overview.accounts.size();
        QComboBox* segment = nullptr;
        for (auto* combo : view.findChildren<QComboBox*>()) {
            if (combo->accessibleName() == QStringLiteral("Segment"))
                segment = combo;
        }
        QVERIFY(segment && segment->count() == 4); // all, and the three segments
        segment->setCurrentIndex(1);
        QVERIFY(computed.wait(30000));
        QVERIFY(view.overview().accounts.size() < all);
        QCOMPARE(cardValue(view, QStringLiteral("Net revenue retention")),
                 percent(view.overview().current.nrr));
    }

    void drillDownListsTheAccountsThatMoved()
    {
        ui::RetentionView view;
        QSignalSpy computed(&view, &ui::RetentionView::computed);
        view.setDocument(m_document.get());
        QVERIFY(computed.wait(30000));
        const int index = static_cast<int>(view.overview().movements.size()) - 2;
        std::unique_ptr<metrics::DrillDownModel> model(view.drillDownForMonth(index));
        const auto month = view.overview().movements[static_cast<std::size_t>(index)].month;
        const auto moved =
            metrics::accountMovements(*view.history(), view.overview().accounts, month);
        QCOMPARE(model->rowCount(), static_cast<int>(moved.size()));
        QCOMPARE(model->totalAfter() - model->totalBefore(),
                 view.overview().movements[static_cast<std::size_t>(index)].netMovement());

        std::unique_ptr<metrics::DrillDownModel> logos(view.drillDownForKpi(3));
        QCOMPARE(logos->rowCount(), view.overview().current.customersStart);
    }

private:
    void saveScreenshots(ui::RetentionView& view, const QString& name)
    {
        const QString dir = qEnvironmentVariable("TENURE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        auto* tabs = view.findChild<QTabWidget*>();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QVERIFY(
                view.grab().save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name).arg(i))));
        }
        tabs->setCurrentIndex(0);
    }

    test::TempFolder m_folder;
    QString m_path;
    std::unique_ptr<store::BookDocument> m_document;
};

TENURE_TEST_MAIN(TestRetentionView)
#include "tst_retentionview.moc"
