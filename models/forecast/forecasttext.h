#pragma once

#include "quarterforecast.h"

#include <QLocale>
#include <QString>

namespace tenure::forecast {

// One translated sentence for Today and the report: the expected ARR lost in
// the quarter and its 80% band, or why there is no forecast.
QString forecastSentence(const QuarterForecast& forecast, const QLocale& locale);
// The same for what happened: "Lost $18,000: churn $12,000, contraction $6,000."
QString actualSentence(const ActualLoss& actual, const QString& currency, const QLocale& locale);
// A reason code's title, or "No reason fired" for none.
QString reasonGroupTitle(const QString& code);

} // namespace tenure::forecast
