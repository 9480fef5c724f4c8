#include "dialectsniffer.h"

#include "widedates.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>
#include <map>

namespace tenure::import {

namespace {

constexpr std::array<char, 4> kDelimiters{',', ';', '\t', '|'};
constexpr int kSniffRecords = 100;

struct Consistency
{
    int columns = 0;  // the most common field count
    double share = 0; // of records having it
};

Consistency consistencyOf(QByteArrayView sample, char delimiter, bool complete)
{
    MemorySource source(sample);
    CsvReader reader(source, {delimiter, false});
    CsvRecord record;
    std::vector<int> counts;
    while (counts.size() < kSniffRecords && reader.next(record))
        counts.push_back(record.size());
    if (!complete && counts.size() > 1 && reader.inputPosition() >= sample.size())
        counts.pop_back(); // probably cut by the end of the sample
    if (counts.empty())
        return {};
    std::map<int, int> frequency;
    for (int count : counts)
        ++frequency[count];
    const auto mode =
        std::max_element(frequency.begin(), frequency.end(),
                         [](const auto& a, const auto& b) { return a.second < b.second; });
    return {mode->first, static_cast<double>(mode->second) / static_cast<double>(counts.size())};
}

bool isNumberOrDate(const QString& text)
{
    static const QRegularExpression numeric(QStringLiteral(R"(^[\s$€£¥+\-(]*[\d.,:/\s-]+[)%]?$)"));
    return numeric.match(text).hasMatch();
}

} // namespace

CsvDialect sniffDialect(QByteArrayView utf8Sample, bool complete)
{
    CsvDialect best;
    Consistency bestConsistency;
    for (char delimiter : kDelimiters) {
        const Consistency consistency = consistencyOf(utf8Sample, delimiter, complete);
        if (consistency.columns < 2)
            continue;
        // Steadier field counts win; among equally steady ones, more fields (a
        // decimal comma splits fields but not the header, so it loses on steadiness).
        const bool better = consistency.share > bestConsistency.share + 1e-9 ||
                            (consistency.share > bestConsistency.share - 1e-9 &&
                             consistency.columns > bestConsistency.columns);
        if (better) {
            best.delimiter = delimiter;
            bestConsistency = consistency;
        }
    }
    const auto first = sampleRecords(utf8Sample, best, 1);
    best.hasHeader = !first.empty() && looksLikeHeader(first.front());
    return best;
}

bool looksLikeHeader(const QStringList& firstRecord)
{
    QStringList names = firstRecord;
    while (names.size() > 1 && names.last().trimmed().isEmpty())
        names.removeLast(); // a trailing delimiter
    // A chart's dates head its value columns (one column per date).
    if (const WideDates wide = wideDates(names); wide.found())
        names = names.mid(0, wide.firstColumn);
    // A name given twice still makes a header ("mrr,mrr"): the import then
    // says which name repeats, rather than reading the names as a row.
    for (const QString& field : names) {
        const QString name = field.trimmed().toLower();
        if (name.isEmpty() || isNumberOrDate(name))
            return false;
    }
    return !names.isEmpty();
}

std::vector<QStringList> sampleRecords(QByteArrayView utf8Sample, CsvDialect dialect, int limit)
{
    MemorySource source(utf8Sample);
    CsvReader reader(source, dialect);
    CsvRecord record;
    std::vector<QStringList> records;
    while (static_cast<int>(records.size()) < limit && reader.next(record)) {
        QStringList fields;
        for (int i = 0; i < record.size(); ++i)
            fields.append(record.text(i));
        records.push_back(fields);
    }
    return records;
}

std::int64_t countRecords(QByteArrayView utf8Sample, CsvDialect dialect)
{
    MemorySource source(utf8Sample);
    CsvReader reader(source, dialect);
    CsvRecord record;
    std::int64_t records = 0;
    while (reader.next(record))
        ++records;
    return records;
}

QByteArray utf8Head(const QByteArray& head, Encoding encoding)
{
    Utf8Source source(std::make_unique<MemorySource>(head), encoding);
    QByteArray utf8;
    std::array<char, 64 * 1024> chunk{};
    while (const qsizetype got = source.read(chunk.data(), chunk.size()))
        utf8.append(chunk.data(), got);
    return utf8;
}

} // namespace tenure::import
