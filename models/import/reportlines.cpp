#include "reportlines.h"

#include "dialectsniffer.h"
#include "fieldmapping.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace tenure::import {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::import::ReportLines)
};

// Headers are sought among this many leading records.
constexpr int kTitleLinesAtMost = 30;

int filledCells(const QStringList& record)
{
    return static_cast<int>(std::count_if(record.begin(), record.end(), [](const QString& cell) {
        return !cell.trimmed().isEmpty();
    }));
}

// Whether at most one cell is filled: a row's first two cells usually answer.
bool atMostOneFilled(const CsvRecord& record)
{
    int filled = 0;
    for (std::string_view field : record.fields) {
        if (field.find_first_not_of(" \t") != std::string_view::npos && ++filled > 1)
            return false;
    }
    return true;
}

// A cell as a total word is compared: trimmed, and without a trailing colon or full stop.
std::string_view trimmedBytes(std::string_view text)
{
    text = trimmedCell(text);
    while (!text.empty() && (text.back() == ':' || text.back() == '.'))
        text.remove_suffix(1);
    return trimmedCell(text);
}

// What spreadsheets and report tools write in a total row's first cells.
// Compared as bytes, ASCII letters in any case: this runs on every row of a
// million-row import, so no text is converted.
bool isTotalWord(std::string_view cell)
{
    static constexpr std::array<std::string_view, 16> words{
        "total", "totals", "grand total", "subtotal", "sub-total", "sum",   "gesamt", "summe",
        "итого", "Итого",  "ИТОГО",       "всего",    "Всего",     "ВСЕГО", "合计",   "总计"};
    const std::string_view text = trimmedBytes(cell);
    if (text.empty() || text.size() > 12)
        return false;
    // Every word starts with one of these bytes (the last three lead Cyrillic and CJK).
    constexpr std::string_view firstBytes = "tTgGsS\xD0\xE5\xE6";
    if (firstBytes.find(text.front()) == std::string_view::npos)
        return false;
    std::array<char, 12> lower{};
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        lower[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    const std::string_view folded(lower.data(), text.size());
    return std::find(words.begin(), words.end(), folded) != words.end();
}

} // namespace

HeaderLocation locateHeader(const std::vector<QStringList>& records)
{
    const int leading = std::min(static_cast<int>(records.size()), kTitleLinesAtMost);
    int widest = 0;
    for (int i = 0; i < leading; ++i)
        widest = std::max(widest, filledCells(records[static_cast<std::size_t>(i)]));
    // A header names (nearly) every column; a title fills one or two cells.
    const int wanted = std::max(2, widest - widest / 4);
    for (int i = 0; i < leading; ++i) {
        const QStringList& record = records[static_cast<std::size_t>(i)];
        if (filledCells(record) < wanted)
            continue;
        if (!looksLikeHeader(record))
            return {}; // the first full record is data: the file has no header row
        return {i, true};
    }
    return {};
}

bool mergeAnswerRow(QStringList& headers, const QStringList& below)
{
    const auto isMarker = [](const QString& cell) {
        const QString name = normaliseHeader(cell);
        return name == u"response" || name == u"openendedresponse";
    };
    if (below.isEmpty() || !below.front().trimmed().isEmpty() ||
        std::none_of(below.begin(), below.end(), isMarker))
        return false;
    QString question;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (!headers[i].trimmed().isEmpty())
            question = headers[i];
        const QString answer = below.value(i).trimmed();
        if (!answer.isEmpty() && !isMarker(answer))
            headers[i] = question + QStringLiteral(" - ") + answer;
    }
    return true;
}

ReportLines::ReportLines(const QStringList& headers, std::vector<int> idColumns)
    : m_idColumns(std::move(idColumns))
{
    for (const QString& header : headers)
        m_normalisedHeaders.append(normaliseHeader(header));
    if (!headers.isEmpty())
        m_firstHeader = headers.front().trimmed().toUtf8().toStdString();
}

bool ReportLines::repeatsHeader(const CsvRecord& record) const
{
    // The first cell decides cheaply; only then are all cells compared.
    const auto columns = static_cast<int>(m_normalisedHeaders.size());
    if (columns == 0 || record.size() < columns ||
        trimmedBytes(record.fields.front()).size() != trimmedBytes(m_firstHeader).size())
        return false;
    for (int i = 0; i < columns; ++i) {
        const std::string_view field = record.fields[static_cast<std::size_t>(i)];
        const QString text = QString::fromUtf8(field.data(), static_cast<qsizetype>(field.size()));
        if (normaliseHeader(text) != m_normalisedHeaders[i])
            return false;
    }
    return true;
}

LineKind ReportLines::classify(const CsvRecord& record) const
{
    if (m_normalisedHeaders.size() >= 3 && atMostOneFilled(record))
        return LineKind::FooterCandidate;
    if (repeatsHeader(record))
        return LineKind::RepeatedHeader;
    const bool hasId = std::any_of(m_idColumns.begin(), m_idColumns.end(), [&](int column) {
        if (column < 0 || column >= record.size())
            return false;
        const std::string_view id = record.fields[static_cast<std::size_t>(column)];
        return !trimmedBytes(id).empty() && !isTotalWord(id);
    });
    if (hasId)
        return LineKind::Data;
    for (int i = 0; i < std::min(record.size(), 3); ++i) {
        if (isTotalWord(record.fields[static_cast<std::size_t>(i)]))
            return LineKind::Total;
    }
    return LineKind::Data;
}

QString ReportLines::reason(LineKind kind)
{
    switch (kind) {
    case LineKind::RepeatedHeader:
        return Messages::tr("The header row again");
    case LineKind::Total:
        return Messages::tr("A total row");
    case LineKind::FooterCandidate:
        return Messages::tr("A footer line below the data");
    case LineKind::Data:
        break;
    }
    return {};
}

void HeldLines::hold(const CsvRecord& record)
{
    Held held;
    held.line = record.line;
    held.fieldLines = record.fieldLines;
    held.fields.reserve(record.fields.size());
    for (std::string_view field : record.fields)
        held.fields.emplace_back(field);
    m_held.push_back(std::move(held));
}

const CsvRecord& HeldLines::front()
{
    const Held& held = m_held.front();
    m_view = CsvRecord();
    m_view.line = held.line;
    m_view.fieldLines = held.fieldLines;
    for (const std::string& field : held.fields)
        m_view.fields.emplace_back(field);
    return m_view;
}

} // namespace tenure::import
