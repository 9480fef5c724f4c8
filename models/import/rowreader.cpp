#include "rowreader.h"

#include <QCoreApplication>

#include <algorithm>

namespace tenure::import {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::import::RowReader)
};

QString fromUtf8(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace

RowReader::RowReader(const FieldMapping& mapping, const QStringList& headers,
                     const ColumnRules& rules, QString fileName)
    : m_mapping(mapping)
    , m_headers(headers)
    , m_rules(rules)
    , m_fileName(std::move(fileName))
{
}

void RowReader::start(const CsvRecord& record)
{
    m_record = &record;
    m_ok = true;
}

std::string_view RowReader::text(Field field) const
{
    const std::string_view own = cell(m_mapping.column(field));
    return own.empty() ? cell(m_mapping.otherwise(field)) : own;
}

std::string_view RowReader::cell(int column) const
{
    if (column < 0 || column >= m_record->size())
        return {};
    return trimmedCell(m_record->fields[static_cast<std::size_t>(column)]);
}

void RowReader::reject(Field field, const QString& reason)
{
    const int column = m_mapping.column(field);
    Rejection rejection;
    rejection.file = m_fileName;
    rejection.line = m_record->line;
    if (column >= 0 && column < m_record->size())
        rejection.line = m_record->fieldLines[static_cast<std::size_t>(column)];
    rejection.column = column + 1;
    rejection.columnName = column >= 0 && column < m_headers.size()
                               ? m_headers[column]
                               : QString::fromLatin1(fieldSpec(field).key);
    rejection.value = fromUtf8(text(field));
    rejection.reason = reason;
    m_rejections.push_back(std::move(rejection));
    m_ok = false;
}

void RowReader::rejectColumn(int column, const QString& reason)
{
    Rejection rejection;
    rejection.file = m_fileName;
    rejection.line = m_record->fieldLines[static_cast<std::size_t>(column)];
    rejection.column = column + 1;
    rejection.columnName = m_headers.value(column);
    // Enough of the value to find it: a rejected value may be megabytes long.
    constexpr std::size_t kShownBytes = 200;
    const std::string_view value = m_record->fields[static_cast<std::size_t>(column)];
    rejection.value = value.size() > kShownBytes
                          ? QString::fromUtf8(value.substr(0, kShownBytes)) + QChar(0x2026)
                          : QString::fromUtf8(value);
    rejection.reason = reason;
    m_rejections.push_back(std::move(rejection));
    m_ok = false;
}

void RowReader::rejectRow(const QString& reason)
{
    Rejection rejection;
    rejection.file = m_fileName;
    rejection.line = m_record->line;
    rejection.reason = reason;
    m_rejections.push_back(std::move(rejection));
    m_ok = false;
}

std::optional<QDate> RowReader::date(Field field, bool required)
{
    const std::string_view value = text(field);
    if (value.empty()) {
        if (required)
            reject(field, Messages::tr("%1 is missing").arg(fieldLabel(field)));
        return std::nullopt;
    }
    const auto order = m_rules.dateOrder[static_cast<std::size_t>(field)];
    const auto parsed = parseDate(value, order);
    if (!parsed) {
        reject(field, Messages::tr("%1: \"%2\" is not a date this column's format can read")
                          .arg(fieldLabel(field), fromUtf8(value)));
    }
    return parsed;
}

std::optional<Decimal> RowReader::number(Field field, bool required)
{
    const std::string_view value = text(field);
    if (value.empty()) {
        if (required)
            reject(field, Messages::tr("%1 is missing").arg(fieldLabel(field)));
        return std::nullopt;
    }
    const auto parsed =
        parseDecimal(value, m_rules.decimalSeparator[static_cast<std::size_t>(field)]);
    if (!parsed) {
        // Digits that do not fit (1e308, twenty nines) are a number too large, not "not a number".
        const bool numeric = std::all_of(value.begin(), value.end(), [](char c) {
            return (c >= '0' && c <= '9') || c == 'e' || c == 'E' || c == '+' || c == '-' ||
                   c == '.' || c == ',';
        });
        reject(field, numeric ? Messages::tr("%1: \"%2\" is too large a number")
                                    .arg(fieldLabel(field), fromUtf8(value))
                              : Messages::tr("%1: \"%2\" is not a number")
                                    .arg(fieldLabel(field), fromUtf8(value)));
    }
    return parsed;
}

std::optional<std::int64_t> RowReader::minorAmount(Field field, int minorDigits, bool required)
{
    // Beyond any subscription's price, and small enough that a million rows
    // of it still add up within 64 bits.
    constexpr std::int64_t kLargestMinor = 1'000'000'000'000;
    const auto value = number(field, required);
    if (!value)
        return std::nullopt;
    auto minor = toMinorUnits(*value, minorDigits, m_rules.units);
    if (minor && (*minor > kLargestMinor || *minor < -kLargestMinor)) {
        reject(field, Messages::tr("%1: \"%2\" is larger than any amount Tenure takes")
                          .arg(fieldLabel(field), fromUtf8(text(field))));
        return std::nullopt;
    }
    if (!minor) {
        reject(field, m_rules.units == AmountUnits::Minor
                          ? Messages::tr("%1: \"%2\" should be whole minor units (cents)")
                                .arg(fieldLabel(field), fromUtf8(text(field)))
                          : Messages::tr("%1: \"%2\" is out of range")
                                .arg(fieldLabel(field), fromUtf8(text(field))));
    }
    return minor;
}

std::optional<Interval> RowReader::interval(Field intervalField, Field countField)
{
    int count = 1;
    if (!isEmpty(countField)) {
        const auto value = number(countField, false);
        if (!value)
            return std::nullopt;
        if (value->scale != 0 || value->mantissa <= 0 || value->mantissa > 1000) {
            reject(
                countField,
                Messages::tr("%1 must be a whole number above zero").arg(fieldLabel(countField)));
            return std::nullopt;
        }
        count = static_cast<int>(value->mantissa);
    }
    const std::string_view unit = text(intervalField);
    if (unit.empty())
        return Interval{Interval::Unit::Month, count};
    const auto parsed = parseInterval(fromUtf8(unit), count);
    if (!parsed) {
        reject(intervalField, Messages::tr("%1: \"%2\" is not a billing interval (day, week, "
                                           "month, year, quarterly, ...)")
                                  .arg(fieldLabel(intervalField), fromUtf8(unit)));
    }
    return parsed;
}

} // namespace tenure::import
