#include "widedates.h"

#include "dateparser.h"

#include <algorithm>

namespace tenure::import {

WideDates wideDates(const QStringList& headers)
{
    WideDates wide;
    qsizetype first = headers.size();
    std::vector<QDate> dates;
    while (first > 1) {
        const QByteArray text = headers[first - 1].trimmed().toUtf8();
        // Bare numbers (years, Unix times) are never a chart's dates.
        if (std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
            break;
        const auto date =
            parseDate(std::string_view(text.constData(), text.size()), DateOrder::Unknown);
        if (!date)
            break;
        dates.insert(dates.begin(), *date);
        --first;
    }
    if (dates.size() < 2)
        return wide;
    const qint64 spacing = dates[0].daysTo(dates[1]);
    if (spacing != 1 && spacing != 7)
        return wide;
    for (std::size_t i = 2; i < dates.size(); ++i) {
        if (dates[i - 1].daysTo(dates[i]) != spacing)
            return wide;
    }
    wide.firstColumn = static_cast<int>(first);
    wide.dates = std::move(dates);
    wide.periodDays = static_cast<int>(spacing);
    return wide;
}

WideRecords::WideRecords(const WideDates& wide)
    : m_wide(wide)
{
    for (const QDate& date : wide.dates)
        m_isoDates.push_back(date.toString(Qt::ISODate).toStdString());
}

const CsvRecord& WideRecords::forColumn(const CsvRecord& record, int column)
{
    m_record.fields.assign(record.fields.begin(), record.fields.end());
    m_record.fieldLines.assign(record.fieldLines.begin(), record.fieldLines.end());
    m_record.fields.resize(static_cast<std::size_t>(m_wide.firstColumn) + m_wide.dates.size());
    m_record.fieldLines.resize(m_record.fields.size(), record.line);
    m_record.fields.push_back(m_isoDates[static_cast<std::size_t>(column - m_wide.firstColumn)]);
    m_record.fieldLines.push_back(record.line);
    m_record.line = record.line;
    m_record.problem = record.problem;
    m_record.problemField = record.problemField;
    return m_record;
}

} // namespace tenure::import
