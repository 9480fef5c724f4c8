#include "commandsupport.h"
#include "health/backtest.h"
#include "health/riskreason.h"
#include "healthcommand.h"
#include "metrics/currency.h"
#include "store/book.h"
#include "store/bookerror.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace tenure::app {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::app::Command)
};

QString isoDates(const std::vector<QDate>& dates)
{
    QStringList list;
    for (const QDate& date : dates)
        list << date.toString(Qt::ISODate);
    return list.join(QStringLiteral(", "));
}

QString percent(double share)
{
    return QString::number(share * 100, 'f', 1) + u'%';
}

QString optionalNumber(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'f', 2) : QStringLiteral("-");
}

QString outcomesTable(const health::BacktestResult& result)
{
    QList<QStringList> table{{Messages::tr("outcome"), Messages::tr("accounts"),
                              Messages::tr("rate"), Messages::tr("AUC")}};
    const auto row = [&](const QString& name, const health::OutcomeFigures& figures) {
        table.append({name, QString::number(figures.events), percent(figures.rate),
                      QString::number(figures.auc, 'f', 3)});
    };
    row(Messages::tr("churned"), result.churn);
    row(Messages::tr("contracted"), result.contraction);
    row(Messages::tr("either"), result.either);
    return formatTable(table);
}

QString liftTable(const health::BacktestResult& result)
{
    QList<QStringList> table{
        {Messages::tr("reason"), Messages::tr("fired"), Messages::tr("churned where fired"),
         Messages::tr("churned where not"), Messages::tr("lift"), Messages::tr("95% interval")}};
    for (const auto& lift : result.reasonLifts) {
        table.append({health::reasonTitle(lift.code), QString::number(lift.fired),
                      QStringLiteral("%1/%2").arg(lift.firedChurned).arg(lift.fired),
                      QStringLiteral("%1/%2").arg(lift.quietChurned).arg(lift.quiet),
                      optionalNumber(lift.lift),
                      lift.low ? QStringLiteral("%1-%2").arg(optionalNumber(lift.low),
                                                             optionalNumber(lift.high))
                               : QStringLiteral("-")});
    }
    return formatTable(table);
}

QString asText(const health::BacktestResult& result)
{
    if (!result.dataThrough.isValid())
        return Messages::tr("The book holds no dated data: nothing to back-test.\n");
    QString text = Messages::tr("The book's data runs through %1.\n")
                       .arg(result.dataThrough.toString(Qt::ISODate));
    if (result.dates.empty()) {
        text += Messages::tr("No quarter end has a complete %1-day horizon within the data.\n")
                    .arg(result.horizonDays);
    } else {
        text += Messages::tr("Health scored on %1; followed for %2 days after each.\n")
                    .arg(isoDates(result.dates))
                    .arg(result.horizonDays);
    }
    if (!result.pastData.empty()) {
        text += Messages::tr("Left out: %1, whose %2-day horizon runs past the book's data "
                             "(%3 paying accounts then, not counted as kept or lost).\n")
                    .arg(isoDates(result.pastData))
                    .arg(result.horizonDays)
                    .arg(result.pastDataAccounts);
    }
    text += Messages::tr("%1 accounts scored.\n\n").arg(result.observations);
    text += outcomesTable(result);
    text += Messages::tr("\nAUC: the chance that an account with the outcome scored worse than "
                         "one with neither (0.5 is a coin toss).\n");
    text += Messages::tr("Worst-scored tenth: churned or contracted %1× as often as the book\n\n")
                .arg(result.worstDecileLift, 0, 'f', 2);
    QList<QStringList> table{{Messages::tr("health"), Messages::tr("accounts"),
                              Messages::tr("lost"), Messages::tr("loss rate")}};
    for (const auto& band : result.calibration) {
        table.append({QStringLiteral("%1-%2").arg(band.low).arg(band.high),
                      QString::number(band.accounts), QString::number(band.lost),
                      percent(band.lossRate())});
    }
    text += formatTable(table);
    if (!result.reasonLifts.empty()) {
        text += Messages::tr("\nEach reason's lift: the churn rate where it fired over the churn "
                             "rate where it did not.\n");
        text += liftTable(result);
    }
    return text;
}

} // namespace

int runBacktestCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Messages::tr(
        "How well would the health score have warned you? Scores the book as of past quarter "
        "ends and compares with what happened next."));
    const QCommandLineOption book = readingBookOption();
    const QCommandLineOption horizon(QStringLiteral("horizon"),
                                     Messages::tr("Days after each date to watch (default 90)."),
                                     Messages::tr("DAYS"), QStringLiteral("90"));
    const QCommandLineOption quarters(QStringLiteral("quarters"),
                                      Messages::tr("How many past quarter ends (default 4)."),
                                      Messages::tr("N"), QStringLiteral("4"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  Messages::tr("Today, for the back-test (default: today)."),
                                  Messages::tr("YYYY-MM-DD"));
    const QCommandLineOption json(QStringLiteral("json"), Messages::tr("Print JSON."));
    parser.addOptions({book, horizon, quarters, asOf, json});

    int exitCode = Success;
    if (!parseCommandLine(parser, QStringLiteral("backtest"), arguments, exitCode))
        return exitCode;
    bool horizonOk = false, quartersOk = false;
    const int horizonDays = parser.value(horizon).toInt(&horizonOk);
    const int quarterCount = parser.value(quarters).toInt(&quartersOk);
    if (!horizonOk || horizonDays < 1 || !quartersOk || quarterCount < 1 || quarterCount > 20) {
        standardError() << Messages::tr("--horizon takes a number of days; --quarters 1 to 20.")
                        << '\n';
        return UsageError;
    }
    const auto date = asOfOption(parser, QStringLiteral("as-of"));
    if (!date)
        return UsageError;
    return withBookForReading(parser.value(book), [&](store::Connection& connection) {
        const auto result = health::backtest(connection, *date, horizonDays, quarterCount);
        if (parser.isSet(json))
            standardOutput() << QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented);
        else
            standardOutput() << asText(result);
        return Success;
    });
}

} // namespace tenure::app
