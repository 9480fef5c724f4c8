#include "retentionview.h"

#include "cohortheatmap.h"
#include "common/backgroundjob.h"
#include "common/bookfollower.h"
#include "core/csvwriter.h"
#include "drilldowndialog.h"
#include "kpicard.h"
#include "metrics/cohorttablemodel.h"
#include "metrics/currency.h"
#include "metrics/drilldownmodel.h"
#include "metrics/historyloader.h"
#include "metrics/movements.h"
#include "movementschart.h"
#include "store/bookdocument.h"
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

#include <cmath>

namespace tenure::ui {

namespace {

enum Page { Message, Content };

using Change = store::BookChange;
using History = std::shared_ptr<const metrics::MrrHistory>;

// The MRR history: billing, the accounts' fields, the conventions and rates.
constexpr Change::Parts kShownParts = Change::Accounts | Change::Periods | Change::Preferences;

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

QComboBox* combo(QWidget* parent, const QString& accessibleName)
{
    auto* box = new QComboBox(parent);
    box->setAccessibleName(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

// A choice among an enum's values, each item holding its value.
template <typename Enum>
QComboBox* choiceBox(QWidget* parent, const QString& accessibleName,
                     std::initializer_list<std::pair<QString, Enum>> items)
{
    QComboBox* box = combo(parent, accessibleName);
    for (const auto& [text, value] : items)
        box->addItem(text, static_cast<int>(value));
    return box;
}

template <typename Enum> Enum chosen(const QComboBox* box)
{
    return static_cast<Enum>(box->currentData().toInt());
}

template <typename Enum> void choose(QComboBox* box, Enum value)
{
    box->setCurrentIndex(box->findData(static_cast<int>(value)));
}

// An account's move between two months, as the drill-downs name it.
QString movementName(metrics::MovementKind kind)
{
    switch (kind) {
    case metrics::MovementKind::None:
        return RetentionView::tr("kept");
    case metrics::MovementKind::New:
        return RetentionView::tr("new");
    case metrics::MovementKind::Reactivation:
        return RetentionView::tr("reactivation");
    case metrics::MovementKind::Expansion:
        return RetentionView::tr("expansion");
    case metrics::MovementKind::Contraction:
        return RetentionView::tr("contraction");
    case metrics::MovementKind::Churn:
        return RetentionView::tr("churn");
    }
    return {};
}

// Whether `account`, not paying in `month`, paid before it recently enough
// for a return to count as a reactivation.
bool paidEarlier(const metrics::MrrHistory& history, int account, metrics::Month month)
{
    for (metrics::Month earlier = month - 1; earlier >= history.firstMonth();
         earlier = earlier - 1) {
        if (history.mrr(account, earlier) > 0)
            return metrics::returnIsReactivation(earlier, month + 1,
                                                 history.conventions().reactivationWindowMonths);
    }
    return false;
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
    , m_follower(new BookFollower(this, kShownParts, [this] { reload(); }))
    , m_loadJob(new JobRunner(this))
    , m_computeJob(new JobRunner(this))
    , m_cohortModel(new metrics::CohortTableModel(this))
{
    m_follower->stopWhenHidden(m_loadJob);
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

    for (JobRunner* job : {m_loadJob, m_computeJob})
        connect(job, &JobRunner::failed, this, [this](const QString& message) {
            m_message->setText(message);
            m_stack->setCurrentIndex(Message);
        });
    reload();
}

QWidget* RetentionView::buildControls()
{
    auto* bar = new QWidget(this);
    using metrics::Granularity;
    using metrics::RetentionMethod;
    m_period = choiceBox(bar, tr("Period"),
                         {std::pair{tr("Month"), Granularity::Month},
                          {tr("Quarter"), Granularity::Quarter},
                          {tr("Year"), Granularity::Year}});
    choose(m_period, Granularity::Quarter);
    m_method =
        choiceBox(bar, tr("Retention method"),
                  {std::pair{tr("Customers paying before (cohort)"), RetentionMethod::Cohort},
                   {tr("Contracts up for renewal"), RetentionMethod::Renewal}});
    m_segment = combo(bar, tr("Segment"));
    m_owner = combo(bar, tr("Owner"));
    m_plan = combo(bar, tr("Plan"));
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
    using metrics::Stratification;
    m_curvesBy = choiceBox(curveTab, tr("Curves by"),
                           {std::pair{tr("Whole book"), Stratification::None},
                            {tr("By segment"), Stratification::Segment},
                            {tr("By plan"), Stratification::Plan},
                            {tr("By owner"), Stratification::Owner},
                            {tr("By signup cohort"), Stratification::SignupCohort}});
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
    using Measure = metrics::CohortTableModel::Measure;
    m_cohortMeasure = choiceBox(cohortTab, tr("Cohort measure"),
                                {std::pair{tr("Logos retained"), Measure::Logos},
                                 {tr("Revenue retained"), Measure::Revenue}});
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

void RetentionView::setDocument(store::BookDocument* document)
{
    m_follower->setDocument(document);
}

void RetentionView::reload()
{
    m_history.reset();
    m_overview = {};
    m_computeJob->cancel();
    m_stack->setCurrentIndex(Message);
    const store::BookDocument* document = m_follower->document();
    if (!document) {
        m_loadJob->cancel();
        m_message->setText(tr("Open a book to see its retention."));
        return;
    }
    m_message->setText(tr("Reading the book's billing history…"));
    m_loadJob->start<History>(
        document->path(),
        [today = QDate::currentDate()](JobContext<History>& job) {
            return std::make_shared<const metrics::MrrHistory>(
                metrics::loadMrrHistory(job.book(), today));
        },
        [this](History history) { historyLoaded(std::move(history)); });
}

bool RetentionView::isBusy() const
{
    return m_loadJob->isRunning() || m_computeJob->isRunning();
}

void RetentionView::historyLoaded(std::shared_ptr<const metrics::MrrHistory> history)
{
    m_history = std::move(history);
    {
        // A book opens on its own retention method (Preferences); the combo
        // then lets the user compare with the other.
        const QSignalBlocker blocker(m_method);
        choose(m_method, m_history->conventions().method);
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
    metrics::RetentionQuery query;
    query.granularity = chosen<metrics::Granularity>(m_period);
    query.method = chosen<metrics::RetentionMethod>(m_method);
    query.filter = {m_segment->currentData().toString(), m_owner->currentData().toString(),
                    m_plan->currentData().toString()};
    query.curvesBy = chosen<metrics::Stratification>(m_curvesBy);
    // Computed from the history in memory: the job never opens the book.
    m_computeJob->start<metrics::RetentionOverview>(
        m_follower->document()->path(),
        [history = m_history, query](JobContext<metrics::RetentionOverview>&) {
            return metrics::computeRetentionOverview(*history, query);
        },
        [this](metrics::RetentionOverview overview) {
            m_overview = std::move(overview);
            showOverview();
        });
}

void RetentionView::showOverview()
{
    if (!m_history)
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
                              chosen<metrics::CohortTableModel::Measure>(m_cohortMeasure));
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
        const bool returning = before == 0 && paidEarlier(*m_history, account, start);
        rows.push_back(
            {account, before, after, movementName(metrics::classify(before, after, returning))});
    }
    return new metrics::DrillDownModel(m_history, std::move(rows),
                                       tr("MRR %1").arg(start.toString()),
                                       tr("MRR %1").arg(end.toString()));
}

metrics::DrillDownModel* RetentionView::drillDownForMonth(int index) const
{
    const metrics::Month month = m_overview.movements.at(static_cast<std::size_t>(index)).month;
    std::vector<metrics::DrillDownModel::Row> rows;
    for (const auto& movement : metrics::accountMovements(*m_history, m_overview.accounts, month))
        rows.push_back(
            {movement.account, movement.before, movement.after, movementName(movement.kind)});
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
