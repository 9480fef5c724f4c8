#include "fileplan.h"

#include "bytesource.h"
#include "dialectsniffer.h"
#include "planchecks.h"
#include "usageperiod.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tenure::import {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::import::FilePlan)
};

constexpr qsizetype kSampleBytes = 1024 * 1024;
constexpr int kPreviewRows = 50;
constexpr int kTitleLinesAtMost = 30;

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
void gatherDateEvidence(CsvReader& reader, const FilePlan& plan, const FieldMapping& mapping,
                        const std::vector<Field>& dates, std::vector<DateOrderEvidence>& evidence,
                        bool stopWhenDecided)
{
    CsvRecord record;
    skipToData(reader, plan, record);
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
                       DateOrder chosenOrder, std::optional<char> chosenSeparator)
{
    const std::vector<Field> dates = fieldsOfType(plan.mapping, {FieldType::Date});
    std::vector<DateOrderEvidence> evidence(dates.size());
    {
        MemorySource source(sample);
        CsvReader reader(source, plan.dialect);
        gatherDateEvidence(reader, plan, plan.mapping, dates, evidence, false);
    }
    bool undecided = false;
    for (const DateOrderEvidence& column : evidence)
        undecided = undecided || column.verdict() == DateOrderEvidence::Verdict::Ambiguous;
    if (undecided && !sampleIsWhole && chosenOrder == DateOrder::Unknown) {
        // The first megabyte fits both orders: the rest of the column decides.
        auto source = openUtf8File(plan.path, plan.encoding);
        CsvReader reader(*source, plan.dialect);
        gatherDateEvidence(reader, plan, plan.mapping, dates, evidence, true);
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
    skipToData(reader, plan, record);
    while (reader.next(record)) {
        for (std::size_t i = 0; i < numbers.size(); ++i) {
            const int column = plan.mapping.column(numbers[i]);
            if (column < record.size())
                separators[i].add(record.fields[static_cast<std::size_t>(column)]);
        }
    }
    for (std::size_t i = 0; i < numbers.size(); ++i) {
        char separator = separators[i].separator();
        if (chosenSeparator) {
            separator = *chosenSeparator;
        } else if (separators[i].verdict() != DecimalSeparatorEvidence::Verdict::Decided) {
            plan.unclearDecimalColumns.append(plan.headers.value(plan.mapping.column(numbers[i])));
        }
        plan.rules.decimalSeparator[static_cast<std::size_t>(numbers[i])] = separator;
    }
    if (!plan.unclearDecimalColumns.isEmpty())
        plan.questions.push_back(OpenQuestion::DecimalSeparator);
}

// Title lines above the header (a report's name, its date, a blank-celled
// line) are passed over and listed; the header is the first full record.
void locateHeaderRow(FilePlan& plan, std::vector<QStringList>& records, QByteArrayView sample,
                     const ReadingChoices& choices)
{
    if (!plan.dialect.hasHeader || records.empty())
        return;
    const HeaderLocation at = locateHeader(records);
    if (!at.found || choices.hasHeader)
        return; // the user said the first line is the header
    plan.headerIndex = at.index;
    MemorySource source(sample);
    CsvReader reader(source, {plan.dialect.delimiter, false});
    CsvRecord record;
    for (int i = 0; i <= at.index && reader.next(record); ++i) {
        if (i < at.index)
            plan.titleLines.push_back({record.line, Messages::tr("A title line above the header")});
        else
            plan.headerLine = record.line;
    }
    records.erase(records.begin(), records.begin() + at.index);
}

// The headers as recognition reads them: a column the user mapped (--map)
// goes by Tenure's name for its field.
QStringList headersAsMapped(FilePlan& plan, const ReadingChoices& choices)
{
    QStringList headers = plan.headers;
    for (const auto& [header, field] : choices.columnMap) {
        const int at = headerIndex(plan.headers, header);
        if (at < 0) {
            plan.problems.append(
                Messages::tr("%1: there is no column \"%2\" to map (its columns: %3)")
                    .arg(QFileInfo(plan.path).fileName(), header,
                         plan.headers.join(QStringLiteral(", "))));
            continue;
        }
        headers[at] = QLatin1String(fieldSpec(field).key);
    }
    return headers;
}

// A wide file is recognised as its long form: the named columns, the first
// date column as the value ("active_users", each date column in turn when
// read), and the dates as one more column after the file's own ("date").
QStringList wideAsLong(FilePlan& plan, QStringList headers)
{
    if (!plan.wide.found())
        return headers;
    for (int i = plan.wide.firstColumn; i < plan.fileColumns; ++i)
        headers[i] = i == plan.wide.firstColumn ? QStringLiteral("active_users") : QString();
    headers.append(QStringLiteral("date"));
    plan.headers.append(Messages::tr("Date (the column headers)"));
    return headers;
}

void applyColumnMap(FilePlan& plan, const ReadingChoices& choices)
{
    for (const auto& [header, field] : choices.columnMap) {
        const int at = headerIndex(plan.headers, header);
        if (at >= 0) {
            plan.mapping.set(field, at);
            plan.mapping.setOtherwise(field, -1);
        }
    }
}

// A header name read twice ("mrr,mrr", or "Account Name" beside
// "account_name") is refused when a field would be read from it: which of the
// two is meant cannot be told. A header longer than the sample is refused too.
void checkHeaderNames(FilePlan& plan, bool whole, qsizetype sampleSize)
{
    const QString file = QFileInfo(plan.path).fileName();
    if (!whole && plan.dialect.hasHeader && plan.preview.empty() && sampleSize > 0) {
        plan.problems.append(
            Messages::tr("%1: its first line is longer than a megabyte; it cannot be a header.")
                .arg(file));
        return;
    }
    QStringList repeated;
    for (int i = 0; i < kFieldCount && plan.dialect.hasHeader; ++i) {
        const int column = plan.mapping.column(static_cast<Field>(i));
        if (column < 0 || column >= plan.fileColumns)
            continue;
        const QString name = normaliseHeader(plan.headers[column]);
        QStringList spellings;
        for (int other = 0; other < plan.fileColumns; ++other) {
            if (normaliseHeader(plan.headers[other]) == name)
                spellings.append(QStringLiteral("\"%1\"").arg(plan.headers[other]));
        }
        if (spellings.size() > 1 && !repeated.contains(spellings.join(QStringLiteral(" and "))))
            repeated.append(spellings.join(QStringLiteral(" and ")));
    }
    for (const QString& names : repeated) {
        plan.problems.append(
            Messages::tr("%1: the columns %2 have the same name (case, spaces, hyphens and "
                         "underscores aside), so which one to read cannot be told. Rename one, "
                         "or say which to read with --map \"Header=field\".")
                .arg(file, names));
    }
}

} // namespace

int headerIndex(const QStringList& headers, const QString& header)
{
    const QString wanted = normaliseHeader(header);
    for (int i = 0; i < headers.size(); ++i) {
        if (normaliseHeader(headers[i]) == wanted)
            return i;
    }
    return -1;
}

void skipToData(CsvReader& reader, const FilePlan& plan, CsvRecord& record)
{
    const int above = plan.dialect.hasHeader ? plan.headerIndex + plan.headerRows : 0;
    for (int i = 0; i < above && reader.next(record); ++i) {
    }
}

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

    std::vector<QStringList> records = sampleRecords(sample, {plan.dialect.delimiter, false},
                                                     kPreviewRows + kTitleLinesAtMost + 1);
    locateHeaderRow(plan, records, sample, choices);
    if (plan.dialect.hasHeader && !records.empty()) {
        plan.headers = records.front();
        while (plan.headers.size() > 1 && plan.headers.last().trimmed().isEmpty())
            plan.headers.removeLast(); // a trailing delimiter
        records.erase(records.begin());
        if (!records.empty() && mergeAnswerRow(plan.headers, records.front())) {
            records.erase(records.begin());
            plan.headerRows = 2;
        }
    } else {
        plan.headers =
            numberedColumns(records.empty() ? 0 : static_cast<int>(records.front().size()));
    }
    plan.fileColumns = static_cast<int>(plan.headers.size());
    if (plan.dialect.hasHeader)
        plan.wide = wideDates(plan.headers);
    if (records.size() > kPreviewRows)
        records.resize(kPreviewRows);
    plan.preview = std::move(records);
    // An import decides how to load from the number of rows (BulkLoad), and
    // rows run from 30 bytes (usage) to 150 (invoice lines with descriptions).
    const std::int64_t sampled = countRecords(sample, {plan.dialect.delimiter, false}) -
                                 (plan.dialect.hasHeader ? plan.headerIndex + plan.headerRows : 0);
    plan.estimatedRows =
        whole || head.isEmpty() ? sampled : QFileInfo(path).size() * sampled / head.size();

    const QStringList recognised = wideAsLong(plan, headersAsMapped(plan, choices));
    std::optional<RememberedMapping> remembered;
    if (!choices.mappingName.isEmpty()) {
        if (book)
            remembered = namedMapping(*book, choices.mappingName, plan.headers);
        if (!remembered) {
            const QStringList names = book ? mappingNames(*book) : QStringList();
            plan.problems.append(
                names.isEmpty()
                    ? Messages::tr("The book has no mapping named %1; none is saved yet.")
                          .arg(choices.mappingName)
                    : Messages::tr("The book has no mapping named %1; saved: %2.")
                          .arg(choices.mappingName, names.join(QStringLiteral(", "))));
        }
    } else if (book && plan.dialect.hasHeader && choices.presetId.isEmpty() && !choices.mapping) {
        remembered = rememberedMapping(*book, plan.headers);
    }
    if (!choices.presetId.isEmpty())
        plan.preset = findPreset(choices.presetId);
    else if (!remembered)
        plan.preset = recognisePreset(recognised, choices.kind);
    if (choices.presetId.isEmpty() && !choices.kind && !remembered &&
        (!plan.preset || plan.preset->generic))
        plan.lookalike = lookalikePreset(recognised, plan.preset, plan.lookalikeMissing);
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
        plan.mapping = mappingFor(*plan.preset, recognised);
        plan.rules.units = plan.preset->units;
    }
    plan.kindKnown = remembered || plan.preset || choices.kind || choices.mapping;
    if (choices.kind)
        plan.kind = *choices.kind;
    if (choices.mapping)
        plan.mapping = *choices.mapping;
    applyColumnMap(plan, choices);
    if (!choices.source.isEmpty())
        plan.source = choices.source;
    if (plan.source.isEmpty())
        plan.source = QStringLiteral("generic");

    checkHeaderNames(plan, whole, sample.size());
    plan.missingFields = missingFields(plan.kind, plan.mapping);
    if (plan.preset && plan.preset->lendsOnly)
        plan.missingFields = unmatchedFields(*plan.preset, plan.mapping);
    else if (plan.preset)
        removeLentFields(*plan.preset, plan.missingFields);
    decideColumnRules(plan, sample, whole, choices.dateOrder, choices.decimal);
    settleUnitsAndInterval(plan, choices, sample);
    settleUsagePeriod(plan, sample);
    return plan;
}

} // namespace tenure::import
