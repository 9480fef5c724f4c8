#pragma once

#include "bytesource.h"

#include <QString>

#include <cstdint>
#include <string_view>
#include <vector>

namespace tenure::import {

struct CsvDialect
{
    char delimiter = ',';
    bool hasHeader = true;
};

// One record (row) of a CSV file. The field views point into the reader's
// buffer and stay valid only until the reader's next call to next().
struct CsvRecord
{
    enum class Problem {
        None,
        UnterminatedQuote, // a quoted field still open at the end of the file
        TextAfterQuote,    // `"abc"def`: characters between a closing quote and the delimiter
    };

    std::vector<std::string_view> fields; // UTF-8, quotes removed and doubled quotes undone
    std::vector<std::int64_t> fieldLines; // the physical line each field starts on
    std::int64_t line = 0;                // the physical line the record starts on (1-based)
    Problem problem = Problem::None;
    int problemField = -1;

    int size() const { return static_cast<int>(fields.size()); }
    QString text(int field) const
    {
        const std::string_view view = fields[static_cast<std::size_t>(field)];
        return QString::fromUtf8(view.data(), static_cast<qsizetype>(view.size()));
    }
};

// A cell without the spaces and tabs around it.
inline std::string_view trimmedCell(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    return text;
}

// A streaming RFC 4180 reader over UTF-8 bytes: quoted fields may hold
// delimiters, line breaks and doubled quotes; records end with CRLF, LF or a
// lone CR; blank lines are skipped; physical line numbers are counted across
// line breaks inside quotes. It never guesses: a record with the wrong number
// of fields or broken quoting is handed on as read, for the caller to report.
//
// It works on bytes in a reusable buffer and allocates nothing per field, so
// a 130 MB export streams through a buffer of about 1 MB.
class CsvReader
{
public:
    CsvReader(ByteSource& source, CsvDialect dialect);

    // The next non-blank record; false at the end of the input.
    bool next(CsvRecord& record);

    // How far into the input the reader is, for progress.
    qint64 inputPosition() const { return m_source.position(); }
    qint64 inputSize() const { return m_source.size(); }

private:
    enum class Outcome { Record, Blank, NeedMore, End };
    struct Span
    {
        qsizetype begin;
        qsizetype end;
        std::int64_t line;
        bool escapedQuotes;
    };

    Outcome parse(CsvRecord& record);
    void fill();
    void publish(CsvRecord& record);

    ByteSource& m_source;
    CsvDialect m_dialect;
    std::vector<char> m_buffer;
    qsizetype m_pos = 0; // start of the unread data
    qsizetype m_end = 0; // end of the valid data
    bool m_eof = false;
    std::int64_t m_line = 1;
    std::vector<Span> m_spans;
};

} // namespace tenure::import
