#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace tenure::import {

// A row that was not imported, and why: enough for the user to find and fix it.
struct Rejection
{
    QString file;          // the file name, without its folder
    std::int64_t line = 0; // physical line where the value starts (1-based)
    int column = 0;        // 1-based; 0 when the whole row is at fault
    QString columnName;
    QString value;
    QString reason; // translated

    // "file:line:column: reason", as compilers print it.
    QString toText() const;
};

// The rejected rows as CSV (file,line,column,column_name,value,reason), for
// the user to open in a spreadsheet.
QByteArray rejectionsCsv(const std::vector<Rejection>& rejections);

} // namespace tenure::import
