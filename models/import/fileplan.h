#pragma once

#include "csvreader.h"
#include "dateparser.h"
#include "encoding.h"
#include "fieldmapping.h"
#include "reportlines.h"
#include "rowreader.h"
#include "widedates.h"

#include <QStringList>

#include <optional>

namespace tenure::store {
class Connection;
}

namespace tenure::import {

// What the user (or the command line) may decide instead of the detection.
struct ReadingChoices
{
    std::optional<Encoding> encoding;
    std::optional<char> delimiter;
    std::optional<bool> hasHeader;
    std::optional<Kind> kind;
    QString presetId;                         // empty: recognise from the headers
    QString source;                           // empty: the preset's source system
    std::optional<FieldMapping> mapping;      // the wizard's mapping, over the preset's
    DateOrder dateOrder = DateOrder::Unknown; // for columns whose values fit both orders
    std::optional<AmountUnits> units;         // --amounts major|minor
    std::optional<Interval> interval;         // --interval: where no column gives one
    std::optional<char> decimal;              // --decimal , or .: for every number column
    // --map "Account Owner=owner": a header read as one of Tenure's fields,
    // before the file is recognised.
    std::vector<std::pair<QString, Field>> columnMap;
    QString mappingName; // --mapping NAME: a mapping saved under that name
};

// A question the file leaves open, that the user must settle (the wizard
// asks; the command line refuses and names the option).
enum class OpenQuestion {
    AmountUnits,      // whole amounts of 1,000 and more: cents, or major units?
    BillingInterval,  // prices with no interval column and no billing term
    DecimalSeparator, // "1.234" alone: a thousand, or one and a bit?
};

// Everything detected about one file before it is imported: the wizard's
// first pages (encoding, delimiter, preset, preview, mapping) read this.
struct FilePlan
{
    QString path;
    Encoding encoding = Encoding::Utf8;
    CsvDialect dialect;
    QStringList headers;              // "Column 1", ... when the file has no header row
    std::vector<QStringList> preview; // the first records after the header
    int fileColumns = 0;              // the file's own columns (headers may gain lent ones)
    WideDates wide;                   // one column per date: each row is read once per date column
    int headerIndex = 0;              // records above the header: a report's title lines
    int headerRows = 1;               // 2 when a row under the header names the answers
    std::int64_t headerLine = 1;      // the header's physical line
    std::vector<SkippedLine> titleLines;
    std::int64_t estimatedRows = 0; // records after the header: the first megabyte's, scaled
    const Preset* preset = nullptr; // nullptr: no preset fits, map by hand
    bool mappingRemembered = false; // the mapping came from import_mappings
    Kind kind = Kind::Subscriptions;
    QString source;
    FieldMapping mapping;
    ColumnRules rules;
    bool kindKnown = false;           // a preset, a remembered mapping or --kind said what it holds
    std::vector<Field> missingFields; // required fields not mapped
    std::vector<OpenQuestion> questions;
    std::int64_t typicalAmount = 0; // the amounts' median, as written, when units are asked
    // A system's export the file looks like but does not fully match, and the
    // columns of it that are missing: never read silently as something else.
    const Preset* lookalike = nullptr;
    QStringList lookalikeMissing;
    QStringList problems; // what stops the import before it starts (unknown --map headers, ...)
    QStringList ambiguousDateColumns;   // headers whose date order the user must choose
    QStringList conflictingDateColumns; // mixing day-first and month-first, no order chosen
    QStringList unclearDecimalColumns;  // whose decimal separator the values cannot tell
};

// Detects, recognises and maps one file. Reads its first megabyte, and the
// whole of any date column whose order the first megabyte cannot settle.
// `book` (optional) offers mappings remembered for the same header row.
FilePlan inspectFile(const QString& path, const ReadingChoices& choices,
                     store::Connection* book = nullptr);

// The column whose header reads `header` (ignoring case, spaces, hyphens and underscores); -1.
int headerIndex(const QStringList& headers, const QString& header);

// Moves the reader past the title lines and the header, to the first data record.
void skipToData(CsvReader& reader, const FilePlan& plan, CsvRecord& record);

} // namespace tenure::import
