#pragma once

#include "csvreader.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <deque>
#include <string>
#include <vector>

namespace tenure::import {

// A line the import passed over on purpose, and why: a report's title above
// the header, a total, a repeated header, a footer. Listed, never rejected.
struct SkippedLine
{
    std::int64_t line = 0; // physical, 1-based
    QString reason;        // translated
};

// Where the header is when a spreadsheet or a report put title lines above
// it ("Subscriptions report", "Generated 2024-06-30", a blank-celled line):
// the first of the leading records that is as wide as the widest of them and
// reads as column names. `records` are the file's first records.
struct HeaderLocation
{
    int index = 0; // the header's record index; the records before it are titles
    bool found = false;
};
HeaderLocation locateHeader(const std::vector<QStringList>& records);

// SurveyMonkey's expanded export writes a second header row: "Response"
// under a question with one answer, "Open-Ended Response" under a text, and
// each option's label under a multiple choice (whose question heads only its
// first column). When `below` is such a row, `headers` become one name per
// column ("Question - Option") and true is returned.
bool mergeAnswerRow(QStringList& headers, const QStringList& below);

// What a record inside the data is, besides a row.
enum class LineKind {
    Data,
    RepeatedHeader, // the header again (files concatenated, a report's page break)
    Total,          // "Total", "Grand total", "Subtotal", "Итого", "合计" with no id
    FooterCandidate // one filled cell: a footer when only such lines follow it
};

class ReportLines
{
public:
    // `idColumns` are the columns that identify a row (customer id, row id):
    // a total never has its own id.
    ReportLines(const QStringList& headers, std::vector<int> idColumns);

    LineKind classify(const CsvRecord& record) const;
    static QString reason(LineKind kind);

private:
    bool repeatsHeader(const CsvRecord& record) const;

    QStringList m_normalisedHeaders;
    std::string m_firstHeader; // as written, trimmed
    std::vector<int> m_idColumns;
};

// Footers can only be told from bad rows by what follows: a line of one
// filled cell is held until a real row comes (then it was a row, and is read
// as one) or the file ends (then it was a footer). Holds copies, since a
// record's fields point into the reader's buffer.
class HeldLines
{
public:
    void hold(const CsvRecord& record);
    bool empty() const { return m_held.empty(); }
    std::size_t size() const { return m_held.size(); }
    // The held records, oldest first; each valid until the next call.
    const CsvRecord& front();
    void popFront() { m_held.pop_front(); }
    std::int64_t frontLine() const { return m_held.front().line; }

private:
    struct Held
    {
        std::vector<std::string> fields;
        std::vector<std::int64_t> fieldLines;
        std::int64_t line = 0;
    };
    std::deque<Held> m_held;
    CsvRecord m_view;
};

} // namespace tenure::import
