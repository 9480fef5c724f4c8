#include "commandsupport.h"
#include "forecast/forecasttext.h"
#include "healthcommand.h"
#include "metrics/conventions.h"
#include "metrics/currency.h"
#include "report/quarter.h"
#include "store/book.h"
#include "store/bookerror.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>
#include <stdexcept>

namespace tenure::app {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::app::Command)
};

QString money(double minor, const QString& currency)
{
    return metrics::formatMoney(std::llround(minor), currency, QLocale());
}

QString groupsTable(const std::vector<forecast::ExpectedLoss>& groups, const QString& heading,
                    const QString& currency, bool reasons)
{
    QList<QStringList> table{{heading, Messages::tr("accounts"), Messages::tr("churn"),
                              Messages::tr("contraction"), Messages::tr("expected")}};
    for (const auto& group : groups) {
        table.append({reasons ? forecast::reasonGroupTitle(group.key) : group.key,
                      QString::number(group.accounts), money(group.churnMinor, currency),
                      money(group.contractionMinor, currency), money(group.total(), currency)});
    }
    return formatTable(table);
}

QString asText(const forecast::QuarterForecast& result)
{
    const QString& currency = result.baseCurrency;
    QString text = Messages::tr("Forecast for %1 from the data known on %2, %3.\n")
                       .arg(result.quarter.label(), result.asOf.toString(Qt::ISODate),
                            result.scope.owner.isEmpty()
                                ? Messages::tr("every owner's accounts")
                                : Messages::tr("%1's accounts").arg(result.scope.owner));
    if (!result.isAvailable())
        return text + result.unavailable + u'\n';
    text += Messages::tr("Calibrated on %1 past quarter ends: %2 churned and %3 contracted within "
                         "90 days (a contraction lost %4% of MRR on average).\n")
                .arg(result.quarterEnds)
                .arg(result.churnEvents)
                .arg(result.contractionEvents)
                .arg(result.contractionShare * 100, 0, 'f', 1);
    text += forecast::forecastSentence(result, QLocale()) + u'\n';
    text += Messages::tr("Churn %1, contraction %2; the band is the 10th to 90th percentile of "
                         "%3 simulated quarters.\n\n")
                .arg(money(result.expectedChurnMinor, currency),
                     money(result.expectedContractionMinor, currency))
                .arg(forecast::kSimulationRuns);
    text += groupsTable(result.byReason, Messages::tr("top reason"), currency, true) + u'\n';
    text += groupsTable(result.byOwner, Messages::tr("owner"), currency, false);
    if (result.actual) {
        text += u'\n' +
                Messages::tr("What happened: %1")
                    .arg(forecast::actualSentence(*result.actual, currency, QLocale())) +
                u'\n';
    }
    return text;
}

} // namespace

int runForecastCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Messages::tr(
        "ARR expected lost to churn and contraction in a quarter, with an 80% band, from the "
        "book's own history; for a past quarter, beside what happened."));
    const QCommandLineOption book = readingBookOption();
    const QCommandLineOption quarter(
        QStringLiteral("quarter"),
        Messages::tr("The quarter of the book's fiscal year, e.g. 2027Q1 (default: the next)."),
        Messages::tr("QUARTER"));
    const QCommandLineOption owner(
        QStringLiteral("owner"), Messages::tr("Only this owner's accounts."), Messages::tr("NAME"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  Messages::tr("Today, for the forecast (default: today)."),
                                  Messages::tr("YYYY-MM-DD"));
    const QCommandLineOption json(QStringLiteral("json"), Messages::tr("Print JSON."));
    parser.addOptions({book, quarter, owner, asOf, json});

    int exitCode = Success;
    if (!parseCommandLine(parser, QStringLiteral("forecast"), arguments, exitCode))
        return exitCode;
    std::optional<report::Quarter> chosen;
    if (parser.isSet(quarter)) {
        chosen = quarterOption(parser, QStringLiteral("quarter"));
        if (!chosen)
            return UsageError;
    }
    const auto date = asOfOption(parser, QStringLiteral("as-of"));
    if (!date)
        return UsageError;
    return withBookForReading(parser.value(book), [&](store::Connection& connection) {
        const int fiscalStart = metrics::loadConventions(connection).fiscalYearStartMonth;
        report::Quarter target =
            chosen ? *chosen : report::Quarter::containing(*date, fiscalStart).next();
        target.fiscalYearStartMonth = fiscalStart;
        if (!forecast::canForecast(target, *date)) {
            standardError()
                << Messages::tr("%1 starts after the next quarter: only quarters up to "
                                "%2 can be forecast on %3.")
                       .arg(target.label(),
                            report::Quarter::containing(*date, fiscalStart).next().label(),
                            date->toString(Qt::ISODate))
                << '\n';
            return UsageError;
        }
        const auto result =
            forecast::forecastQuarter(connection, target, *date, {parser.value(owner), {}});
        if (parser.isSet(json))
            standardOutput() << QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented);
        else
            standardOutput() << asText(result);
        return Success;
    });
}

} // namespace tenure::app
