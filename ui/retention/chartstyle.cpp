#include "chartstyle.h"

#include "common/readablecolor.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLegend>
#include <QPalette>
#include <QXYSeries>

namespace tenure::ui {

namespace {

// The colour a series was given, kept so that switching back and forth
// between palettes starts from it rather than from the last adjustment.
constexpr char kChosenColour[] = "tenureChosenColour";

class PaletteFollower : public QObject
{
public:
    explicit PaletteFollower(QChartView* view)
        : QObject(view)
        , m_view(view)
    {
        view->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_view && event->type() == QEvent::PaletteChange && m_view->chart())
            styleChart(m_view->chart(), m_view->palette());
        return false;
    }

private:
    QChartView* m_view;
};

} // namespace

void styleChart(QChart* chart, const QPalette& palette)
{
    const QColor background = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.15f);
    QColor axisLine = text;
    axisLine.setAlphaF(0.45f);

    chart->setBackgroundBrush(background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
        axis->setLinePenColor(axisLine);
    }
    for (QAbstractSeries* series : chart->series()) {
        auto* xy = qobject_cast<QXYSeries*>(series);
        if (!xy)
            continue;
        QVariant chosen = xy->property(kChosenColour);
        if (!chosen.isValid()) {
            chosen = xy->color();
            xy->setProperty(kChosenColour, chosen);
        }
        // 3:1 is enough for lines and dots, which are not text.
        xy->setColor(readableOn(chosen.value<QColor>(), background, 3.0));
    }
}

void followPalette(QChartView* view)
{
    new PaletteFollower(view);
}

} // namespace tenure::ui
