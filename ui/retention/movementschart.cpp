#include "movementschart.h"

#include "chartexport.h"
#include "chartpalette.h"
#include "chartstyle.h"
#include "metrics/currency.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>

namespace tenure::ui {

MovementsChart::MovementsChart(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setAccessibleName(tr("MRR movements per month"));
    setMinimumHeight(320);
    addImageActions(this);
    followPalette(this);
}

void MovementsChart::setMovements(const std::vector<metrics::MonthMovements>& months,
                                  const QString& currency)
{
    const double scale = std::pow(10.0, metrics::minorUnitDigits(currency));
    auto* series = new QStackedBarSeries;
    struct Part
    {
        QString name;
        QColor colour;
        std::int64_t metrics::MonthMovements::*amount;
        int sign;
    };
    const Part parts[] = {
        {tr("New"), chartcolor::New, &metrics::MonthMovements::newMrr, 1},
        {tr("Expansion"), chartcolor::Expansion, &metrics::MonthMovements::expansionMrr, 1},
        {tr("Reactivation"), chartcolor::Reactivation, &metrics::MonthMovements::reactivationMrr,
         1},
        {tr("Contraction"), chartcolor::Contraction, &metrics::MonthMovements::contractionMrr, -1},
        {tr("Churn"), chartcolor::Churn, &metrics::MonthMovements::churnMrr, -1},
    };
    double top = 1, bottom = 0;
    std::vector<double> up(months.size(), 0), down(months.size(), 0);
    for (const Part& part : parts) {
        auto* set = new QBarSet(part.name);
        set->setColor(part.colour);
        set->setBorderColor(part.colour);
        for (std::size_t i = 0; i < months.size(); ++i) {
            const double value = part.sign * static_cast<double>(months[i].*(part.amount)) / scale;
            set->append(value);
            (value >= 0 ? up[i] : down[i]) += value;
        }
        series->append(set);
    }
    auto* net = new QLineSeries;
    net->setName(tr("Net change"));
    net->setPen(QPen(chartcolor::Net, 2));
    QStringList categories;
    for (std::size_t i = 0; i < months.size(); ++i) {
        categories << months[i].month.toString();
        const double change = static_cast<double>(months[i].netMovement()) / scale;
        net->append(static_cast<double>(i), change);
        top = std::max({top, up[i], change});
        bottom = std::min({bottom, down[i], change});
    }
    connect(series, &QStackedBarSeries::clicked, this,
            [this](int index, QBarSet*) { Q_EMIT monthClicked(index); });

    auto* chart = new QChart;
    chart->setTitle(tr("MRR movements per month (%1)").arg(currency));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->addSeries(series);
    chart->addSeries(net);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(-60);
    auto* y = new QValueAxis;
    y->setRange(bottom * 1.1, top * 1.1);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTitleText(tr("MRR moved"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    net->attachAxis(x);
    net->attachAxis(y);
    styleChart(chart, palette());
    QChart* old = this->chart();
    setChart(chart);
    delete old;
}

} // namespace tenure::ui
