#include "typedpreview.h"

#include "interval.h"
#include "metrics/currency.h"
#include "rowbuilders.h"

#include <QCoreApplication>

#include <string>

namespace tenure::import {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::import::TypedPreview)
};

QString major(std::int64_t minor, int digits)
{
    double scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    return QString::number(static_cast<double>(minor) / scale, 'f', digits);
}

QString typedValue(RowReader& reader, Field field, int digits)
{
    switch (fieldSpec(field).type) {
    case FieldType::Date:
        if (const auto date = reader.date(field, false))
            return date->toString(Qt::ISODate);
        break;
    case FieldType::Amount:
        if (const auto minor = reader.minorAmount(field, digits, false))
            return major(*minor, digits);
        break;
    case FieldType::Number:
        if (const auto number = reader.number(field, false))
            return QString::number(number->toDouble(), 'g', 12);
        break;
    case FieldType::Interval:
        if (const auto interval = reader.interval(field, Field::IntervalCount))
            return QStringLiteral("%1 %2")
                .arg(interval->count)
                .arg(QLatin1String(interval->unitName()));
        break;
    case FieldType::Text:
    case FieldType::Status:
    case FieldType::Currency:
        break;
    }
    const std::string_view text = reader.text(field);
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString rejections(const std::vector<Rejection>& rejected)
{
    QStringList reasons;
    for (const Rejection& rejection : rejected)
        reasons.append(rejection.columnName.isEmpty()
                           ? rejection.reason
                           : QStringLiteral("%1: %2").arg(rejection.columnName, rejection.reason));
    return reasons.join(QStringLiteral("; "));
}

} // namespace

std::vector<TypedPreviewRow> typedPreview(const FilePlan& plan, const QString& baseCurrency,
                                          int rows)
{
    std::vector<TypedPreviewRow> typed;
    const BuildContext context{plan.source, plan.kind, baseCurrency};
    WideRecords wide(plan.wide); // a wide file's row is shown as read for its first date
    for (int i = 0; i < rows && i < static_cast<int>(plan.preview.size()); ++i) {
        const QStringList& cells = plan.preview[static_cast<std::size_t>(i)];
        std::vector<std::string> storage;
        for (const QString& cell : cells)
            storage.push_back(cell.toStdString());
        CsvRecord record;
        // A record may span lines: a guide, not a promise.
        record.line = plan.headerLine + plan.headerRows + i;
        for (const std::string& cell : storage) {
            record.fields.emplace_back(cell);
            record.fieldLines.push_back(record.line);
        }
        if (plan.wide.found() && plan.fileColumns > plan.wide.firstColumn)
            record = wide.forColumn(record, plan.wide.firstColumn);
        TypedPreviewRow row;
        row.line = record.line;
        {
            RowReader reader(plan.mapping, plan.headers, plan.rules, QString());
            reader.start(record);
            const std::string_view written = reader.text(Field::Currency);
            const int digits = metrics::minorUnitDigits(
                written.size() == 3 ? QString::fromLatin1(written.data(), 3).toUpper()
                                    : baseCurrency);
            for (Field field : kindFields(plan.kind)) {
                if (plan.mapping.has(field))
                    row.values.emplace_back(field, typedValue(reader, field, digits));
            }
        }
        RowReader reader(plan.mapping, plan.headers, plan.rules, QString());
        reader.start(record);
        if (plan.kind == Kind::Subscriptions || plan.kind == Kind::Invoices) {
            TextArena text;
            PeriodRow period;
            const Built built = buildPeriod(reader, context, text, period);
            if (built == Built::Row) {
                const QString currency = QString::fromLatin1(period.currency, 3);
                row.mrr = QStringLiteral("%1 %2").arg(
                    major(period.mrrMinor, metrics::minorUnitDigits(currency)), currency);
            } else if (built == Built::Ignored) {
                row.outcome = Messages::tr("skipped: not recurring revenue");
            }
        }
        if (!reader.ok())
            row.outcome = rejections(reader.rejections());
        typed.push_back(std::move(row));
    }
    return typed;
}

} // namespace tenure::import
