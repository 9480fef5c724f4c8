#include "importinspection.h"

#include "commandsupport.h"
#include "import/planchecks.h"
#include "import/typedpreview.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tenure::app {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::app::Command)
};

constexpr int kRowsShown = 5;

QString columnField(const import::FilePlan& plan, int column)
{
    QStringList fields;
    for (int i = 0; i < import::kFieldCount; ++i) {
        const auto field = static_cast<import::Field>(i);
        if (plan.mapping.column(field) == column)
            fields.append(QLatin1String(import::fieldSpec(field).key));
        else if (plan.mapping.otherwise(field) == column)
            fields.append(Messages::tr("%1 (where the other is empty)")
                              .arg(QLatin1String(import::fieldSpec(field).key)));
    }
    return fields.isEmpty() ? Messages::tr("(not read)") : fields.join(QStringLiteral(", "));
}

QString unitsText(const import::FilePlan& plan)
{
    return plan.rules.units == import::AmountUnits::Minor ? Messages::tr("minor units (cents)")
                                                          : Messages::tr("major units");
}

} // namespace

void printInspection(const import::FilePlan& plan, const QString& baseCurrency, QTextStream& out)
{
    out << QFileInfo(plan.path).fileName() << '\n';
    out << "  " << Messages::tr("encoding: %1").arg(import::encodingName(plan.encoding)) << '\n';
    out << "  "
        << Messages::tr("delimiter: %1")
               .arg(plan.dialect.delimiter == '\t' ? QStringLiteral("tab")
                                                   : QString(QLatin1Char(plan.dialect.delimiter)))
        << '\n';
    out << "  "
        << (!plan.dialect.hasHeader ? Messages::tr("header: none")
            : plan.headerRows == 2
                ? Messages::tr("header: lines %1 and %2 (the answers named under the questions)")
                      .arg(plan.headerLine)
                      .arg(plan.headerLine + 1)
                : Messages::tr("header: line %1").arg(plan.headerLine))
        << '\n';
    for (const import::SkippedLine& title : plan.titleLines)
        out << "  " << Messages::tr("line %1 passed over: %2").arg(title.line).arg(title.reason)
            << '\n';
    const QString readAs =
        plan.mappingRemembered ? Messages::tr("a mapping saved in the book")
        : plan.preset ? QCoreApplication::translate("tenure::import::Preset", plan.preset->label)
                      : Messages::tr("no preset");
    out << "  "
        << Messages::tr("read as: %1 (%2), amounts in %3")
               .arg(readAs, import::kindName(plan.kind), unitsText(plan))
        << '\n';
    if (plan.wide.found()) {
        out << "  "
            << Messages::tr("one column per date: columns %1 to %2 (%3 to %4) each give a row of "
                            "%n day(s) per account, dated by their header",
                            nullptr, plan.wide.periodDays)
                   .arg(plan.wide.firstColumn + 1)
                   .arg(plan.fileColumns)
                   .arg(plan.wide.dates.front().toString(Qt::ISODate),
                        plan.wide.dates.back().toString(Qt::ISODate))
            << '\n';
    }
    out << "  " << Messages::tr("columns:") << '\n';
    QList<QStringList> table;
    for (int column = 0; column < plan.headers.size(); ++column) {
        const bool dated =
            plan.wide.found() && column >= plan.wide.firstColumn && column < plan.fileColumns;
        table.append({QStringLiteral("    %1").arg(column + 1), plan.headers[column],
                      QStringLiteral("→"),
                      dated ? QLatin1String(import::fieldSpec(import::Field::ActiveUsers).key)
                            : columnField(plan, column)});
    }
    out << formatTable(table);
    const auto rows = import::typedPreview(plan, baseCurrency, kRowsShown);
    if (!rows.empty())
        out << "  " << Messages::tr("first rows, as read:") << '\n';
    for (const import::TypedPreviewRow& row : rows) {
        QStringList values;
        for (const auto& [field, value] : row.values)
            values.append(
                QStringLiteral("%1=%2").arg(QLatin1String(import::fieldSpec(field).key), value));
        out << "    " << Messages::tr("line %1:").arg(row.line) << ' '
            << values.join(QStringLiteral(", "));
        if (!row.mrr.isEmpty())
            out << "; " << Messages::tr("MRR %1").arg(row.mrr);
        if (!row.outcome.isEmpty())
            out << "; " << row.outcome;
        out << '\n';
    }
    const QStringList problems = import::planProblems(plan);
    if (problems.isEmpty())
        out << "  " << Messages::tr("nothing missing: the file can be imported") << '\n';
    for (const QString& problem : problems)
        out << "  " << Messages::tr("to settle: %1").arg(problem) << '\n';
}

} // namespace tenure::app
