#pragma once

#include "csvreader.h"

#include <QByteArrayView>
#include <QStringList>

namespace tenure::import {

// Guesses the delimiter and whether the first record is a header from the
// first part of a file (UTF-8). `complete` says the sample is the whole file,
// so its last record is not cut short.
CsvDialect sniffDialect(QByteArrayView utf8Sample, bool complete);

// A header row is made of non-empty names, none of them a number or a date.
bool looksLikeHeader(const QStringList& firstRecord);

// Up to `limit` records of a UTF-8 sample, as text: the wizard's preview.
std::vector<QStringList> sampleRecords(QByteArrayView utf8Sample, CsvDialect dialect, int limit);
// How many records the sample holds (a cut-off last one included).
std::int64_t countRecords(QByteArrayView utf8Sample, CsvDialect dialect);

// The first `bytes` of a file converted to UTF-8.
QByteArray utf8Head(const QByteArray& head, Encoding encoding);

} // namespace tenure::import
