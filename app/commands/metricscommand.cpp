#include "metricscommand.h"

#include "commandsupport.h"
#include "core/datelimits.h"
#include "metrics/currency.h"
#include "metrics/historyloader.h"
#include "metrics/periodmetrics.h"
#include "metrics/selection.h"
#include "store/book.h"
#include "store/bookerror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>
#include <map>

namespace tenure::app {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::app::Command)
};

const std::map<QString, metrics::Granularity> kPeriods = {
    {QStringLiteral("month"), metrics::Granularity::Month},
    {QStringLiteral("quarter"), metrics::Granularity::Quarter},
    {QStringLiteral("year"), metrics::Granularity::Year}};

const std::map<QString, metrics::AccountField> kGroupings = {
    {QStringLiteral("segment"), metrics::AccountField::Segment},
    {QStringLiteral("owner"), metrics::AccountField::Owner},
    {QStringLiteral("plan"), metrics::AccountField::Plan}};

QString percent(double value)
{
    return std::isnan(value) ? QStringLiteral("-") : QString::number(value * 100, 'f', 1) + u'%';
}

QString money(std::int64_t minor, int digits)
{
    return QString::number(static_cast<double>(minor) / std::pow(10.0, digits), 'f', digits);
}

QString asText(const std::vector<metrics::PeriodMetrics>& rows, const QString& baseCurrency,
               const QString& groupKey)
{
    const int digits = metrics::minorUnitDigits(baseCurrency);
    QList<QStringList> table;
    QStringList header{
        Messages::tr("period"),       Messages::tr("start MRR"),   Messages::tr("new"),
        Messages::tr("expansion"),    Messages::tr("contraction"), Messages::tr("churn"),
        Messages::tr("reactivation"), Messages::tr("end MRR"),     Messages::tr("NRR"),
        Messages::tr("GRR"),          Messages::tr("logos kept"),  Messages::tr("customers")};
    if (!groupKey.isEmpty())
        header.prepend(groupKey);
    table.append(header);
    for (const auto& row : rows) {
        QStringList cells{row.period.label,
                          money(row.startMrr, digits),
                          money(row.newMrr, digits),
                          money(row.expansionMrr, digits),
                          money(row.contractionMrr, digits),
                          money(row.churnMrr, digits),
                          money(row.reactivationMrr, digits),
                          money(row.endMrr, digits),
                          percent(row.nrr),
                          percent(row.grr),
                          percent(row.logoRetention),
                          QStringLiteral("%1 → %2").arg(row.customersStart).arg(row.customersEnd)};
        if (!groupKey.isEmpty())
            cells.prepend(row.group);
        table.append(cells);
    }
    return Messages::tr("MRR in %1; retention of the customers paying before each period.\n")
               .arg(baseCurrency) +
           formatTable(table);
}

} // namespace

int runMetricsCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Messages::tr("MRR movements, NRR, GRR and logo retention per period."));
    const QCommandLineOption book = readingBookOption();
    const QCommandLineOption period(QStringLiteral("period"),
                                    Messages::tr("month, quarter or year."), Messages::tr("P"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  Messages::tr("First month (default: the book's first)."),
                                  Messages::tr("YYYY-MM"));
    const QCommandLineOption to(QStringLiteral("to"),
                                Messages::tr("Last month (default: the as-of month)."),
                                Messages::tr("YYYY-MM"));
    const QCommandLineOption by(QStringLiteral("by"),
                                Messages::tr("Group by segment, owner or plan."),
                                Messages::tr("FIELD"));
    const QCommandLineOption method(
        QStringLiteral("method"),
        Messages::tr("cohort (customers paying before the period) or renewal (contracts up "
                     "for renewal in the period); default: the book's setting."),
        Messages::tr("M"));
    const QCommandLineOption asOf(
        QStringLiteral("as-of"), Messages::tr("Use only data known on this date (default: today)."),
        Messages::tr("YYYY-MM-DD"));
    const QCommandLineOption segment(QStringLiteral("segment"), Messages::tr("Only this segment."),
                                     Messages::tr("S"));
    const QCommandLineOption owner(QStringLiteral("owner"), Messages::tr("Only this owner."),
                                   Messages::tr("O"));
    const QCommandLineOption plan(QStringLiteral("plan"), Messages::tr("Only this plan."),
                                  Messages::tr("P"));
    const QCommandLineOption json(QStringLiteral("json"), Messages::tr("Print JSON."));
    parser.addOptions({book, period, from, to, by, method, asOf, segment, owner, plan, json});

    int exitCode = Success;
    if (!parseCommandLine(parser, QStringLiteral("metrics"), arguments, exitCode))
        return exitCode;

    const auto granularity = kPeriods.find(parser.value(period));
    if (granularity == kPeriods.end()) {
        standardError() << Messages::tr("--period takes month, quarter or year.") << '\n';
        return UsageError;
    }
    const QString methodName = parser.value(method);
    if (parser.isSet(method) && methodName != QLatin1String("cohort") &&
        methodName != QLatin1String("renewal")) {
        standardError() << Messages::tr("--method takes cohort or renewal.") << '\n';
        return UsageError;
    }
    const auto grouping = kGroupings.find(parser.value(by));
    if (parser.isSet(by) && grouping == kGroupings.end()) {
        standardError() << Messages::tr("--by takes segment, owner or plan.") << '\n';
        return UsageError;
    }
    const auto date = asOfOption(parser, QStringLiteral("as-of"));
    if (!date)
        return UsageError;

    return withBookForReading(parser.value(book), [&](store::Connection& connection) {
        const auto history = metrics::loadMrrHistory(connection, *date);
        const metrics::Month first =
            parser.isSet(from) ? metrics::Month::parse(parser.value(from)) : history.firstMonth();
        const metrics::Month last =
            parser.isSet(to) ? metrics::Month::parse(parser.value(to)) : history.lastMonth();
        if (!acceptedMonth(first) || !acceptedMonth(last) || last < first) {
            standardError() << Messages::tr("--from and --to take months as YYYY-MM, in order, "
                                            "of years from %1 to %2.")
                                   .arg(kEarliestYear)
                                   .arg(kLatestYear)
                            << '\n';
            return UsageError;
        }
        const metrics::AccountFilter filter{parser.value(segment), parser.value(owner),
                                            parser.value(plan)};
        const auto retention = !parser.isSet(method) ? history.conventions().method
                               : methodName == QLatin1String("renewal")
                                   ? metrics::RetentionMethod::Renewal
                                   : metrics::RetentionMethod::Cohort;
        std::vector<metrics::PeriodMetrics> rows;
        if (!parser.isSet(by)) {
            rows = metrics::periodMetrics(history, metrics::selectAccounts(history, filter), first,
                                          last, granularity->second, retention);
        } else {
            const auto all = metrics::selectAccounts(history, filter);
            for (const auto& [value, members] :
                 metrics::partition(history, all, grouping->second)) {
                const auto group = metrics::periodMetrics(history, members, first, last,
                                                          granularity->second, retention, value);
                rows.insert(rows.end(), group.begin(), group.end());
            }
        }
        const QString groupKey = parser.isSet(by) ? grouping->first : QString();
        if (parser.isSet(json)) {
            standardOutput() << QJsonDocument(
                                    metrics::toJson(rows, history.baseCurrency(), groupKey))
                                    .toJson(QJsonDocument::Indented);
        } else {
            standardOutput() << asText(rows, history.baseCurrency(), groupKey);
        }
        return Success;
    });
}

} // namespace tenure::app
