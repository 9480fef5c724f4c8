#include "csvreader.h"

#include <cstring>

namespace tenure::import {

namespace {

constexpr qsizetype kInitialBuffer = 1024 * 1024;
constexpr char kQuote = '"';

} // namespace

CsvReader::CsvReader(ByteSource& source, CsvDialect dialect)
    : m_source(source)
    , m_dialect(dialect)
    , m_buffer(static_cast<std::size_t>(kInitialBuffer))
{
}

bool CsvReader::next(CsvRecord& record)
{
    for (;;) {
        switch (parse(record)) {
        case Outcome::Record:
            publish(record);
            return true;
        case Outcome::Blank:
            continue;
        case Outcome::NeedMore:
            fill();
            continue;
        case Outcome::End:
            return false;
        }
    }
}

// Keeps the unread tail, grows the buffer when one record fills it, and reads on.
void CsvReader::fill()
{
    const qsizetype kept = m_end - m_pos;
    if (m_pos > 0 && kept > 0)
        std::memmove(m_buffer.data(), m_buffer.data() + m_pos, static_cast<std::size_t>(kept));
    m_pos = 0;
    m_end = kept;
    if (m_end == static_cast<qsizetype>(m_buffer.size()))
        m_buffer.resize(m_buffer.size() * 2);
    const qsizetype got =
        m_source.read(m_buffer.data() + m_end, static_cast<qsizetype>(m_buffer.size()) - m_end);
    if (got == 0)
        m_eof = true;
    m_end += got;
}

// Finds one record's fields without changing the buffer, so that a record cut
// by the end of the buffer can be parsed again from its start after fill().
CsvReader::Outcome CsvReader::parse(CsvRecord& record)
{
    const char* data = m_buffer.data();
    const char delimiter = m_dialect.delimiter;
    qsizetype p = m_pos;
    std::int64_t line = m_line;
    m_spans.clear();
    record.problem = CsvRecord::Problem::None;
    record.problemField = -1;
    bool quotedAny = false;

    for (;;) {
        const std::int64_t fieldLine = line;
        if (p == m_end) {
            if (!m_eof)
                return Outcome::NeedMore;
            if (m_spans.empty() && p == m_pos)
                return Outcome::End;
            m_spans.push_back({p, p, fieldLine, false}); // after a trailing delimiter
            break;
        }
        if (data[p] == kQuote) {
            quotedAny = true;
            const qsizetype begin = ++p;
            bool escaped = false;
            for (;;) {
                while (p < m_end && data[p] != kQuote) {
                    if (data[p] == '\n') {
                        ++line;
                    } else if (data[p] == '\r') {
                        if (p + 1 == m_end && !m_eof)
                            return Outcome::NeedMore;
                        if (p + 1 == m_end || data[p + 1] != '\n')
                            ++line;
                    }
                    ++p;
                }
                if (p == m_end) {
                    if (!m_eof)
                        return Outcome::NeedMore;
                    record.problem = CsvRecord::Problem::UnterminatedQuote;
                    record.problemField = static_cast<int>(m_spans.size());
                    m_spans.push_back({begin, p, fieldLine, escaped});
                    m_pos = p;
                    m_line = line;
                    record.line = m_spans.front().line;
                    return Outcome::Record;
                }
                if (p + 1 == m_end && !m_eof)
                    return Outcome::NeedMore;
                if (p + 1 < m_end && data[p + 1] == kQuote) {
                    escaped = true;
                    p += 2;
                    continue;
                }
                break;
            }
            m_spans.push_back({begin, p, fieldLine, escaped});
            ++p; // the closing quote
            if (p < m_end && data[p] != delimiter && data[p] != '\n' && data[p] != '\r') {
                if (record.problem == CsvRecord::Problem::None) {
                    record.problem = CsvRecord::Problem::TextAfterQuote;
                    record.problemField = static_cast<int>(m_spans.size()) - 1;
                }
                while (p < m_end && data[p] != delimiter && data[p] != '\n' && data[p] != '\r')
                    ++p;
            }
        } else {
            const qsizetype begin = p;
            while (p < m_end && data[p] != delimiter && data[p] != '\n' && data[p] != '\r')
                ++p;
            m_spans.push_back({begin, p, fieldLine, false});
        }

        if (p == m_end) {
            if (!m_eof)
                return Outcome::NeedMore;
            break;
        }
        const char terminator = data[p];
        if (terminator == delimiter) {
            ++p;
            continue;
        }
        if (terminator == '\r') {
            if (p + 1 == m_end && !m_eof)
                return Outcome::NeedMore;
            ++p;
            if (p < m_end && data[p] == '\n')
                ++p;
        } else {
            ++p;
        }
        ++line;
        break;
    }

    m_pos = p;
    m_line = line;
    const Span& first = m_spans.front();
    if (m_spans.size() == 1 && !quotedAny && first.begin == first.end)
        return Outcome::Blank;
    record.line = first.line;
    return Outcome::Record;
}

// Turns the spans into views, undoing doubled quotes in place: the record is
// complete, so the buffer under it is never parsed again.
void CsvReader::publish(CsvRecord& record)
{
    char* data = m_buffer.data();
    record.fields.resize(m_spans.size());
    record.fieldLines.resize(m_spans.size());
    for (std::size_t i = 0; i < m_spans.size(); ++i) {
        const Span& span = m_spans[i];
        qsizetype end = span.end;
        if (span.escapedQuotes) {
            qsizetype to = span.begin;
            for (qsizetype from = span.begin; from < span.end; ++from) {
                data[to++] = data[from];
                if (data[from] == kQuote && from + 1 < span.end && data[from + 1] == kQuote)
                    ++from;
            }
            end = to;
        }
        record.fields[i] =
            std::string_view(data + span.begin, static_cast<std::size_t>(end - span.begin));
        record.fieldLines[i] = span.line;
    }
}

} // namespace tenure::import
