#include "commandsupport.h"
#include "health/backtest.h"
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

QString asText(const health::BacktestResult& result)
{
    QStringList dates;
    for (const QDate& date : result.dates)
        dates << date.toString(Qt::ISODate);
    QString text =
        Messages::tr("Health scored on %1; lost = churned or contracted within %2 days.\n")
            .arg(dates.join(QStringLiteral(", ")))
            .arg(result.horizonDays);
    text +=
        Messages::tr("%1 accounts scored, %2 lost.\n").arg(result.observations).arg(result.lost);
    text += Messages::tr("AUC %1 (0.5 is a coin toss, 1.0 warns of every loss first)\n")
                .arg(result.auc, 0, 'f', 3);
    text += Messages::tr("Worst-scored tenth: lost %1× as often as the book\n\n")
                .arg(result.worstDecileLift, 0, 'f', 2);
    QList<QStringList> table{{Messages::tr("health"), Messages::tr("accounts"),
                              Messages::tr("lost"), Messages::tr("loss rate")}};
    for (const auto& band : result.calibration) {
        table.append({QStringLiteral("%1-%2").arg(band.low).arg(band.high),
                      QString::number(band.accounts), QString::number(band.lost),
                      QString::number(band.lossRate() * 100, 'f', 1) + u'%'});
    }
    return text + formatTable(table);
}

} // namespace

int runBacktestCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Messages::tr(
        "How well would the health score have warned you? Scores the book as of past quarter "
        "ends and compares with what happened next."));
    const QCommandLineOption book(QStringLiteral("book"), Messages::tr("The book to read."),
                                  Messages::tr("FILE"));
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
