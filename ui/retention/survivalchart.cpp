#include "survivalchart.h"

#include "chartexport.h"
#include "chartpalette.h"
#include "chartstyle.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace tenure::ui {

namespace {

// A step function through the curve's points: flat until each event time.
void appendSteps(QLineSeries* series, const metrics::SurvivalCurve& curve,
                 double metrics::SurvivalStep::*value, int lastMonth)
{
    // In percent, so the axis reads 0% to 100%.
    double level = 100;
    series->append(0, level);
    for (const auto& step : curve.steps) {
        const double next = std::isnan(step.*value) ? level : step.*value * 100;
        series->append(step.time, level);
        series->append(step.time, next);
        level = next;
    }
    series->append(lastMonth, level);
}

int atRiskAt(const metrics::SurvivalCurve& curve, int month)
{
    for (const auto& step : curve.steps) {
        if (step.time >= month)
            return step.atRisk;
    }
    return 0;
}

} // namespace

SurvivalChart::SurvivalChart(QWidget* parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
    , m_atRisk(new QWidget(this))
    , m_atRiskLayout(new QGridLayout(m_atRisk))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Retention curve"));
    m_view->setMinimumHeight(320);
    addImageActions(m_view);
    followPalette(m_view);
    m_atRiskLayout->setContentsMargins(8, 0, 8, 0);
    m_atRiskLayout->setHorizontalSpacing(12);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_atRisk);
}

void SurvivalChart::setCurves(const std::vector<metrics::SurvivalStratum>& curves)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Share of accounts still paying, by months since they first paid"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    int lastMonth = 1;
    for (const auto& stratum : curves) {
        if (!stratum.curve.steps.empty())
            lastMonth = std::max(lastMonth, static_cast<int>(stratum.curve.steps.back().time));
    }
    auto* x = new QValueAxis;
    x->setTitleText(tr("Months since the first payment"));
    x->setRange(0, lastMonth);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTickCount(std::min(13, lastMonth / 3 + 1));
    auto* y = new QValueAxis;
    y->setTitleText(tr("Still paying"));
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%.0f%%"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    int index = 0;
    for (const auto& stratum : curves) {
        const QColor colour = chartcolor::series(index++);
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        appendSteps(upper, stratum.curve, &metrics::SurvivalStep::upper, lastMonth);
        appendSteps(lower, stratum.curve, &metrics::SurvivalStep::lower, lastMonth);
        auto* band = new QAreaSeries(upper, lower);
        QColor shade = colour;
        shade.setAlphaF(0.15);
        band->setBrush(shade);
        band->setPen(Qt::NoPen);
        chart->addSeries(band);
        band->attachAxis(x);
        band->attachAxis(y);
        chart->legend()->markers(band).first()->setVisible(false);

        auto* line = new QLineSeries;
        line->setName(tr("%1 (%2 accounts)").arg(stratum.name).arg(stratum.curve.observations()));
        appendSteps(line, stratum.curve, &metrics::SurvivalStep::survival, lastMonth);
        line->setPen(QPen(colour, 2));
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);

        if (stratum.curve.median) {
            auto* median = new QScatterSeries;
            median->append(*stratum.curve.median,
                           stratum.curve.survivalAt(*stratum.curve.median) * 100);
            median->setColor(colour);
            median->setMarkerSize(9);
            median->setName(tr("median %1 months").arg(*stratum.curve.median));
            chart->addSeries(median);
            median->attachAxis(x);
            median->attachAxis(y);
        }
    }
    styleChart(chart, m_view->palette());
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    fillAtRiskTable(curves, lastMonth);
}

void SurvivalChart::fillAtRiskTable(const std::vector<metrics::SurvivalStratum>& curves,
                                    int lastMonth)
{
    while (QLayoutItem* item = m_atRiskLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int stepMonths = lastMonth > 24 ? 6 : 3;
    auto* heading = new QLabel(tr("At risk, month:"), m_atRisk);
    heading->setForegroundRole(QPalette::PlaceholderText);
    m_atRiskLayout->addWidget(heading, 0, 0);
    int column = 1;
    for (int month = 0; month <= lastMonth; month += stepMonths)
        m_atRiskLayout->addWidget(new QLabel(QString::number(month), m_atRisk), 0, column++,
                                  Qt::AlignRight);
    int row = 1;
    for (const auto& stratum : curves) {
        m_atRiskLayout->addWidget(new QLabel(stratum.name, m_atRisk), row, 0);
        column = 1;
        for (int month = 0; month <= lastMonth; month += stepMonths) {
            m_atRiskLayout->addWidget(
                new QLabel(QLocale().toString(atRiskAt(stratum.curve, std::max(1, month))),
                           m_atRisk),
                row, column++, Qt::AlignRight);
        }
        ++row;
    }
}

} // namespace tenure::ui
