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

int filledCells(const CsvRecord& record)
{
    int filled = 0;
    for (std::string_view field : record.fields) {
        if (field.find_first_not_of(" \t") != std::string_view::npos)
            ++filled;
    }
    return filled;
}

QString cellText(std::string_view field)
{
    QString text =
        QString::fromUtf8(field.data(), static_cast<qsizetype>(field.size())).trimmed().toLower();
    while (text.endsWith(u':') || text.endsWith(u'.'))
        text.chop(1);
    return text;
}

// What spreadsheets and report tools write in a total row's first cells.
bool isTotalWord(const QString& text)
{
    static const std::array<QString, 12> words{
        QStringLiteral("total"),    QStringLiteral("totals"),    QStringLiteral("grand total"),
        QStringLiteral("subtotal"), QStringLiteral("sub-total"), QStringLiteral("sum"),
        QStringLiteral("итого"),    QStringLiteral("всего"),     QStringLiteral("合计"),
        QStringLiteral("总计"),     QStringLiteral("gesamt"),    QStringLiteral("summe")};
    return std::find(words.begin(), words.end(), text) != words.end();
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

ReportLines::ReportLines(const QStringList& headers, std::vector<int> idColumns)
    : m_idColumns(std::move(idColumns))
{
    for (const QString& header : headers)
        m_normalisedHeaders.append(normaliseHeader(header));
}

LineKind ReportLines::classify(const CsvRecord& record) const
{
    const int filled = filledCells(record);
    if (filled <= 1 && m_normalisedHeaders.size() >= 3)
        return LineKind::FooterCandidate;
    const int columns = std::min(record.size(), static_cast<int>(m_normalisedHeaders.size()));
    int sameAsHeader = 0;
    for (int i = 0; i < columns; ++i) {
        const std::string_view field = record.fields[static_cast<std::size_t>(i)];
        if (normaliseHeader(QString::fromUtf8(
                field.data(), static_cast<qsizetype>(field.size()))) == m_normalisedHeaders[i])
            ++sameAsHeader;
    }
    if (sameAsHeader == static_cast<int>(m_normalisedHeaders.size()))
        return LineKind::RepeatedHeader;
    const bool hasId = std::any_of(m_idColumns.begin(), m_idColumns.end(), [&](int column) {
        if (column < 0 || column >= record.size())
            return false;
        const QString id = cellText(record.fields[static_cast<std::size_t>(column)]);
        return !id.isEmpty() && !isTotalWord(id);
    });
    if (hasId)
        return LineKind::Data;
    for (int i = 0; i < std::min(record.size(), 3); ++i) {
        if (isTotalWord(cellText(record.fields[static_cast<std::size_t>(i)])))
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
