#pragma once

#include "csvreader.h"

#include <QDate>
#include <QStringList>

#include <string>
#include <vector>

namespace tenure::import {

// A chart exported one column per date (Amplitude, a spreadsheet's pivot):
// the leading columns name the row (the segment), then a run of dates evenly
// one day or one week apart. Each cell is that row's value on that date.
struct WideDates
{
    int firstColumn = -1; // the first date column; -1: the file is not wide
    std::vector<QDate> dates;
    int periodDays = 0; // 1 or 7: the dates' spacing
    bool found() const { return firstColumn >= 0; }
};

// The trailing run of two or more evenly spaced date headers, after at least
// one named column; not found otherwise.
WideDates wideDates(const QStringList& headers);

// Turns a wide record into one record per date column: the file's own fields
// followed by that column's date (ISO), for the mapping's date field to read.
class WideRecords
{
public:
    explicit WideRecords(const WideDates& wide);
    const CsvRecord& forColumn(const CsvRecord& record, int column);

private:
    const WideDates& m_wide;
    std::vector<std::string> m_isoDates;
    CsvRecord m_record;
};

} // namespace tenure::import
