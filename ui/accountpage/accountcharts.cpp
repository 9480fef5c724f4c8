#include "accountcharts.h"

#include "accountpage/accountdetail.h"
#include "metrics/currency.h"
#include "retention/chartpalette.h"
#include "retention/chartstyle.h"

#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace tenure::ui {

namespace {

double msecs(const QDate& day)
{
    return static_cast<double>(day.startOfDay().toMSecsSinceEpoch());
}

QChart* freshChart(QChartView* view, const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    view->setChart(chart); // deletes the previous chart
    return chart;
}

void attachAxes(QChart* chart, const QString& valueTitle, double top, const QString& dateFormat)
{
    auto* x = new QDateTimeAxis;
    x->setFormat(dateFormat);
    x->setTickCount(7);
    auto* y = new QValueAxis;
    y->setTitleText(valueTitle);
    // Small counts get one tick per whole number; larger ones round to nice steps.
    const double ceiling = std::max(1.0, std::ceil(top * 1.15));
    y->setRange(0, ceiling);
    if (ceiling <= 10)
        y->setTickCount(static_cast<int>(ceiling) + 1);
    else
        y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

} // namespace

MrrChart::MrrChart(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("MRR history"));
    followPalette(this);
}

void MrrChart::setDetail(const account::AccountDetail& detail)
{
    QChart* chart = freshChart(this, tr("MRR by month"));
    const double unit = std::pow(10.0, metrics::minorUnitDigits(detail.facts.currency));
    // A step line: MRR holds for the whole month it is measured at.
    auto* line = new QLineSeries;
    line->setName(tr("MRR (%1)").arg(detail.facts.currency));
    line->setColor(chartcolor::Net);
    double top = 0;
    for (const account::MrrPoint& point : detail.mrrHistory) {
        const double value = static_cast<double>(point.mrr) / unit;
        line->append(msecs(point.month.firstDay()), value);
        line->append(msecs((point.month + 1).firstDay()), value);
        top = std::max(top, value);
    }
    chart->addSeries(line);
    attachAxes(chart, detail.facts.currency, top, QStringLiteral("MMM yyyy"));
    styleChart(chart, palette());
}

UsageChart::UsageChart(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("Weekly active users"));
    followPalette(this);
}

void UsageChart::setDetail(const account::AccountDetail& detail)
{
    QChart* chart = freshChart(this, tr("Weekly active users, last 12 months"));
    auto* users = new QLineSeries;
    users->setName(tr("Active users"));
    users->setColor(chartcolor::Reactivation);
    double top = 0;
    for (const account::UsagePoint& week : detail.usage) {
        users->append(msecs(week.week), week.activeUsers);
        top = std::max(top, static_cast<double>(week.activeUsers));
    }
    chart->addSeries(users);
    if (detail.dangerZoneUsers > 0 && !detail.usage.empty()) {
        auto* line = new QLineSeries;
        line->setName(
            tr("Danger zone: below %1 active users").arg(detail.dangerZoneUsers, 0, 'f', 1));
        QPen pen(chartcolor::Churn);
        pen.setStyle(Qt::DashLine);
        pen.setWidth(2);
        line->setPen(pen);
        line->append(msecs(detail.usage.front().week), detail.dangerZoneUsers);
        line->append(msecs(detail.usage.back().week), detail.dangerZoneUsers);
        chart->addSeries(line);
        top = std::max(top, detail.dangerZoneUsers);
    }
    if (detail.facts.seats > 0)
        chart->setTitle(
            tr("Weekly active users, last 12 months (%n seat(s))", nullptr, detail.facts.seats));
    attachAxes(chart, tr("users"), top, QStringLiteral("MMM yyyy"));
    styleChart(chart, palette());
}

} // namespace tenure::ui
