#pragma once

#include "amountparser.h"
#include "csvreader.h"
#include "dateparser.h"
#include "fieldmapping.h"
#include "interval.h"
#include "rejection.h"

#include <array>
#include <optional>
#include <string_view>

namespace tenure::import {

// How a file's columns are read, decided once per file from its values.
struct ColumnRules
{
    std::array<DateOrder, kFieldCount> dateOrder{};
    std::array<char, kFieldCount> decimalSeparator{};
    AmountUnits units = AmountUnits::Major;
    // Every row's billing interval where no column or current term gives one
    // (--interval); none: such a row is refused, never read as monthly.
    std::optional<Interval> interval;
    // Usage: the days a row covers where no column says (settleUsagePeriod).
    std::optional<int> periodDays;
    ColumnRules() { decimalSeparator.fill('.'); }
};

// Reads one record's fields through a mapping, and collects what is wrong
// with them as rejections naming the line, column, value and reason.
class RowReader
{
public:
    RowReader(const FieldMapping& mapping, const QStringList& headers, const ColumnRules& rules,
              QString fileName);

    void start(const CsvRecord& record);

    bool has(Field field) const { return m_mapping.has(field); }
    // The trimmed text, empty when the field is not mapped or the cell is missing.
    std::string_view text(Field field) const;
    bool isEmpty(Field field) const { return text(field).empty(); }

    // Each reports a rejection when the value cannot be read, or is missing
    // while required; nullopt then, and also for an empty optional value.
    std::optional<QDate> date(Field field, bool required);
    std::optional<Decimal> number(Field field, bool required);
    std::optional<std::int64_t> minorAmount(Field field, int minorDigits, bool required);
    std::optional<Interval> interval(Field intervalField, Field countField);

    void reject(Field field, const QString& reason);
    void rejectRow(const QString& reason);
    void rejectColumn(int column, const QString& reason); // 0-based
    bool ok() const { return m_ok; }
    std::int64_t line() const { return m_record ? m_record->line : 0; }
    std::vector<Rejection> takeRejections() { return std::exchange(m_rejections, {}); }
    const std::vector<Rejection>& rejections() const { return m_rejections; }

    const ColumnRules& rules() const { return m_rules; }

private:
    std::string_view cell(int column) const;

    const FieldMapping& m_mapping;
    const QStringList& m_headers;
    const ColumnRules& m_rules;
    QString m_fileName;
    const CsvRecord* m_record = nullptr;
    bool m_ok = true;
    std::vector<Rejection> m_rejections;
};

} // namespace tenure::import
