#include "quadrantchart.h"

#include "common/readablecolor.h"
#include "metrics/currency.h"
#include "quadrantlegend.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <array>
#include <cmath>

namespace tenure::ui {

namespace {

constexpr double kMinRadius = 2.5;
constexpr double kMaxRadius = 12;
constexpr double kHitSlack = 3; // px around a dot that still counts as on it
constexpr int kLegendWidth = 170;

using health::Quadrant;

QString quarterLabel(const QDate& date)
{
    return QuadrantChart::tr("Q%1 %2").arg((date.month() - 1) / 3 + 1).arg(date.year());
}

QString toolTipFor(const health::QuadrantPoint& point, const QString& currency)
{
    return QuadrantChart::tr("<b>%1</b><br>Outcome %2 · Experience %3<br>Health %4 · ARR %5<br>%6")
        .arg(point.name.toHtmlEscaped())
        .arg(point.outcome, 0, 'f', 0)
        .arg(point.experience, 0, 'f', 0)
        .arg(point.health, 0, 'f', 0)
        .arg(metrics::formatMoney(point.arr, currency, QLocale()),
             health::quadrantTitle(point.quadrant));
}

} // namespace

QuadrantChart::QuadrantChart(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Outcome and experience of every account"));
}

void QuadrantChart::setData(std::shared_ptr<const health::QuadrantMap> map,
                            const std::vector<std::size_t>& visible)
{
    // The selection follows the account, which a new map holds at a new address.
    const std::int64_t selectedId = m_selected ? m_selected->id : 0;
    m_selected = nullptr;
    m_hovered = nullptr;
    m_map = std::move(map);
    m_order.clear();
    m_maxArr = 0;
    if (m_map) {
        for (const std::size_t index : visible) {
            m_order.push_back(&m_map->points.at(index));
            m_maxArr = std::max(m_maxArr, m_order.back()->arr);
        }
    }
    m_counts.fill(0);
    for (const auto* point : m_order)
        ++m_counts[static_cast<std::size_t>(point->quadrant)];
    // Large dots first, so small ones stay visible on top of them.
    std::stable_sort(m_order.begin(), m_order.end(),
                     [](const auto* a, const auto* b) { return a->arr > b->arr; });
    layOut();
    const auto kept = std::find_if(m_order.begin(), m_order.end(), [selectedId](const auto* point) {
        return point->id == selectedId;
    });
    m_selected = kept == m_order.end() ? nullptr : *kept;
    Q_EMIT hoveredChanged();
    Q_EMIT selectedChanged();
    update();
}

QRectF QuadrantChart::plotArea() const
{
    const QFontMetrics fm(font());
    const double left = fm.height() * 2 + fm.horizontalAdvance(QStringLiteral("100")) + 8;
    const double bottom = fm.height() * 2 + 12;
    return QRectF(left, 10, std::max(1.0, width() - left - kLegendWidth - 16),
                  std::max(1.0, height() - bottom - 10));
}

QPointF QuadrantChart::positionOf(double outcome, double experience) const
{
    const QRectF plot = plotArea();
    return {plot.left() + outcome / 100 * plot.width(),
            plot.bottom() - experience / 100 * plot.height()};
}

QPointF QuadrantChart::scoresAt(const QPointF& position) const
{
    const QRectF plot = plotArea();
    return {(position.x() - plot.left()) / plot.width() * 100,
            (plot.bottom() - position.y()) / plot.height() * 100};
}

double QuadrantChart::radiusOf(std::int64_t arr) const
{
    // Area grows with ARR, so the radius with its square root.
    const double share = m_maxArr > 0
                             ? std::sqrt(static_cast<double>(std::max<std::int64_t>(arr, 0)) /
                                         static_cast<double>(m_maxArr))
                             : 0;
    return kMinRadius + (kMaxRadius - kMinRadius) * share;
}

const health::QuadrantPoint* QuadrantChart::accountAt(const QPointF& position) const
{
    const health::QuadrantPoint* best = nullptr;
    double bestDistance = 0;
    for (std::size_t i = 0; i < m_order.size(); ++i) {
        const QPointF delta = m_positions[i] - position;
        const double distance = std::hypot(delta.x(), delta.y());
        if (distance <= m_radii[i] + kHitSlack && (!best || distance <= bestDistance)) {
            best = m_order[i];
            bestDistance = distance;
        }
    }
    return best;
}

void QuadrantChart::select(std::int64_t accountId)
{
    const auto found = std::find_if(m_order.begin(), m_order.end(), [accountId](const auto* point) {
        return point->id == accountId;
    });
    const health::QuadrantPoint* point = found == m_order.end() ? nullptr : *found;
    if (point == m_selected)
        return;
    m_selected = point;
    Q_EMIT selectedChanged();
    update();
}

void QuadrantChart::layOut()
{
    m_positions.resize(m_order.size());
    m_radii.resize(m_order.size());
    for (std::size_t i = 0; i < m_order.size(); ++i) {
        m_positions[i] = positionOf(m_order[i]->outcome, m_order[i]->experience);
        m_radii[i] = radiusOf(m_order[i]->arr);
    }
}

void QuadrantChart::setHovered(const health::QuadrantPoint* point)
{
    if (point == m_hovered)
        return;
    m_hovered = point;
    Q_EMIT hoveredChanged();
    update();
}

void QuadrantChart::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    layOut();
}

void QuadrantChart::mouseMoveEvent(QMouseEvent* event)
{
    const auto* point = accountAt(event->position());
    setHovered(point);
    if (point && m_map)
        QToolTip::showText(event->globalPosition().toPoint(), toolTipFor(*point, m_map->currency),
                           this);
    else
        QToolTip::hideText();
}

void QuadrantChart::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const auto* point = accountAt(event->position());
    if (!point)
        return;
    select(point->id);
    Q_EMIT accountActivated(point->id);
}

void QuadrantChart::leaveEvent(QEvent* event)
{
    QWidget::leaveEvent(event);
    setHovered(nullptr);
}

void QuadrantChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    paintQuadrants(painter, false);

    const qreal ratio = devicePixelRatioF();
    for (std::size_t i = 0; i < m_order.size(); ++i) {
        const QPixmap& dot = m_sprites.dot(m_radii[i], m_order[i]->health, ratio);
        const double half = dot.width() / ratio / 2;
        painter.drawPixmap(QPointF(m_positions[i].x() - half, m_positions[i].y() - half), dot);
    }

    painter.setRenderHint(QPainter::Antialiasing);
    paintQuadrants(painter, true);
    if (const auto* focus = m_hovered ? m_hovered : m_selected)
        paintTrail(painter, *focus);
    if (m_selected && m_selected != m_hovered) {
        painter.setPen(QPen(palette().text(), 2));
        painter.setBrush(Qt::NoBrush);
        const QPointF centre = positionOf(m_selected->outcome, m_selected->experience);
        const double r = radiusOf(m_selected->arr) + 3;
        painter.drawEllipse(centre, r, r);
    }
    paintAxes(painter);
    const QRectF plot = plotArea();
    paintLegend(painter, QRectF(plot.right() + 16, plot.top(), kLegendWidth, plot.height()),
                m_maxArr, m_map ? m_map->currency : QString(),
                m_map ? static_cast<int>(m_map->trailDates.size()) : 0);
}

void QuadrantChart::paintQuadrants(QPainter& painter, bool titles) const
{
    const QRectF plot = plotArea();
    const QPointF middle = positionOf(50, 50);
    struct Area
    {
        Quadrant quadrant;
        QRectF rect;
        QColor tint;
        Qt::Alignment corner;
    };
    const Area areas[] = {
        {Quadrant::Thriving, QRectF(middle, plot.topRight()).normalized(), QColor(0x2e, 0x7d, 0x32),
         Qt::AlignTop | Qt::AlignRight},
        {Quadrant::Trapped, QRectF(middle, plot.bottomRight()).normalized(),
         QColor(0x6a, 0x1b, 0x9a), Qt::AlignBottom | Qt::AlignRight},
        {Quadrant::SilentRisk, QRectF(plot.topLeft(), middle).normalized(),
         QColor(0xef, 0x6c, 0x00), Qt::AlignTop | Qt::AlignLeft},
        {Quadrant::Rescue, QRectF(plot.bottomLeft(), middle).normalized(), QColor(0xc6, 0x28, 0x28),
         Qt::AlignBottom | Qt::AlignLeft},
    };
    if (!titles) {
        for (const Area& area : areas) {
            QColor tint = area.tint;
            tint.setAlpha(22);
            painter.fillRect(area.rect, tint);
        }
        return;
    }
    QFont title = font();
    title.setBold(true);
    title.setPointSizeF(font().pointSizeF() * 1.15);
    painter.setFont(title);
    QColor backdrop = palette().base().color();
    backdrop.setAlpha(215); // dots stay faintly visible under the name
    for (const Area& area : areas) {
        const QString text =
            tr("%1 · %Ln account(s)", nullptr, m_counts[static_cast<std::size_t>(area.quadrant)])
                .arg(health::quadrantTitle(area.quadrant));
        const QRectF box =
            painter.boundingRect(area.rect.adjusted(12, 8, -12, -8), area.corner, text)
                .adjusted(-5, -2, 5, 2);
        painter.setPen(Qt::NoPen);
        painter.setBrush(backdrop);
        painter.drawRoundedRect(box, 4, 4);
        painter.setPen(readableOn(area.tint.darker(120), palette().base().color()));
        painter.drawText(box, Qt::AlignCenter, text);
    }
    painter.setFont(font());
}

void QuadrantChart::paintAxes(QPainter& painter) const
{
    const QRectF plot = plotArea();
    const QFontMetrics fm(font());
    QColor grid = palette().text().color();
    grid.setAlpha(40);
    painter.setPen(QPen(grid, 1, Qt::DotLine));
    for (const double at : {25.0, 75.0}) {
        painter.drawLine(positionOf(at, 0), positionOf(at, 100));
        painter.drawLine(positionOf(0, at), positionOf(100, at));
    }
    grid.setAlpha(140);
    painter.setPen(QPen(grid, 1.5));
    painter.drawLine(positionOf(50, 0), positionOf(50, 100));
    painter.drawLine(positionOf(0, 50), positionOf(100, 50));
    painter.setPen(palette().text().color());
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(plot);

    for (const int tick : {0, 25, 50, 75, 100}) {
        const QString text = QString::number(tick);
        const QPointF x = positionOf(tick, 0);
        painter.drawText(QRectF(x.x() - 20, plot.bottom() + 2, 40, fm.height()), Qt::AlignCenter,
                         text);
        const QPointF y = positionOf(0, tick);
        painter.drawText(QRectF(plot.left() - 44, y.y() - fm.height() / 2.0, 40, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, text);
    }
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(
        QRectF(plot.left(), plot.bottom() + fm.height() + 4, plot.width(), fm.height() + 4),
        Qt::AlignCenter, tr("Outcome: getting the results they bought →"));
    painter.save();
    painter.translate(4, plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-plot.height() / 2, 0, plot.height(), fm.height() + 4), Qt::AlignCenter,
                     tr("Experience: liking working with you →"));
    painter.restore();
    painter.setFont(font());
}

void QuadrantChart::paintTrail(QPainter& painter, const health::QuadrantPoint& point) const
{
    const auto* trail = m_map ? m_map->trailOf(point.id) : nullptr;
    QPainterPath path;
    std::vector<std::pair<QPointF, QString>> stops;
    if (trail) {
        for (const health::TrailStep& step : *trail) {
            if (!step.outcome || !step.experience)
                continue;
            const QPointF at = positionOf(*step.outcome, *step.experience);
            path.elementCount() == 0 ? path.moveTo(at) : path.lineTo(at);
            stops.emplace_back(at, quarterLabel(step.asOf));
        }
    }
    const QPointF now = positionOf(point.outcome, point.experience);
    path.elementCount() == 0 ? path.moveTo(now) : path.lineTo(now);

    const QColor ink = palette().text().color();
    painter.setPen(QPen(ink, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    // An arrowhead halfway along each leg says which way the account moved.
    painter.setBrush(ink);
    for (int i = 1; i < path.elementCount(); ++i) {
        const QPointF from = path.elementAt(i - 1), to = path.elementAt(i);
        const QLineF leg(from, to);
        if (leg.length() < 14)
            continue;
        const QPointF tip = leg.pointAt(0.5 + 4 / leg.length());
        QLineF back(tip, from);
        back.setLength(9);
        QLineF left = back, right = back;
        left.setAngle(back.angle() + 25);
        right.setAngle(back.angle() - 25);
        painter.drawPolygon(QPolygonF({tip, left.p2(), right.p2()}));
    }
    for (const auto& [at, label] : stops) {
        painter.setBrush(palette().base());
        painter.drawEllipse(at, 3.5, 3.5);
        painter.drawText(at + QPointF(6, -4), label);
    }
    painter.setBrush(Qt::NoBrush);
    const double r = radiusOf(point.arr) + 3;
    painter.drawEllipse(now, r, r);

    // The name beside the dot, on whichever side keeps it inside the plot.
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    const QFontMetricsF boldMetrics(bold);
    const double width = boldMetrics.horizontalAdvance(point.name) + 8;
    const double left =
        now.x() + r + 4 + width <= plotArea().right() ? now.x() + r + 4 : now.x() - r - 4 - width;
    const QRectF box(left, now.y() + r, width, boldMetrics.height() + 2);
    QColor backdrop = palette().base().color();
    backdrop.setAlpha(225);
    painter.setPen(Qt::NoPen);
    painter.setBrush(backdrop);
    painter.drawRoundedRect(box, 3, 3);
    painter.setPen(ink);
    painter.drawText(box, Qt::AlignCenter, point.name);
    painter.setFont(font());
}

} // namespace tenure::ui
