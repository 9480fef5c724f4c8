#pragma once

#include "csvreader.h"
#include "fileplan.h"

#include <QString>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace tenure::import {

// The values one file of an export lends to another's rows by a shared id
// (PresetLink): ChartMogul's invoices give each line item its customer and
// currency, its plans file the plan's name. Read whole before the import.
class LinkedValues
{
public:
    // Reads the lending file: for every row, its `key` and the `lends` fields.
    LinkedValues(const FilePlan& lender, Field key, const std::vector<Field>& lends);

    // The lent values of the row whose key this is, in the order of `lends`; nullptr.
    const std::vector<std::string>* find(std::string_view key) const;
    std::int64_t rows() const { return m_rows; }

private:
    std::unordered_map<std::string, std::vector<std::string>> m_values;
    std::int64_t m_rows = 0;
};

// A link of a file's plan resolved against the other files of the import:
// the lent values, and the columns they take beyond the file's own.
struct ResolvedLink
{
    Field key;
    int keyColumn = -1;       // this file's column holding the id
    QString lenderFile;       // its name, for messages
    std::vector<int> columns; // per lent field: its column index in the joined record
    bool required = true;     // a key the lender lacks rejects the row
    std::shared_ptr<const LinkedValues> values;
};

// Makes a record of the file's own fields followed by the lent ones. Returns
// false, naming the link, when a row's key is not in the lending file.
class RecordJoiner
{
public:
    explicit RecordJoiner(const std::vector<ResolvedLink>& links);
    bool join(const CsvRecord& record, const ResolvedLink** failed);
    const CsvRecord& joined() const { return m_joined; }

private:
    const std::vector<ResolvedLink>& m_links;
    CsvRecord m_joined;
};

} // namespace tenure::import
