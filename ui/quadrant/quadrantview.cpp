#include "quadrantview.h"

#include "backtestpanel.h"
#include "common/backgroundjob.h"
#include "common/bookfollower.h"
#include "common/emptystate.h"
#include "metrics/currency.h"
#include "quadrantchart.h"
#include "retention/chartexport.h"
#include "store/bookdocument.h"
#include "wrappedtext.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <array>
#include <map>

namespace tenure::ui {

namespace {

enum Page { Message, Content };
constexpr int kTrailQuarters = 4;
constexpr int kSidePanelWidth = 320;

using Change = store::BookChange;
using Map = std::shared_ptr<const health::QuadrantMap>;

// Scores read the accounts' billing, signals and work, and the book's thresholds.
constexpr Change::Parts kShownParts = Change::Accounts | Change::Periods | Change::Signals |
                                      Change::Actions | Change::Tasks | Change::Preferences;

QComboBox* filterBox(QWidget* parent, const QString& accessibleName)
{
    auto* box = new QComboBox(parent);
    box->setAccessibleName(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

QLabel* wrapped(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setFixedWidth(kSidePanelWidth - 24); // a wrapped label's height follows its width
    label->setTextFormat(Qt::RichText);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    return label;
}

QString score(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'f', 0) : QStringLiteral("–");
}

} // namespace

QuadrantView::QuadrantView(QWidget* parent)
    : QWidget(parent)
    , m_follower(new BookFollower(this, kShownParts, [this] { reload(); }))
    , m_mapJob(new JobRunner(this))
    , m_trailJob(new JobRunner(this))
    , m_chart(new QuadrantChart(this))
{
    m_follower->stopWhenHidden(m_mapJob);
    m_empty = new EmptyState(tr("Outcome × experience"), {}, this);
    auto* content = new QWidget(this);
    auto* contentLayout = new QHBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_chart, 1);
    contentLayout->addWidget(buildSidePanel());
    addImageActions(m_chart);

    m_stack = new QStackedWidget(this);
    m_stack->insertWidget(Message, m_empty);
    m_stack->insertWidget(Content, content);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildControls());
    layout->addWidget(m_stack, 1);

    connect(m_mapJob, &JobRunner::failed, m_empty, &EmptyState::setText);
    connect(m_trailJob, &JobRunner::failed, m_summary, &QLabel::setText);
    connect(m_chart, &QuadrantChart::accountActivated, this, &QuadrantView::accountActivated);
    connect(m_chart, &QuadrantChart::hoveredChanged, this, &QuadrantView::showFocus);
    connect(m_chart, &QuadrantChart::selectedChanged, this, &QuadrantView::showFocus);
    reload();
}

QWidget* QuadrantView::buildControls()
{
    auto* bar = new QWidget(this);
    m_owner = filterBox(bar, tr("Owner"));
    m_segment = filterBox(bar, tr("Segment"));
    m_summary = new QLabel(bar);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    // The filters keep their width; the summary takes what is left.
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QComboBox* box : {m_owner, m_segment}) {
        layout->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, &QuadrantView::applyFilters);
    }
    layout->addWidget(m_summary, 1);
    return bar;
}

QWidget* QuadrantView::buildSidePanel()
{
    auto* scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidgetResizable(true);
    scroll->setFixedWidth(kSidePanelWidth);
    auto* panel = new QWidget(scroll);
    m_quadrants = wrapped(panel);
    m_focus = wrapped(panel);
    m_backtest = new BacktestPanel(panel);
    auto* line = new QFrame(panel);
    line->setFrameShape(QFrame::HLine);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_quadrants);
    layout->addSpacing(8);
    layout->addWidget(m_focus);
    layout->addStretch();
    layout->addWidget(line);
    layout->addWidget(m_backtest);
    scroll->setWidget(panel);
    return scroll;
}

void QuadrantView::setDocument(store::BookDocument* document)
{
    m_follower->setDocument(document);
}

void QuadrantView::reload()
{
    m_map.reset();
    m_chart->setData(nullptr, {});
    m_summary->clear();
    m_trailJob->cancel();
    const store::BookDocument* document = m_follower->document();
    const QString path = document ? document->path() : QString();
    const QDate asOf = m_asOf.isValid() ? m_asOf : QDate::currentDate();
    m_backtest->setBook(path, asOf);
    m_stack->setCurrentIndex(Message);
    if (!document) {
        m_mapJob->cancel();
        m_empty->setText(tr("Open a book to place its accounts by outcome and experience."));
        return;
    }
    m_empty->setText(tr("Scoring every account…"));
    m_mapJob->start<Map>(
        path,
        [asOf](JobContext<Map>& job) {
            return std::make_shared<const health::QuadrantMap>(
                health::loadQuadrantMap(job.book(), asOf, 0));
        },
        [this](Map map) { mapLoaded(std::move(map)); });
}

bool QuadrantView::isBusy() const
{
    return m_mapJob->isRunning() || m_trailJob->isRunning() || m_backtest->isBusy();
}

void QuadrantView::mapLoaded(std::shared_ptr<const health::QuadrantMap> map)
{
    m_map = std::move(map);
    fillFilter(m_owner, tr("All owners"), &health::QuadrantPoint::owner);
    fillFilter(m_segment, tr("All segments"), &health::QuadrantPoint::segment);
    if (m_map->points.empty()) {
        m_empty->setText(tr("No paying account has both outcome and experience data yet."));
    } else {
        m_stack->setCurrentIndex(Content);
    }
    applyFilters();
    Q_EMIT loaded();
    m_trailJob->start<Map>(
        m_follower->document()->path(),
        [placed = m_map](JobContext<Map>& job) {
            auto map = std::make_shared<health::QuadrantMap>(*placed);
            health::addTrails(*map, job.book(), health::loadHealthConfig(job.book()),
                              kTrailQuarters);
            return Map(std::move(map));
        },
        [this](Map map) { trailsDone(std::move(map)); });
}

void QuadrantView::trailsDone(std::shared_ptr<const health::QuadrantMap> map)
{
    m_map = std::move(map);
    applyFilters();
    Q_EMIT trailsLoaded();
}

void QuadrantView::fillFilter(QComboBox* box, const QString& allText,
                              QString health::QuadrantPoint::*field)
{
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(allText, QString());
    std::map<QString, int> counts;
    for (const auto& point : m_map->points)
        ++counts[point.*field];
    for (const auto& [value, count] : counts) {
        if (!value.isEmpty())
            box->addItem(tr("%1 (%2)").arg(value).arg(count), value);
    }
    box->setMinimumWidth(box->sizeHint().width());
}

void QuadrantView::applyFilters()
{
    if (!m_map)
        return;
    const health::QuadrantFilter filter{m_owner->currentData().toString(),
                                        m_segment->currentData().toString()};
    auto visible = m_map->select(filter);
    std::array<int, 5> counts{};
    for (const std::size_t index : visible)
        ++counts[static_cast<std::size_t>(m_map->points[index].quadrant)];
    m_summary->setText(
        tr("%Ln account(s) shown", nullptr, static_cast<int>(visible.size())) +
        QStringLiteral(" · ") +
        tr("%Ln paying account(s) without enough data to place", nullptr, m_map->unplaced) +
        QStringLiteral(" · ") +
        tr("scored as of %1").arg(QLocale().toString(m_map->asOf, QLocale::ShortFormat)));
    m_chart->setData(m_map, visible);

    QString html;
    using health::Quadrant;
    for (const Quadrant quadrant :
         {Quadrant::Thriving, Quadrant::Trapped, Quadrant::SilentRisk, Quadrant::Rescue}) {
        html += QStringLiteral("<p><b>%1</b> · %2<br>%3</p>")
                    .arg(health::quadrantTitle(quadrant).toHtmlEscaped(),
                         tr("%Ln account(s)", nullptr, counts[static_cast<std::size_t>(quadrant)]),
                         health::quadrantExplanation(quadrant).toHtmlEscaped());
    }
    // Not drawn, since it has no place on the chart, but counted (the whole
    // book's, as the owner and segment filters apply to placed accounts only).
    html += QStringLiteral("<p><b>%1</b> · %2<br>%3</p>")
                .arg(health::quadrantTitle(Quadrant::Unknown).toHtmlEscaped(),
                     tr("%Ln account(s)", nullptr, m_map->unplaced),
                     health::quadrantExplanation(Quadrant::Unknown).toHtmlEscaped());
    setWrappedText(m_quadrants, html);
    showFocus();
}

void QuadrantView::showFocus()
{
    const auto* point = m_chart->hovered() ? m_chart->hovered() : m_chart->selected();
    if (!point || !m_map) {
        setWrappedText(m_focus, tr("<i>Point at an account for its scores and trail; click it to "
                                   "open it.</i>"));
        return;
    }
    QString trail;
    if (const auto* steps = m_map->trailOf(point->id)) {
        for (const health::TrailStep& step : *steps) {
            trail += tr("%1: outcome %2, experience %3<br>")
                         .arg(QLocale().toString(step.asOf, QLocale::ShortFormat),
                              score(step.outcome), score(step.experience));
        }
    }
    setWrappedText(
        m_focus,
        tr("<b>%1</b><br>%2 · %3<br>Outcome %4 · Experience %5 · Health %6<br>ARR %7<br>%8")
            .arg(point->name.toHtmlEscaped(), point->segment.toHtmlEscaped(),
                 point->owner.toHtmlEscaped(), score(point->outcome), score(point->experience),
                 score(point->health), metrics::formatMoney(point->arr, m_map->currency, QLocale()),
                 trail));
}

} // namespace tenure::ui
