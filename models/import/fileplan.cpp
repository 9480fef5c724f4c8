#include "fileplan.h"

#include "bytesource.h"
#include "dialectsniffer.h"

#include <QFileInfo>

namespace tenure::import {

namespace {

constexpr qsizetype kSampleBytes = 1024 * 1024;
constexpr int kPreviewRows = 50;

QStringList numberedColumns(int count)
{
    QStringList names;
    for (int i = 1; i <= count; ++i)
        names.append(QStringLiteral("Column %1").arg(i));
    return names;
}

std::vector<Field> fieldsOfType(const FieldMapping& mapping, std::initializer_list<FieldType> types)
{
    std::vector<Field> fields;
    for (int i = 0; i < kFieldCount; ++i) {
        const auto field = static_cast<Field>(i);
        if (!mapping.has(field))
            continue;
        for (FieldType type : types) {
            if (fieldSpec(field).type == type)
                fields.push_back(field);
        }
    }
    return fields;
}

// Feeds every value of the date columns to their evidence until each is settled or the input ends.
void gatherDateEvidence(CsvReader& reader, bool skipHeader, const FieldMapping& mapping,
                        const std::vector<Field>& dates, std::vector<DateOrderEvidence>& evidence,
                        bool stopWhenDecided)
{
    CsvRecord record;
    if (skipHeader && !reader.next(record))
        return;
    while (reader.next(record)) {
        bool allDecided = true;
        for (std::size_t i = 0; i < dates.size(); ++i) {
            const int column = mapping.column(dates[i]);
            if (column < record.size())
                evidence[i].add(record.fields[static_cast<std::size_t>(column)]);
            allDecided = allDecided && evidence[i].decided();
        }
        if (stopWhenDecided && allDecided)
            return;
    }
}

void decideColumnRules(FilePlan& plan, const QByteArray& sample, bool sampleIsWhole,
                       DateOrder chosenOrder)
{
    const std::vector<Field> dates = fieldsOfType(plan.mapping, {FieldType::Date});
    std::vector<DateOrderEvidence> evidence(dates.size());
    {
        MemorySource source(sample);
        CsvReader reader(source, plan.dialect);
        gatherDateEvidence(reader, plan.dialect.hasHeader, plan.mapping, dates, evidence, false);
    }
    bool undecided = false;
    for (const DateOrderEvidence& column : evidence)
        undecided = undecided || column.verdict() == DateOrderEvidence::Verdict::Ambiguous;
    if (undecided && !sampleIsWhole && chosenOrder == DateOrder::Unknown) {
        // The first megabyte fits both orders: the rest of the column decides.
        auto source = openUtf8File(plan.path, plan.encoding);
        CsvReader reader(*source, plan.dialect);
        gatherDateEvidence(reader, plan.dialect.hasHeader, plan.mapping, dates, evidence, true);
    }
    for (std::size_t i = 0; i < dates.size(); ++i) {
        const QString header = plan.headers.value(plan.mapping.column(dates[i]));
        DateOrder order = evidence[i].order();
        switch (evidence[i].verdict()) {
        case DateOrderEvidence::Verdict::Ambiguous:
            order = chosenOrder;
            if (order == DateOrder::Unknown)
                plan.ambiguousDateColumns.append(header);
            break;
        case DateOrderEvidence::Verdict::Conflicting:
            // Once the user says which order is right, the other values are rejected row by row.
            order = chosenOrder;
            if (order == DateOrder::Unknown)
                plan.conflictingDateColumns.append(header);
            break;
        default:
            break;
        }
        plan.rules.dateOrder[static_cast<std::size_t>(dates[i])] = order;
    }

    const std::vector<Field> numbers =
        fieldsOfType(plan.mapping, {FieldType::Amount, FieldType::Number});
    std::vector<DecimalSeparatorEvidence> separators(numbers.size());
    MemorySource source(sample);
    CsvReader reader(source, plan.dialect);
    CsvRecord record;
    if (plan.dialect.hasHeader)
        reader.next(record);
    while (reader.next(record)) {
        for (std::size_t i = 0; i < numbers.size(); ++i) {
            const int column = plan.mapping.column(numbers[i]);
            if (column < record.size())
                separators[i].add(record.fields[static_cast<std::size_t>(column)]);
        }
    }
    for (std::size_t i = 0; i < numbers.size(); ++i)
        plan.rules.decimalSeparator[static_cast<std::size_t>(numbers[i])] =
            separators[i].separator();
}

} // namespace

FilePlan inspectFile(const QString& path, const ReadingChoices& choices, store::Connection* book)
{
    FilePlan plan;
    plan.path = path;
    const QByteArray head = readHead(path, kSampleBytes);
    const bool whole = QFileInfo(path).size() <= head.size();
    plan.encoding = choices.encoding.value_or(detectEncoding(head));
    const QByteArray sample = utf8Head(head, plan.encoding);

    plan.dialect = sniffDialect(sample, whole);
    if (choices.delimiter)
        plan.dialect.delimiter = *choices.delimiter;
    if (choices.hasHeader)
        plan.dialect.hasHeader = *choices.hasHeader;

    std::vector<QStringList> records =
        sampleRecords(sample, {plan.dialect.delimiter, false}, kPreviewRows + 1);
    if (plan.dialect.hasHeader && !records.empty()) {
        plan.headers = records.front();
        while (plan.headers.size() > 1 && plan.headers.last().trimmed().isEmpty())
            plan.headers.removeLast(); // a trailing delimiter
        records.erase(records.begin());
    } else {
        plan.headers =
            numberedColumns(records.empty() ? 0 : static_cast<int>(records.front().size()));
        if (records.size() > kPreviewRows)
            records.pop_back();
    }
    plan.preview = std::move(records);
    // An import decides how to load from the number of rows (BulkLoad), and
    // rows run from 30 bytes (usage) to 150 (invoice lines with descriptions).
    const std::int64_t sampled =
        countRecords(sample, {plan.dialect.delimiter, false}) - (plan.dialect.hasHeader ? 1 : 0);
    plan.estimatedRows =
        whole || head.isEmpty() ? sampled : QFileInfo(path).size() * sampled / head.size();

    std::optional<RememberedMapping> remembered;
    if (book && plan.dialect.hasHeader && choices.presetId.isEmpty() && !choices.mapping)
        remembered = rememberedMapping(*book, plan.headers);
    if (!choices.presetId.isEmpty())
        plan.preset = findPreset(choices.presetId);
    else if (!remembered)
        plan.preset = recognisePreset(plan.headers, choices.kind);
    // The kind is given but no layout has all its columns: read the columns
    // by Tenure's own names, so that only those truly missing are named.
    if (!plan.preset && !remembered && choices.kind)
        plan.preset = genericPreset(*choices.kind);

    if (remembered) {
        plan.mappingRemembered = true;
        plan.kind = remembered->kind;
        plan.source = remembered->source;
        plan.mapping = remembered->mapping;
    } else if (plan.preset) {
        plan.kind = plan.preset->kind;
        plan.source = QString::fromLatin1(plan.preset->source);
        plan.mapping = mappingFor(*plan.preset, plan.headers);
        plan.rules.units = plan.preset->units;
    }
    if (choices.kind)
        plan.kind = *choices.kind;
    if (choices.mapping)
        plan.mapping = *choices.mapping;
    if (!choices.source.isEmpty())
        plan.source = choices.source;
    if (plan.source.isEmpty())
        plan.source = QStringLiteral("generic");

    plan.missingFields = missingFields(plan.kind, plan.mapping);
    decideColumnRules(plan, sample, whole, choices.dateOrder);
    return plan;
}

} // namespace tenure::import
