#pragma once

#include "dotsprites.h"
#include "health/quadrantmap.h"

#include <QWidget>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace tenure::ui {

// The outcome × experience two-by-two, painted by hand so 20,000 accounts
// repaint fast: outcome on x, experience on y (both 0-100), the four
// quadrants named, a dot per account sized by ARR and coloured by health.
// Hovering shows an account's name and scores and its trail over the past
// quarters; a click selects it and asks to open it.
class QuadrantChart : public QWidget
{
    Q_OBJECT
public:
    explicit QuadrantChart(QWidget* parent = nullptr);

    // `visible`: indexes into map->points, the ones the filters let through.
    void setData(std::shared_ptr<const health::QuadrantMap> map,
                 const std::vector<std::size_t>& visible);
    std::size_t visibleCount() const { return m_order.size(); }

    // Where a score pair is drawn, and back; x = outcome, y = experience.
    QRectF plotArea() const;
    QPointF positionOf(double outcome, double experience) const;
    QPointF scoresAt(const QPointF& position) const;
    double radiusOf(std::int64_t arr) const;
    // The visible account drawn at `position` (the nearest whose dot, plus a
    // little slack, covers it), or none.
    const health::QuadrantPoint* accountAt(const QPointF& position) const;

    const health::QuadrantPoint* hovered() const { return m_hovered; }
    const health::QuadrantPoint* selected() const { return m_selected; }
    void select(std::int64_t accountId); // 0: none

    QSize sizeHint() const override { return {900, 640}; }
    QSize minimumSizeHint() const override { return {420, 320}; }

Q_SIGNALS:
    void hoveredChanged();
    void selectedChanged();
    void accountActivated(qint64 accountId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void layOut();
    void setHovered(const health::QuadrantPoint* point);
    void paintQuadrants(QPainter& painter, bool titles) const; // tints, or names on top
    void paintAxes(QPainter& painter) const;
    void paintTrail(QPainter& painter, const health::QuadrantPoint& point) const;

    std::shared_ptr<const health::QuadrantMap> m_map;
    std::vector<const health::QuadrantPoint*> m_order; // drawn in this order: large first
    std::vector<QPointF> m_positions;                  // screen centres, as m_order
    std::vector<double> m_radii;                       // as m_order
    std::int64_t m_maxArr = 0;
    std::array<int, 5> m_counts{}; // visible accounts per Quadrant
    const health::QuadrantPoint* m_hovered = nullptr;
    const health::QuadrantPoint* m_selected = nullptr;
    DotSprites m_sprites;
};

} // namespace tenure::ui
