#include "forecasttext.h"

#include "health/riskreason.h"
#include "metrics/currency.h"

#include <QCoreApplication>

#include <cmath>

namespace tenure::forecast {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::forecast::QuarterForecast)
};

QString money(double minor, const QString& currency, const QLocale& locale)
{
    return metrics::formatMoney(std::llround(minor), currency, locale);
}

} // namespace

QString forecastSentence(const QuarterForecast& forecast, const QLocale& locale)
{
    if (!forecast.isAvailable()) {
        return Messages::tr("No forecast for %1: %2")
            .arg(forecast.quarter.label(), forecast.unavailable);
    }
    const QString& currency = forecast.baseCurrency;
    QString text =
        Messages::tr("%1 of %2 ARR expected lost to churn and contraction in %3 (80% band %4 to "
                     "%5).")
            .arg(money(forecast.expectedMinor(), currency, locale),
                 money(static_cast<double>(forecast.arrMinor), currency, locale),
                 forecast.quarter.label(), money(forecast.band.low, currency, locale),
                 money(forecast.band.high, currency, locale));
    if (!forecast.contractionUnavailable.isEmpty())
        text +=
            u' ' + Messages::tr("Contraction is left out: %1").arg(forecast.contractionUnavailable);
    if (forecast.unscoredAccounts > 0) {
        text += u' ' +
                Messages::tr("Accounts without a health score are not in it: %1 (%2 ARR).")
                    .arg(forecast.unscoredAccounts)
                    .arg(money(static_cast<double>(forecast.unscoredArrMinor), currency, locale));
    }
    return text;
}

QString actualSentence(const ActualLoss& actual, const QString& currency, const QLocale& locale)
{
    return Messages::tr("Lost %1: churn %2, contraction %3.")
        .arg(money(static_cast<double>(actual.total()), currency, locale),
             money(static_cast<double>(actual.churnMinor), currency, locale),
             money(static_cast<double>(actual.contractionMinor), currency, locale));
}

QString reasonGroupTitle(const QString& code)
{
    return code.isEmpty() ? Messages::tr("No reason fired") : health::reasonTitle(code);
}

} // namespace tenure::forecast
