#include "retentionview.h"

#include "cohortheatmap.h"
#include "core/csvwriter.h"
#include "drilldowndialog.h"
#include "kpicard.h"
#include "metrics/cohorttablemodel.h"
#include "metrics/currency.h"
#include "metrics/drilldownmodel.h"
#include "metrics/historyloader.h"
#include "movementschart.h"
#include "store/book.h"
#include "store/bookerror.h"
#include "survivalchart.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cmath>

namespace tenure::ui {

namespace {

enum Page { Message, Content };

HistoryLoad loadHistory(const QString& path)
{
    try {
        auto book = store::Book::open(path, store::Book::Access::ReadOnly);
        return {std::make_shared<const metrics::MrrHistory>(
                    metrics::loadMrrHistory(book->connection(), QDate::currentDate())),
                {}};
    } catch (const store::BookError& error) {
        return {nullptr, error.message()};
    } catch (const metrics::MissingRate& missing) {
        return {nullptr, missing.message()};
    }
}

QString percent(double value)
{
    return std::isnan(value) ? QStringLiteral("–")
                             : QStringLiteral("%1%").arg(value * 100, 0, 'f', 1);
}

QString pointsChange(double now, double before)
{
    if (std::isnan(now) || std::isnan(before))
        return RetentionView::tr("no earlier period");
    const double points = (now - before) * 100;
    return RetentionView::tr("%1%2 pts vs previous")
        .arg(points >= 0 ? QStringLiteral("+") : QString())
        .arg(points, 0, 'f', 1);
}

QComboBox* combo(QWidget* parent, const QString& accessibleName, const QStringList& items)
{
    auto* box = new QComboBox(parent);
    box->addItems(items);
    box->setAccessibleName(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

QLabel* caption(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

RetentionView::RetentionView(QWidget* parent)
    : QWidget(parent)
    , m_cohortModel(new metrics::CohortTableModel(this))
{
    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);

    auto* content = new QWidget(this);
    m_caption = caption({}, content);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_caption);
    contentLayout->addWidget(buildKpis());
    contentLayout->addWidget(buildTabs(), 1);

    m_stack = new QStackedWidget(this);
    m_stack->insertWidget(Message, m_message);
    m_stack->insertWidget(Content, content);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildControls());
    layout->addWidget(m_stack, 1);

    connect(&m_loadWatcher, &QFutureWatcher<HistoryLoad>::finished, this,
            &RetentionView::historyLoaded);
    connect(&m_computeWatcher, &QFutureWatcher<metrics::RetentionOverview>::finished, this, [this] {
        if (m_recomputeAgain) { // the controls changed while this ran: their turn now
            m_recomputeAgain = false;
            recompute();
            return;
        }
        m_overview = m_computeWatcher.result();
        showOverview();
    });
    setBook({});
}

RetentionView::~RetentionView()
{
    m_loadWatcher.waitForFinished();
    m_computeWatcher.waitForFinished();
}

QWidget* RetentionView::buildControls()
{
    auto* bar = new QWidget(this);
    m_period = combo(bar, tr("Period"), {tr("Month"), tr("Quarter"), tr("Year")});
    m_period->setCurrentIndex(1);
    m_method = combo(bar, tr("Retention method"),
                     {tr("Customers paying before (cohort)"), tr("Contracts up for renewal")});
    m_segment = combo(bar, tr("Segment"), {});
    m_owner = combo(bar, tr("Owner"), {});
    m_plan = combo(bar, tr("Plan"), {});
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QComboBox* box : {m_period, m_method, m_segment, m_owner, m_plan}) {
        layout->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, &RetentionView::recompute);
    }
    layout->addStretch();
    return bar;
}

QWidget* RetentionView::buildKpis()
{
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 4, 0, 4);
    const QString titles[] = {tr("MRR"), tr("Net revenue retention"), tr("Gross revenue retention"),
                              tr("Logo retention"), tr("Customer churn")};
    for (int i = 0; i < 5; ++i) {
        auto* card = new KpiCard(titles[i], row);
        m_cards.push_back(card);
        layout->addWidget(card);
        connect(card, &KpiCard::clicked, this, [this, i, title = titles[i]] {
            openDrillDown(tr("Accounts behind %1").arg(title),
                          tr("%1 for %2. Before: MRR in the month before the period; after: at "
                             "its last month.")
                              .arg(title, m_overview.current.period.label),
                          drillDownForKpi(i));
        });
    }
    return row;
}

QWidget* RetentionView::buildTabs()
{
    auto* tabs = new QTabWidget(this);

    auto* curveTab = new QWidget(tabs);
    m_curvesBy = combo(curveTab, tr("Curves by"),
                       {tr("Whole book"), tr("By segment"), tr("By plan"), tr("By owner"),
                        tr("By signup cohort")});
    connect(m_curvesBy, &QComboBox::currentIndexChanged, this, &RetentionView::recompute);
    m_survival = new SurvivalChart(curveTab);
    auto* curveLayout = new QVBoxLayout(curveTab);
    auto* curveBar = new QHBoxLayout;
    curveBar->addWidget(m_curvesBy);
    curveBar->addStretch();
    curveLayout->addLayout(curveBar);
    curveLayout->addWidget(m_survival, 1);
    tabs->addTab(curveTab, tr("Retention curve"));

    auto* cohortTab = new QWidget(tabs);
    m_cohortMeasure =
        combo(cohortTab, tr("Cohort measure"), {tr("Logos retained"), tr("Revenue retained")});
    connect(m_cohortMeasure, &QComboBox::currentIndexChanged, this, &RetentionView::showOverview);
    auto* exportCohorts = new QPushButton(tr("Export CSV…"), cohortTab);
    connect(exportCohorts, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export CSV"), {}, tr("CSV files (*.csv)"));
        QSaveFile file(path);
        if (!path.isEmpty() &&
            !(file.open(QIODevice::WriteOnly) && writeCsv(*m_cohortModel, file) && file.commit()))
            QMessageBox::critical(this, tr("Export CSV"), tr("Could not write %1").arg(path));
    });
    m_heatmap = new CohortHeatmap(m_cohortModel, cohortTab);
    connect(m_heatmap, &CohortHeatmap::cellChosen, this, [this](int row, int age) {
        const metrics::CohortRow& cohort = m_cohortModel->cohort(row);
        std::vector<metrics::DrillDownModel::Row> rows;
        for (const int account : cohort.members) {
            const auto after = m_history->mrr(account, cohort.cohort + age);
            rows.push_back({account, m_history->mrr(account, cohort.cohort), after,
                            after > 0 ? tr("active") : tr("gone")});
        }
        openDrillDown(tr("Cohort %1, month %2").arg(cohort.cohort.toString()).arg(age),
                      tr("Accounts that first paid in %1, and their MRR %2 months later.")
                          .arg(cohort.cohort.toString())
                          .arg(age),
                      new metrics::DrillDownModel(m_history, std::move(rows), tr("First month"),
                                                  tr("Month %1").arg(age)));
    });
    auto* cohortLayout = new QVBoxLayout(cohortTab);
    auto* cohortBar = new QHBoxLayout;
    cohortBar->addWidget(m_cohortMeasure);
    cohortBar->addWidget(caption(tr("Rows: signup month (accounts). Columns: months since. Click a "
                                    "cell for its accounts."),
                                 cohortTab));
    cohortBar->addStretch();
    cohortBar->addWidget(exportCohorts);
    cohortLayout->addLayout(cohortBar);
    cohortLayout->addWidget(m_heatmap, 1);
    tabs->addTab(cohortTab, tr("Cohorts"));

    m_movements = new MovementsChart(tabs);
    connect(m_movements, &MovementsChart::monthClicked, this, [this](int index) {
        const auto& month = m_overview.movements.at(static_cast<std::size_t>(index)).month;
        openDrillDown(tr("MRR movements in %1").arg(month.toString()),
                      tr("Every account whose MRR moved in %1 against the month before.")
                          .arg(month.toString()),
                      drillDownForMonth(index));
    });
    tabs->addTab(m_movements, tr("MRR movements"));
    return tabs;
}

void RetentionView::setBook(const QString& path)
{
    m_history.reset();
    m_overview = {};
    if (path.isEmpty()) {
        m_message->setText(tr("Open a book to see its retention."));
        m_stack->setCurrentIndex(Message);
        return;
    }
    m_message->setText(tr("Reading the book's billing history…"));
    m_stack->setCurrentIndex(Message);
    m_loadWatcher.setFuture(QtConcurrent::run(loadHistory, path));
}

bool RetentionView::isBusy() const
{
    return m_loadWatcher.isRunning() || m_computeWatcher.isRunning();
}

void RetentionView::historyLoaded()
{
    HistoryLoad result = m_loadWatcher.result();
    if (!result.history) {
        m_message->setText(result.error);
        return;
    }
    m_history = std::move(result.history);
    {
        // A book opens on its own retention method (Preferences); the combo
        // then lets the user compare with the other.
        const QSignalBlocker blocker(m_method);
        m_method->setCurrentIndex(static_cast<int>(m_history->conventions().method));
    }
    fillFilter(m_segment, tr("All segments"), metrics::AccountField::Segment);
    fillFilter(m_owner, tr("All owners"), metrics::AccountField::Owner);
    fillFilter(m_plan, tr("All plans"), metrics::AccountField::Plan);
    recompute();
}

void RetentionView::fillFilter(QComboBox* box, const QString& allText, metrics::AccountField field)
{
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(allText, QString());
    const auto all = metrics::selectAccounts(*m_history);
    for (const auto& [value, members] : metrics::partition(*m_history, all, field)) {
        if (!value.isEmpty())
            box->addItem(tr("%1 (%2)").arg(value).arg(members.size()), value);
    }
}

void RetentionView::recompute()
{
    if (!m_history)
        return;
    if (m_computeWatcher.isRunning()) {
        m_recomputeAgain = true; // the latest controls win once this run ends
        return;
    }
    metrics::RetentionQuery query;
    query.granularity = static_cast<metrics::Granularity>(m_period->currentIndex());
    query.method = static_cast<metrics::RetentionMethod>(m_method->currentIndex());
    query.filter = {m_segment->currentData().toString(), m_owner->currentData().toString(),
                    m_plan->currentData().toString()};
    query.curvesBy = static_cast<metrics::Stratification>(m_curvesBy->currentIndex());
    m_computeWatcher.setFuture(QtConcurrent::run([history = m_history, query] {
        return metrics::computeRetentionOverview(*history, query);
    }));
}

void RetentionView::showOverview()
{
    if (!m_history || m_computeWatcher.isRunning())
        return;
    const auto& now = m_overview.current;
    const auto& before = m_overview.previous;
    const QString currency = m_history->baseCurrency();
    const QLocale locale;
    const double mrrChange =
        before.endMrr ? (static_cast<double>(now.endMrr) / before.endMrr - 1) * 100 : 0;
    m_cards[0]->setValue(metrics::formatMoney(now.endMrr, currency, locale),
                         tr("%1%2% vs previous")
                             .arg(mrrChange >= 0 ? QStringLiteral("+") : QString())
                             .arg(mrrChange, 0, 'f', 1),
                         mrrChange >= 0, tr("MRR at the end of %1").arg(now.period.label));
    m_cards[1]->setValue(percent(now.nrr), pointsChange(now.nrr, before.nrr), now.nrr >= before.nrr,
                         tr("Revenue kept from last period's customers, with expansion"));
    m_cards[2]->setValue(
        percent(now.grr), pointsChange(now.grr, before.grr), now.grr >= before.grr,
        tr("Revenue kept from last period's customers, without expansion (at most 100%)"));
    m_cards[3]->setValue(percent(now.logoRetention),
                         pointsChange(now.logoRetention, before.logoRetention),
                         now.logoRetention >= before.logoRetention, tr("Customers kept"));
    m_cards[4]->setValue(percent(1 - now.logoRetention),
                         pointsChange(1 - now.logoRetention, 1 - before.logoRetention),
                         now.logoRetention >= before.logoRetention,
                         tr("Customers lost: 1 − logo retention"));
    m_caption->setText(tr("%1 against %2 · %3 accounts · as of %4")
                           .arg(now.period.label, before.period.label)
                           .arg(m_overview.accounts.size())
                           .arg(locale.toString(m_history->asOf(), QLocale::ShortFormat)));

    m_survival->setCurves(m_overview.curves);
    m_movements->setMovements(m_overview.movements, currency);
    m_cohortModel->setCohorts(m_overview.cohorts,
                              m_cohortMeasure->currentIndex() == 0
                                  ? metrics::CohortTableModel::Measure::Logos
                                  : metrics::CohortTableModel::Measure::Revenue);
    m_stack->setCurrentIndex(Content);
    Q_EMIT computed();
}

metrics::DrillDownModel* RetentionView::drillDownForKpi(int card) const
{
    const metrics::Period& period = m_overview.current.period;
    const metrics::Month start = period.first - 1;
    const metrics::Month end = std::min(period.last, m_history->lastMonth());
    std::vector<metrics::DrillDownModel::Row> rows;
    for (const int account : m_overview.accounts) {
        const auto before = m_history->mrr(account, start);
        const auto after = m_history->mrr(account, end);
        // MRR explains every account that moved; the rates, the cohort paying before.
        const bool include = card == 0 ? before != after : before > 0;
        if (!include)
            continue;
        QString what = after == 0       ? tr("churned")
                       : after > before ? tr("grew")
                       : after < before ? tr("shrank")
                                        : tr("kept");
        if (before == 0)
            what = tr("new or returned");
        rows.push_back({account, before, after, what});
    }
    return new metrics::DrillDownModel(m_history, std::move(rows),
                                       tr("MRR %1").arg(start.toString()),
                                       tr("MRR %1").arg(end.toString()));
}

metrics::DrillDownModel* RetentionView::drillDownForMonth(int index) const
{
    const metrics::Month month = m_overview.movements.at(static_cast<std::size_t>(index)).month;
    std::vector<metrics::DrillDownModel::Row> rows;
    const QString names[] = {tr("none"),      tr("new"),         tr("reactivation"),
                             tr("expansion"), tr("contraction"), tr("churn")};
    for (const auto& movement : metrics::accountMovements(*m_history, m_overview.accounts, month))
        rows.push_back({movement.account, movement.before, movement.after,
                        names[static_cast<int>(movement.kind)]});
    return new metrics::DrillDownModel(m_history, std::move(rows),
                                       tr("MRR %1").arg((month - 1).toString()),
                                       tr("MRR %1").arg(month.toString()));
}

void RetentionView::openDrillDown(const QString& title, const QString& summary,
                                  metrics::DrillDownModel* model)
{
    if (!m_history) {
        delete model;
        return;
    }
    auto* dialog = new DrillDownDialog(title, summary, model, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DrillDownDialog::accountActivated, this, &RetentionView::accountActivated);
    dialog->show();
}

} // namespace tenure::ui
