#include "todayview.h"

#include "common/backgroundjob.h"
#include "common/bookchange.h"
#include "common/bookfollower.h"
#include "common/ownerchooser.h"
#include "forecast/forecasttext.h"
#include "health/riskreason.h"
#include "metrics/currency.h"
#include "retention/kpicard.h"
#include "store/bookdocument.h"
#include "store/bookerror.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

#include <cmath>

namespace tenure::ui {

namespace {

constexpr int kAccountRole = Qt::UserRole;
constexpr int kShownAtRisk = 50; // the top of the list; the rest are in Accounts

QString percent(const std::optional<double>& value)
{
    return value ? QStringLiteral("%1%").arg(*value * 100, 0, 'f', 1) : QStringLiteral("–");
}

QString healthText(const std::optional<double>& health)
{
    return health ? QString::number(std::lround(*health)) : TodayView::tr("no data");
}

QTreeWidgetItem* heading(QTreeWidget* tree, const QString& text)
{
    auto* item = new QTreeWidgetItem(tree, {text});
    item->setFirstColumnSpanned(true);
    item->setFlags(Qt::ItemIsEnabled);
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    return item;
}

QTreeWidgetItem* accountItem(QTreeWidget* tree, const QStringList& texts, qint64 accountId)
{
    auto* item = new QTreeWidgetItem(tree, texts);
    item->setData(0, kAccountRole, QVariant::fromValue(accountId));
    return item;
}

QString changeKind(today::Change::Kind kind)
{
    switch (kind) {
    case today::Change::Kind::HealthDrop:
        return TodayView::tr("Health dropped");
    case today::Change::Kind::NewReason:
        return TodayView::tr("New risk");
    case today::Change::Kind::Churned:
        return TodayView::tr("Churned");
    case today::Change::Kind::Contracted:
        return TodayView::tr("Contracted");
    case today::Change::Kind::NewTicket:
        return TodayView::tr("Tickets");
    case today::Change::Kind::NewDetractor:
        return TodayView::tr("Detractor");
    case today::Change::Kind::ChampionLeft:
        return TodayView::tr("Champion left");
    }
    return {};
}

} // namespace

TodayView::TodayView(QWidget* parent)
    : QWidget(parent)
    // Today sums up everything: the book's figures, health, renewals, tasks and reviews.
    , m_follower(new BookFollower(this, store::BookChange::Everything, [this] { bookChanged(); }))
    , m_job(new JobRunner(this))
    , m_owner(new OwnerChooser(this))
    , m_caption(new QLabel(this))
    , m_reviewed(new QPushButton(tr("&Mark as Reviewed"), this))
    , m_forecast(new QLabel(this))
{
    m_follower->stopWhenHidden(m_job);
    m_reviewed->setToolTip(tr("What changed will count from today for this owner"));
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Book of"), this));
    top->addWidget(m_owner);
    top->addWidget(m_caption, 1);
    top->addWidget(m_reviewed);

    auto* cards = new QHBoxLayout;
    for (const QString& title : {tr("ARR"), tr("NRR last quarter"), tr("GRR last quarter"),
                                 tr("Accounts at risk"), tr("ARR at risk")}) {
        m_cards.push_back(new KpiCard(title, this));
        cards->addWidget(m_cards.back());
    }

    m_atRisk = list({tr("Account"), tr("Health"), tr("ARR"), tr("Top reason")}, tr("At risk"));
    m_renewals = list({tr("Account"), tr("Renews"), tr("Health"), tr("ARR")}, tr("Renewals"));
    m_tasks = list({tr("Due"), tr("Account"), tr("Task")}, tr("Tasks"));
    m_changes = list({tr("Account"), tr("What"), tr("Detail")}, tr("What changed"));
    const auto box = [this](const QString& title, QWidget* content) {
        auto* group = new QGroupBox(title, this);
        auto* layout = new QVBoxLayout(group);
        layout->addWidget(content);
        return group;
    };
    auto* grid = new QGridLayout;
    grid->addWidget(box(tr("At risk, by risk × ARR"), m_atRisk), 0, 0);
    grid->addWidget(box(tr("What changed since your last review"), m_changes), 0, 1);
    grid->addWidget(box(tr("Renewals in the next 180 days"), m_renewals), 1, 0);
    grid->addWidget(box(tr("Tasks overdue and due today"), m_tasks), 1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(cards);
    m_forecast->setObjectName(QStringLiteral("nextQuarterForecast"));
    m_forecast->setWordWrap(true);
    m_forecast->setTextFormat(Qt::PlainText);
    layout->addWidget(m_forecast);
    layout->addLayout(grid, 1);

    connect(m_owner, &OwnerChooser::ownerChosen, this, &TodayView::refresh);
    connect(m_reviewed, &QPushButton::clicked, this, &TodayView::markReviewed);
    connect(m_job, &JobRunner::failed, this, [this](const QString& message) {
        m_caption->setText(message);
        Q_EMIT refreshed();
    });
    bookChanged();
}

bool TodayView::isBusy() const
{
    return m_job->isRunning();
}

QTreeWidget* TodayView::list(const QStringList& headers, const QString& name)
{
    auto* tree = new QTreeWidget(this);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setAccessibleName(name);
    tree->header()->setStretchLastSection(true);
    connect(tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item->data(0, kAccountRole).isValid())
            Q_EMIT accountActivated(item->data(0, kAccountRole).toLongLong());
    });
    return tree;
}

void TodayView::setDocument(store::BookDocument* document)
{
    m_follower->setDocument(document);
}

// The owners may have changed with the rest.
void TodayView::bookChanged()
{
    store::BookDocument* document = m_follower->document();
    setEnabled(document != nullptr);
    m_owner->fill(document ? &document->connection() : nullptr);
    if (document) {
        refresh();
        return;
    }
    m_job->cancel();
    for (QTreeWidget* tree : {m_atRisk, m_renewals, m_tasks, m_changes})
        tree->clear();
    m_caption->clear();
    m_forecast->clear();
}

void TodayView::setToday(const QDate& today)
{
    m_today = today;
    refresh();
}

void TodayView::setOwner(const QString& owner)
{
    m_owner->setOwner(owner);
    refresh();
}

QString TodayView::owner() const
{
    return m_owner->owner();
}

void TodayView::refresh()
{
    store::BookDocument* document = m_follower->document();
    if (!document)
        return;
    const QString owner = m_owner->owner();
    QDate lastReview;
    try {
        lastReview = today::lastReviewOf(document->connection(), owner);
    } catch (const store::BookError& error) {
        m_caption->setText(error.message());
        return;
    }
    m_caption->setText(tr("Reading the book…"));
    m_job->start<today::TodayBrief>(
        document->path(),
        [owner, today = m_today, lastReview](JobContext<today::TodayBrief>& job) {
            health::BookHealth scoredToday;
            today::TodayBrief brief =
                today::buildTodayBrief(job.book(), owner, today, lastReview, job, &scoredToday);
            job.deliver(brief); // shown while the forecast is worked out
            brief.nextQuarter =
                today::forecastNextQuarter(job.book(), owner, today, &scoredToday, job);
            return brief;
        },
        [this](today::TodayBrief brief) {
            // The same brief again, with its forecast: only the forecast is new.
            if (brief.nextQuarter) {
                m_brief.nextQuarter = std::move(brief.nextQuarter);
                showForecast();
            } else {
                show(std::move(brief));
            }
        });
}

void TodayView::markReviewed()
{
    store::BookDocument* document = m_follower->document();
    if (!document || refuseIfReadOnly(this, *document))
        return;
    try {
        today::markReviewed(document->connection(), m_owner->owner(), m_today);
    } catch (const store::BookError& error) {
        m_caption->setText(error.message());
        return;
    }
    document->notify({store::BookChange::Reviews, {}});
}

void TodayView::show(today::TodayBrief brief)
{
    m_brief = std::move(brief);
    const QLocale locale;
    QString caption = tr("  %1 · changes since %2")
                          .arg(locale.toString(m_brief.today, QLocale::LongFormat),
                               locale.toString(m_brief.lastReview, QLocale::ShortFormat));
    if (!m_brief.contactHistoryKnown)
        caption += tr(" · CSM contact history unknown: no activity in the book yet (import "
                      "activities or log an action)");
    m_caption->setText(caption);
    showKpis();
    const QString currency = m_brief.baseCurrency;

    m_atRisk->clear();
    for (std::size_t i = 0; i < m_brief.atRisk.size() && i < kShownAtRisk; ++i) {
        const today::AccountLine& line = m_brief.atRisk[i];
        auto* item = accountItem(
            m_atRisk,
            {line.name, healthText(line.health),
             metrics::formatMoney(line.arrMinor, currency, locale),
             line.topReason.isEmpty() ? QString() : health::reasonTitle(line.topReason)},
            line.id);
        item->setToolTip(3, line.topEvidence);
    }
    m_renewals->clear();
    const auto renewals = [&](const QString& title, const std::vector<today::AccountLine>& lines) {
        heading(m_renewals, tr("%1 (%2)").arg(title).arg(lines.size()));
        for (const today::AccountLine& line : lines) {
            accountItem(m_renewals,
                        {line.name, locale.toString(line.renewalOn, QLocale::ShortFormat),
                         healthText(line.health),
                         metrics::formatMoney(line.arrMinor, currency, locale)},
                        line.id);
        }
    };
    renewals(tr("Next 90 days"), m_brief.renewals90);
    renewals(tr("In 91 to 180 days"), m_brief.renewals180);

    m_tasks->clear();
    const auto tasks = [&](const QString& title, const std::vector<playbooks::Task>& list) {
        heading(m_tasks, tr("%1 (%2)").arg(title).arg(list.size()));
        for (const playbooks::Task& task : list) {
            accountItem(
                m_tasks,
                {locale.toString(task.due, QLocale::ShortFormat), task.accountName, task.title},
                task.accountId);
        }
    };
    tasks(tr("Overdue"), m_brief.overdueTasks);
    tasks(tr("Due today"), m_brief.tasksDueToday);

    m_changes->clear();
    for (const today::Change& change : m_brief.changes)
        accountItem(m_changes, {change.accountName, changeKind(change.kind), change.text},
                    change.accountId);
    if (m_brief.changes.empty())
        heading(m_changes, tr("Nothing changed since your last review."));
    for (QTreeWidget* tree : {m_atRisk, m_renewals, m_tasks, m_changes})
        tree->resizeColumnToContents(0);
    m_tasks->resizeColumnToContents(1); // the account: the task's title has the rest
    Q_EMIT refreshed();
}

void TodayView::showKpis()
{
    const QLocale locale;
    const QString currency = m_brief.baseCurrency;
    const QString quarter = m_brief.lastQuarter;
    m_cards[0]->setValue(metrics::formatMoney(m_brief.arrMinor, currency, locale), {}, true,
                         tr("Annual recurring revenue of the paying accounts today"));
    const bool renewal = m_brief.retentionMethod == metrics::RetentionMethod::Renewal;
    m_cards[1]->setValue(percent(m_brief.lastQuarterNrr), quarter, true,
                         renewal ? tr("Net revenue retention in %1, renewal method").arg(quarter)
                                 : tr("Net revenue retention in %1, cohort method").arg(quarter));
    m_cards[2]->setValue(percent(m_brief.lastQuarterGrr), quarter, true,
                         renewal ? tr("Gross revenue retention in %1, renewal method").arg(quarter)
                                 : tr("Gross revenue retention in %1, cohort method").arg(quarter));
    m_cards[3]->setValue(locale.toString(m_brief.accountsAtRisk), {}, true,
                         tr("Paying accounts with health below %1, or a risk reason of at least "
                            "medium severity")
                             .arg(today::kAtRiskHealth));
    m_cards[4]->setValue(
        metrics::formatMoney(m_brief.arrAtRiskMinor, currency, locale),
        m_brief.arrMinor
            ? tr("%1% of ARR")
                  .arg(std::lround(100.0 * static_cast<double>(m_brief.arrAtRiskMinor) /
                                   static_cast<double>(m_brief.arrMinor)))
            : QString(),
        false, tr("ARR of the accounts at risk"));
    showForecast();
}

void TodayView::showForecast()
{
    if (!m_brief.nextQuarter) {
        m_forecast->setText(tr("Next quarter: working out the forecast…"));
        m_forecast->setToolTip({});
        return;
    }
    m_forecast->setText(
        tr("Next quarter: %1").arg(forecast::forecastSentence(*m_brief.nextQuarter, QLocale())));
    m_forecast->setToolTip(
        tr("From how often accounts scored alike churned or contracted within 90 days at the "
           "book's past quarter ends; the band holds 8 of 10 simulated quarters."));
}

} // namespace tenure::ui
