#include "commandsupport.h"
#include "metrics/currency.h"
#include "metrics/historyloader.h"
#include "metrics/selection.h"
#include "metrics/survivalstrata.h"
#include "metricscommand.h"
#include "store/book.h"
#include "store/bookerror.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>
#include <map>

namespace tenure::app {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::app::Command)
};

const std::map<QString, metrics::Stratification> kStrata = {
    {QStringLiteral("segment"), metrics::Stratification::Segment},
    {QStringLiteral("plan"), metrics::Stratification::Plan},
    {QStringLiteral("owner"), metrics::Stratification::Owner},
    {QStringLiteral("cohort"), metrics::Stratification::SignupCohort}};

QString decimal(double value)
{
    return std::isnan(value) ? QStringLiteral("-") : QString::number(value, 'f', 4);
}

QString asText(const std::vector<metrics::SurvivalStratum>& strata)
{
    QString text;
    for (const auto& stratum : strata) {
        const QString median = stratum.curve.median
                                   ? Messages::tr("median %1 months").arg(*stratum.curve.median)
                                   : Messages::tr("median not reached");
        text += Messages::tr("%1: %2 accounts, %3\n")
                    .arg(stratum.name)
                    .arg(stratum.curve.observations())
                    .arg(median);
        QList<QStringList> table{{Messages::tr("month"), Messages::tr("at risk"),
                                  Messages::tr("churned"), Messages::tr("censored"),
                                  Messages::tr("survival"), Messages::tr("lower 95%"),
                                  Messages::tr("upper 95%")}};
        for (const auto& step : stratum.curve.steps) {
            table.append({QString::number(step.time), QString::number(step.atRisk),
                          QString::number(step.events), QString::number(step.censored),
                          decimal(step.survival), decimal(step.lower), decimal(step.upper)});
        }
        text += formatTable(table) + u'\n';
    }
    return text;
}

} // namespace

int runSurvivalCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Messages::tr(
        "Kaplan-Meier survival of accounts by months since they first paid, with the number at "
        "risk, the median and a 95% band."));
    const QCommandLineOption book = readingBookOption();
    const QCommandLineOption by(QStringLiteral("by"),
                                Messages::tr("One curve per segment, plan, owner or cohort "
                                             "(signup quarter)."),
                                Messages::tr("FIELD"));
    const QCommandLineOption asOf(
        QStringLiteral("as-of"), Messages::tr("Use only data known on this date (default: today)."),
        Messages::tr("YYYY-MM-DD"));
    const QCommandLineOption json(QStringLiteral("json"), Messages::tr("Print JSON."));
    parser.addOptions({book, by, asOf, json});

    int exitCode = Success;
    if (!parseCommandLine(parser, QStringLiteral("survival"), arguments, exitCode))
        return exitCode;
    const auto stratification = kStrata.find(parser.value(by));
    if (parser.isSet(by) && stratification == kStrata.end()) {
        standardError() << Messages::tr("--by takes segment, plan, owner or cohort.") << '\n';
        return UsageError;
    }
    const auto date = asOfOption(parser, QStringLiteral("as-of"));
    if (!date)
        return UsageError;
    return withBookForReading(parser.value(book), [&](store::Connection& connection) {
        const auto history = metrics::loadMrrHistory(connection, *date);
        const auto strata = metrics::survivalByStratum(
            history, metrics::selectAccounts(history),
            parser.isSet(by) ? stratification->second : metrics::Stratification::None);
        if (parser.isSet(json))
            standardOutput()
                << QJsonDocument(metrics::toJson(strata)).toJson(QJsonDocument::Indented);
        else
            standardOutput() << asText(strata);
        return Success;
    });
}

} // namespace tenure::app
