#include "forecast/forecasttext.h"
#include "tableparts.h"

#include <QCoreApplication>

#include <cmath>

namespace tenure::report {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::report::ReportTable)
};

QString money(double minor, const QuarterlyReport& report, const QLocale& locale)
{
    return formatMrr(std::llround(minor), report, locale);
}

void addRow(ReportTable& table, const forecast::QuarterForecast& forecast,
            const QuarterlyReport& report, const QLocale& locale)
{
    const QString none = QStringLiteral("–");
    const QString happened =
        forecast.actual ? money(static_cast<double>(forecast.actual->total()), report, locale)
                        : Messages::tr("not yet known");
    if (!forecast.isAvailable()) {
        table.rows.append({forecast.quarter.label(),
                           locale.toString(forecast.asOf, QLocale::ShortFormat), none, none,
                           happened});
        table.note += forecast::forecastSentence(forecast, locale) + u' ';
        return;
    }
    table.rows.append({forecast.quarter.label(),
                       locale.toString(forecast.asOf, QLocale::ShortFormat),
                       money(forecast.expectedMinor(), report, locale),
                       QStringLiteral("%1 – %2").arg(money(forecast.band.low, report, locale),
                                                     money(forecast.band.high, report, locale)),
                       happened});
    if (!forecast.contractionUnavailable.isEmpty() || forecast.unscoredAccounts > 0)
        table.note += forecast::forecastSentence(forecast, locale) + u' ';
}

} // namespace

ReportTable forecastTable(const QuarterlyReport& report, const QLocale& locale)
{
    ReportTable table{QStringLiteral("forecast"),
                      Messages::tr("ARR lost to churn and contraction: forecast and outcome"),
                      {Messages::tr("Quarter"), Messages::tr("Forecast from data of"),
                       Messages::tr("Expected loss"), Messages::tr("80% band"),
                       Messages::tr("What happened")},
                      {},
                      {false, false, true, true, true},
                      {}};
    for (const auto* forecast : {&report.quarterForecast, &report.nextQuarterForecast}) {
        if (*forecast)
            addRow(table, **forecast, report, locale);
    }
    table.note = table.note.trimmed();
    return table;
}

} // namespace tenure::report
