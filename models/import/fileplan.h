#pragma once

#include "csvreader.h"
#include "dateparser.h"
#include "encoding.h"
#include "fieldmapping.h"
#include "rowreader.h"

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
    std::int64_t estimatedRows = 0;   // records after the header: the first megabyte's, scaled
    const Preset* preset = nullptr;   // nullptr: no preset fits, map by hand
    bool mappingRemembered = false;   // the mapping came from import_mappings
    Kind kind = Kind::Subscriptions;
    QString source;
    FieldMapping mapping;
    ColumnRules rules;
    std::vector<Field> missingFields;   // required fields not mapped
    QStringList ambiguousDateColumns;   // headers whose date order the user must choose
    QStringList conflictingDateColumns; // mixing day-first and month-first, no order chosen
};

// Detects, recognises and maps one file. Reads its first megabyte, and the
// whole of any date column whose order the first megabyte cannot settle.
// `book` (optional) offers mappings remembered for the same header row.
FilePlan inspectFile(const QString& path, const ReadingChoices& choices,
                     store::Connection* book = nullptr);

} // namespace tenure::import
