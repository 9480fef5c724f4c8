#include "linkedfiles.h"

#include "bytesource.h"

namespace tenure::import {

namespace {

std::string_view cell(const CsvRecord& record, int column)
{
    if (column < 0 || column >= record.size())
        return {};
    return trimmedCell(record.fields[static_cast<std::size_t>(column)]);
}

} // namespace

LinkedValues::LinkedValues(const FilePlan& lender, Field key, const std::vector<Field>& lends)
{
    auto input = openUtf8File(lender.path, lender.encoding);
    CsvReader reader(*input, lender.dialect);
    CsvRecord record;
    skipToData(reader, lender, record);
    const int keyColumn = lender.mapping.column(key);
    while (reader.next(record)) {
        const std::string_view id = cell(record, keyColumn);
        if (id.empty())
            continue;
        ++m_rows;
        std::vector<std::string> values;
        values.reserve(lends.size());
        for (Field field : lends) {
            std::string_view value = cell(record, lender.mapping.column(field));
            if (value.empty())
                value = cell(record, lender.mapping.otherwise(field));
            values.emplace_back(value);
        }
        m_values.insert_or_assign(std::string(id), std::move(values));
    }
}

const std::vector<std::string>* LinkedValues::find(std::string_view key) const
{
    const auto found = m_values.find(std::string(key));
    return found == m_values.end() ? nullptr : &found->second;
}

RecordJoiner::RecordJoiner(const std::vector<ResolvedLink>& links)
    : m_links(links)
{
}

bool RecordJoiner::join(const CsvRecord& record, const ResolvedLink** failed)
{
    m_joined.line = record.line;
    m_joined.fields = record.fields;
    m_joined.fieldLines = record.fieldLines;
    for (const ResolvedLink& link : m_links) {
        const std::string_view key = cell(record, link.keyColumn);
        const std::vector<std::string>* values = key.empty() ? nullptr : link.values->find(key);
        for (std::size_t i = 0; i < link.columns.size(); ++i) {
            const auto at = static_cast<std::size_t>(link.columns[i]);
            if (m_joined.fields.size() <= at) {
                m_joined.fields.resize(at + 1);
                m_joined.fieldLines.resize(at + 1, record.line);
            }
            m_joined.fields[at] = values ? std::string_view((*values)[i]) : std::string_view();
            m_joined.fieldLines[at] = record.line;
        }
        if (!values && !key.empty() && link.required) {
            *failed = &link;
            return false;
        }
    }
    return true;
}

} // namespace tenure::import
