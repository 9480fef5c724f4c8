#include "importer.h"

#include "accountwriter.h"
#include "bulkload.h"
#include "bytesource.h"
#include "core/progress.h"
#include "externalidindex.h"
#include "importerror.h"
#include "importlog.h"
#include "metrics/currency.h"
#include "milestonewriter.h"
#include "mrrchanges.h"
#include "periodwriter.h"
#include "planchecks.h"
#include "readahead.h"
#include "reportlines.h"
#include "rowbuilders.h"
#include "signalwriter.h"
#include "store/book.h"
#include "store/sqlite.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <iterator>
#include <unordered_map>

namespace tenure::import {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::import::Importer)
};

constexpr int kProgressEveryRows = 8192;
// No field of any export is this long; a value that is would swell the book.
constexpr std::size_t kLongestValue = 1024 * 1024;
constexpr int kMaxRecordedChanges = 1000;
// Rows travel from the reading thread to the writing one in batches of this
// many typed rows, at most kBatchesAhead at a time.
constexpr std::size_t kBatchRows = 4096;
constexpr std::size_t kBatchesAhead = 4;

// What became of the records read for one batch, besides its rows.
struct BatchCounts
{
    std::int64_t rowsRead = 0;
    std::int64_t rejected = 0;
    std::int64_t ignored = 0;
    std::vector<SkippedLine> skippedLines; // totals, repeated headers, footers
    qint64 inputPosition = 0;
};

// Typed subscription periods.
struct PeriodBatch : BatchCounts
{
    TextArena text;
    std::vector<PeriodRow> rows; // the rows to write; their text is in `text`
    // For each row, its customer's number in the file: 0 for the first customer
    // the file names, 1 for the next, and so on (CustomerNumbers).
    std::vector<std::uint32_t> customers;
};

struct AccountBatch : BatchCounts
{
    TextArena text;
    std::vector<AccountRow> rows;
};

struct RateBatch : BatchCounts
{
    std::vector<RateRow> rows;
};

// Typed signal rows (usage, tickets, ...), each with the account it belongs to.
struct SignalBatch : BatchCounts
{
    TextArena text;
    std::vector<SignalRow> rows;
    std::vector<std::int64_t> accounts;
};

// A file names its customers over and over: a million invoice lines, fifty
// thousand customers. The reading thread numbers them as they first appear
// (hashing the id is its work), and the writing thread matches each number to
// an account once and then looks it up by position, with no hashing of its own.
class CustomerNumbers
{
public:
    std::uint32_t numberOf(std::string_view customerId)
    {
        if (const std::int64_t known = m_numbers.find(customerId); known != 0)
            return static_cast<std::uint32_t>(known - 1);
        m_numbers.insert(customerId, static_cast<std::int64_t>(m_numbers.size()) + 1);
        return static_cast<std::uint32_t>(m_numbers.size() - 1);
    }

private:
    ExternalIdIndex m_numbers; // id -> number + 1 (0 is "not known")
};

// The columns a real row fills and a total leaves empty (or writes "Total" in).
std::vector<int> identifyingColumns(const FieldMapping& mapping)
{
    std::vector<int> columns;
    for (Field field : {Field::AccountId, Field::ExternalId, Field::AccountName, Field::Email,
                        Field::Domain, Field::Currency}) {
        if (mapping.has(field))
            columns.push_back(mapping.column(field));
    }
    return columns;
}

// The file's own columns the mapping reads (lent columns are checked in their file).
std::vector<int> mappedColumns(const FilePlan& plan)
{
    std::vector<int> columns;
    for (int i = 0; i < kFieldCount; ++i) {
        for (int column : {plan.mapping.column(static_cast<Field>(i)),
                           plan.mapping.otherwise(static_cast<Field>(i))}) {
            if (column >= 0 && column < plan.fileColumns &&
                std::find(columns.begin(), columns.end(), column) == columns.end())
                columns.push_back(column);
        }
    }
    return columns;
}

// One file's import, inside the caller's transaction.
class FileImport
{
public:
    FileImport(store::Connection& connection, FileOutcome& outcome, const ImportOptions& options,
               const metrics::CurrencyConverter& converter, Progress& progress)
        : m_connection(connection)
        , m_outcome(outcome)
        , m_plan(outcome.plan)
        , m_options(options)
        , m_converter(converter)
        , m_progress(progress)
        , m_fileName(QFileInfo(m_plan.path).fileName())
        , m_stage(Messages::tr("Importing %1").arg(m_fileName))
        , m_mapping(m_plan.mapping)
        , m_rows(m_mapping, m_plan.headers, m_plan.rules, m_fileName)
        , m_context{m_plan.source, m_plan.kind, converter.baseCurrency()}
        , m_baseCurrency(converter.baseCurrency().toLatin1())
        , m_reportLines(m_plan.headers, identifyingColumns(m_plan.mapping))
        , m_joiner(outcome.links)
        , m_wideRecords(m_plan.wide)
        , m_textColumns(mappedColumns(m_plan))
    {
    }

    void run(std::int64_t importId);

private:
    template <typename Batch, typename TypeRecord, typename WriteBatch>
    void importInBatches(CsvReader& reader, TypeRecord typeRecord, WriteBatch writeBatch);
    template <typename Batch, typename TypeRecord>
    void readRecord(const CsvRecord& record, Batch& batch, TypeRecord& typeRecord);
    template <typename Batch, typename TypeRecord>
    void typeOne(const CsvRecord& record, Batch& batch, TypeRecord& typeRecord);
    template <typename Batch, typename TypeRecord>
    void typeWide(const CsvRecord& record, Batch& batch, TypeRecord& typeRecord);
    void importPeriods(CsvReader& reader, AccountMatcher& matcher, PeriodWriter& writer);
    void importSignals(CsvReader& reader, std::int64_t importId);
    void importAccounts(CsvReader& reader, AccountMatcher& matcher);
    void importRates(CsvReader& reader);
    void typePeriod(PeriodBatch& batch);
    std::int64_t accountFor(AccountMatcher& matcher, const TextArena& text, const PeriodRow& row,
                            std::uint32_t customer);
    void writePeriods(AccountMatcher& matcher, PeriodWriter& writer, const PeriodBatch& batch);
    void typeSignal(const SignalAccounts& accounts, SignalBatch& batch);
    void writeSignals(SignalWriter& writer, SignalBatch& batch);
    void importMilestones(CsvReader& reader);
    void record(WriteOutcome outcome, std::int64_t line, const QString& change = QString());
    bool checkShape(const CsvRecord& record);
    bool checkText(const CsvRecord& record);
    void updateOwnerAndSegment(std::int64_t accountId, std::string_view owner,
                               std::string_view segment);
    bool knownCurrency(const char* currency, const QDate& on);
    void countMrr(const PeriodRow& row);
    void setCreatedOn();
    std::optional<MrrFound> mrrFound() const;

    store::Connection& m_connection;
    FileOutcome& m_outcome;
    const FilePlan& m_plan;
    const ImportOptions& m_options;
    const metrics::CurrencyConverter& m_converter;
    Progress& m_progress;
    QString m_fileName;
    QString m_stage;        // what the progress bar says
    FieldMapping m_mapping; // the plan's; a wide file's value column moves (the reading thread's)
    RowReader m_rows;
    BuildContext m_context;
    QByteArray m_baseCurrency;
    CsvRecord m_record;
    ReportLines m_reportLines;                     // the reading thread's
    HeldLines m_heldLines;                         // the reading thread's: possible footers
    RecordJoiner m_joiner;                         // the reading thread's: lent columns
    WideRecords m_wideRecords;                     // the reading thread's: a row per date
    std::vector<int> m_textColumns;                // the file's columns the mapping reads
    MrrChanges m_mrrChanges;                       // the reading thread's: for MrrFound
    QDate m_latestStart;                           // the reading thread's: the file's latest start
    QMap<QString, QSet<QString>> m_missingRates;   // the reading thread's
    std::vector<Rejection> m_writeRejections;      // rows refused by the writer, in line order
    QString m_repeatReason;                        // why the writer refuses a repeated row
    CustomerNumbers m_customerNumbers;             // the reading thread's
    std::vector<std::int64_t> m_accountOfCustomer; // the writing thread's: by number, 0 unmatched
    std::vector<std::int64_t> m_batchAccounts;     // the writing thread's: by row written
    std::unordered_map<std::int64_t, QDate> m_firstStarts; // the writing thread's: new accounts
    std::vector<const SignalRow*> m_admittedSignals; // the writing thread's: a batch's non-repeats
    std::unique_ptr<store::Statement> m_accountDetails;
    std::unordered_map<std::int64_t, std::pair<std::string, std::string>> m_ownerAndSegment;
};

bool FileImport::checkShape(const CsvRecord& record)
{
    if (record.problem == CsvRecord::Problem::UnterminatedQuote) {
        m_rows.rejectRow(Messages::tr("A quoted field opened here is never closed; the rest of "
                                      "the file was read as part of it"));
        return false;
    }
    if (record.problem == CsvRecord::Problem::TextAfterQuote) {
        m_rows.rejectRow(
            Messages::tr("Field %1 has text after its closing quote").arg(record.problemField + 1));
        return false;
    }
    const int columns = m_plan.fileColumns;
    bool extraText = false;
    for (int i = columns; i < record.size(); ++i)
        extraText = extraText || !record.fields[static_cast<std::size_t>(i)].empty();
    if (record.size() < columns || extraText) {
        m_rows.rejectRow(Messages::tr("The row has %1 fields; the header has %2")
                             .arg(record.size())
                             .arg(columns));
        return false;
    }
    return checkText(record);
}

// Text that would be stored wrong is refused with its column: a NUL byte
// (N3 and N3\0 would be two accounts) or bytes that are not UTF-8 in a file
// read as UTF-8 (it is likely in another encoding).
bool FileImport::checkText(const CsvRecord& record)
{
    for (int column : m_textColumns) {
        if (column >= record.size())
            continue;
        const std::string_view field = record.fields[static_cast<std::size_t>(column)];
        unsigned char high = 0;
        bool nul = false;
        for (const char c : field) {
            high |= static_cast<unsigned char>(c);
            nul |= c == '\0';
        }
        if (field.size() > kLongestValue) {
            m_rows.rejectColumn(column, Messages::tr("The value is longer than a megabyte"));
        } else if (nul) {
            m_rows.rejectColumn(column, Messages::tr("The value holds a NUL byte"));
        } else if (high >= 0x80 &&
                   !QUtf8StringView(field.data(), static_cast<qsizetype>(field.size()))
                        .isValidUtf8()) {
            m_rows.rejectColumn(column, Messages::tr("The value is not valid UTF-8: the file may "
                                                     "be in another encoding (--encoding "
                                                     "windows-1252, windows-1251 or gb18030)"));
        }
    }
    return m_rows.ok();
}

// What the writer did with a row read without fault. A row repeating an
// earlier one of the file is refused, in the file's order with the
// rejections made while reading (importInBatches merges them).
void FileImport::record(WriteOutcome outcome, std::int64_t line, const QString& change)
{
    switch (outcome) {
    case WriteOutcome::Inserted:
        ++m_outcome.inserted;
        break;
    case WriteOutcome::Updated:
        ++m_outcome.updated;
        if (!change.isEmpty() && m_outcome.changes.size() < kMaxRecordedChanges)
            m_outcome.changes.append(change);
        break;
    case WriteOutcome::Unchanged:
        ++m_outcome.unchanged;
        break;
    case WriteOutcome::Duplicate: {
        Rejection rejection;
        rejection.file = m_fileName;
        rejection.line = line;
        rejection.reason = m_repeatReason;
        m_writeRejections.push_back(std::move(rejection));
        ++m_outcome.rejected;
        break;
    }
    }
}

bool FileImport::knownCurrency(const char* currency, const QDate& on)
{
    if (m_baseCurrency == QByteArrayView(currency, 3))
        return true;
    try {
        const QString code = QString::fromLatin1(currency, 3);
        m_converter.toBase(1, code, on);
        if (m_options.fixedRates.contains(code)) {
            QDate& first = m_outcome.firstDayIn[code];
            if (!first.isValid() || on < first)
                first = on;
        }
        return true;
    } catch (const metrics::MissingRate& missing) {
        m_missingRates[missing.currency].insert(on.toString(QStringLiteral("yyyy-MM")));
        m_rows.reject(
            Field::Currency,
            Messages::tr("No exchange rate from %1 to %2 on or before %3")
                .arg(missing.currency, m_converter.baseCurrency(), on.toString(Qt::ISODate)));
        return false;
    }
}

// The generic layout's owner and segment describe the account; set them once per account.
void FileImport::updateOwnerAndSegment(std::int64_t accountId, std::string_view owner,
                                       std::string_view segment)
{
    if (owner.empty() && segment.empty())
        return;
    auto& known = m_ownerAndSegment[accountId];
    if (known.first == owner && known.second == segment)
        return;
    known = {std::string(owner), std::string(segment)};
    if (!m_accountDetails) {
        m_accountDetails = std::make_unique<store::Statement>(m_connection.prepare(
            "UPDATE accounts SET owner = coalesce(?2, owner), segment = coalesce(?3, segment) "
            "WHERE id = ?1 AND (owner IS NOT coalesce(?2, owner) OR segment IS NOT "
            "coalesce(?3, segment))"));
    }
    m_accountDetails->bind(1, accountId);
    if (owner.empty())
        m_accountDetails->bindNull(2);
    else
        m_accountDetails->bind(2, owner);
    if (segment.empty())
        m_accountDetails->bindNull(3);
    else
        m_accountDetails->bind(3, segment);
    m_accountDetails->exec();
}

// On the reading thread: one record (in m_rows) typed as a period.
void FileImport::typePeriod(PeriodBatch& batch)
{
    PeriodRow row;
    const Built built = buildPeriod(m_rows, m_context, batch.text, row);
    if (built == Built::Ignored)
        ++batch.ignored;
    if (built == Built::Row && knownCurrency(row.currency, row.start)) {
        countMrr(row);
        batch.customers.push_back(m_customerNumbers.numberOf(batch.text.view(row.customer.id)));
        batch.rows.push_back(row);
    }
}

// An account the billing export made is a customer since its first
// subscription (or invoiced service) began: the earliest start read.
void FileImport::setCreatedOn()
{
    auto update = m_connection.prepare(
        "UPDATE accounts SET created_on = ?2 WHERE id = ?1 AND created_on IS NULL");
    for (const auto& [accountId, start] : m_firstStarts) {
        update.bind(1, accountId).bind(2, start.toString(Qt::ISODate));
        update.exec();
        update.reset();
    }
}

void FileImport::countMrr(const PeriodRow& row)
{
    if (row.mrrMinor == 0)
        return;
    m_mrrChanges.add(row.currency, row.start, row.mrrMinor);
    if (row.end.isValid())
        m_mrrChanges.add(row.currency, row.end, -row.mrrMinor);
    if (!m_latestStart.isValid() || row.start > m_latestStart)
        m_latestStart = row.start;
}

std::optional<MrrFound> FileImport::mrrFound() const
{
    if (!m_latestStart.isValid())
        return std::nullopt;
    MrrFound found;
    found.on = m_latestStart;
    for (const auto& [currency, minor] : m_mrrChanges.totalsOn(m_latestStart))
        found.baseMinor += m_converter.toBase(minor, currency, m_latestStart);
    return found;
}

// `customer` is the row's customer number. The first row of a customer
// matches it to an account (which links the id to it, so the matcher would
// answer every later row the same); later rows reuse that answer.
std::int64_t FileImport::accountFor(AccountMatcher& matcher, const TextArena& text,
                                    const PeriodRow& row, std::uint32_t customer)
{
    if (customer >= m_accountOfCustomer.size())
        m_accountOfCustomer.resize(
            std::max<std::size_t>(customer + 1, m_accountOfCustomer.size() * 2));
    std::int64_t& accountId = m_accountOfCustomer[customer];
    if (accountId == 0) {
        accountId = matcher.resolve({text.view(row.customer.id), text.view(row.customer.name),
                                     text.view(row.customer.email), text.view(row.customer.domain),
                                     row.line},
                                    m_fileName);
        if (matcher.lastWasCreated())
            m_firstStarts.emplace(accountId, row.start);
    }
    if (const auto first = m_firstStarts.find(accountId);
        first != m_firstStarts.end() && row.start < first->second)
        first->second = row.start;
    updateOwnerAndSegment(accountId, text.view(row.owner), text.view(row.segment));
    return accountId;
}

// Accounts first, for the whole batch; then the periods: with one statement
// while they are new, the rest row by row.
void FileImport::writePeriods(AccountMatcher& matcher, PeriodWriter& writer,
                              const PeriodBatch& batch)
{
    m_batchAccounts.clear();
    for (std::size_t i = 0; i < batch.rows.size(); ++i)
        m_batchAccounts.push_back(
            accountFor(matcher, batch.text, batch.rows[i], batch.customers[i]));
    const std::size_t inserted = writer.insertLeadingNew(batch.rows, batch.text, m_batchAccounts);
    m_outcome.inserted += static_cast<std::int64_t>(inserted);
    for (std::size_t i = inserted; i < batch.rows.size(); ++i) {
        QString change;
        const WriteOutcome outcome =
            writer.write(batch.rows[i], batch.text, m_batchAccounts[i], &change);
        record(outcome, batch.rows[i].line, change);
    }
}

// On the reading thread: one record typed as a signal, and its account
// found (signals never create accounts, so the lookup is read-only).
void FileImport::typeSignal(const SignalAccounts& accounts, SignalBatch& batch)
{
    SignalRow row;
    const Built built = buildSignal(m_rows, m_context, batch.text, row);
    if (built == Built::Ignored) {
        batch.skippedLines.push_back(
            {row.line, Messages::tr("A response with no score: the question was not answered")});
        ++batch.ignored;
    }
    if (built != Built::Row)
        return;
    QString why;
    const std::int64_t accountId =
        accounts.find(batch.text.view(row.customer.id), batch.text.view(row.customer.name),
                      batch.text.view(row.customer.domain), &why);
    if (accountId == 0) {
        m_rows.reject(m_rows.has(Field::AccountId) ? Field::AccountId : Field::AccountName, why);
        return;
    }
    batch.rows.push_back(std::move(row));
    batch.accounts.push_back(accountId);
}

// Reading and typing the rows is a third of a large import's work: a thread
// of its own does it, batch by batch, while this one matches accounts and
// writes. `typeRecord(batch)` runs on the reading thread for each record of
// the right shape; everything it touches (the reader, m_rows, m_record, the
// plan and the rates) is the reading thread's until the batches run out.
// `writeBatch(batch)` runs here.
template <typename Batch, typename TypeRecord, typename WriteBatch>
void FileImport::importInBatches(CsvReader& reader, TypeRecord typeRecord, WriteBatch writeBatch)
{
    const qint64 inputSize = reader.inputSize();
    std::int64_t nextProgress = kProgressEveryRows;
    {
        ReadAhead<Batch> batches(kBatchesAhead, [&](Batch& batch) {
            bool more = true;
            while (batch.rows.size() < kBatchRows && (more = reader.next(m_record)))
                readRecord(m_record, batch, typeRecord);
            for (; !more && !m_heldLines.empty(); m_heldLines.popFront()) {
                // Only lines of one cell followed the data: a footer.
                batch.skippedLines.push_back(
                    {m_heldLines.frontLine(), ReportLines::reason(LineKind::FooterCandidate)});
                ++batch.ignored;
            }
            batch.inputPosition = reader.inputPosition();
            return batch.rowsRead > 0;
        });
        Batch batch;
        while (batches.next(batch)) {
            writeBatch(batch);
            m_outcome.rowsRead += batch.rowsRead;
            m_outcome.rejected += batch.rejected;
            m_outcome.skipped += batch.ignored;
            for (SkippedLine& line : batch.skippedLines) {
                if (m_outcome.skippedLines.size() < kMaxRecordedChanges)
                    m_outcome.skippedLines.push_back(std::move(line));
            }
            if (m_outcome.rowsRead >= nextProgress) {
                nextProgress = m_outcome.rowsRead + kProgressEveryRows;
                if (m_progress.isCancelled())
                    throw Cancelled();
                m_progress.report(batch.inputPosition, inputSize, m_stage);
            }
        }
    }
    // A row refused by the writer was read without fault, so the two lists
    // never name the same record, and merging by line keeps the file's order.
    const std::vector<Rejection> read = m_rows.takeRejections();
    m_outcome.rejections.reserve(read.size() + m_writeRejections.size());
    std::merge(read.begin(), read.end(), m_writeRejections.begin(), m_writeRejections.end(),
               std::back_inserter(m_outcome.rejections),
               [](const Rejection& a, const Rejection& b) { return a.line < b.line; });
}

// On the reading thread: a report's total, a repeated header and a footer
// are passed over and listed; a line that may be a footer waits to see what follows.
template <typename Batch, typename TypeRecord>
void FileImport::readRecord(const CsvRecord& record, Batch& batch, TypeRecord& typeRecord)
{
    constexpr std::size_t kHeldAtMost = 100; // more one-cell lines than a footer has: rows
    ++batch.rowsRead;
    const LineKind kind = m_reportLines.classify(record);
    if (kind == LineKind::FooterCandidate && m_heldLines.size() < kHeldAtMost) {
        m_heldLines.hold(record);
        return;
    }
    for (; !m_heldLines.empty(); m_heldLines.popFront())
        typeOne(m_heldLines.front(), batch, typeRecord); // a row follows them: they were rows
    if (kind == LineKind::RepeatedHeader || kind == LineKind::Total) {
        batch.skippedLines.push_back({record.line, ReportLines::reason(kind)});
        ++batch.ignored;
        return;
    }
    typeOne(record, batch, typeRecord);
}

// A usage chart with one column per date is read once per date column: the
// value from that column, the date from its header. An empty cell is no
// value for that date (not zero), so no row.
template <typename Batch, typename TypeRecord>
void FileImport::typeWide(const CsvRecord& record, Batch& batch, TypeRecord& typeRecord)
{
    m_rows.start(record);
    if (!checkShape(record)) {
        ++batch.rejected;
        return;
    }
    for (int column = m_plan.wide.firstColumn; column < m_plan.fileColumns; ++column) {
        if (trimmedCell(record.fields[static_cast<std::size_t>(column)]).empty())
            continue;
        m_mapping.set(Field::ActiveUsers, column);
        m_rows.start(m_wideRecords.forColumn(record, column));
        typeRecord(batch);
        if (!m_rows.ok())
            ++batch.rejected;
    }
}

template <typename Batch, typename TypeRecord>
void FileImport::typeOne(const CsvRecord& record, Batch& batch, TypeRecord& typeRecord)
{
    if (m_plan.wide.found() && m_plan.kind == Kind::Usage) {
        typeWide(record, batch, typeRecord);
        return;
    }
    m_rows.start(record);
    if (checkShape(record)) {
        const ResolvedLink* failed = nullptr;
        if (m_outcome.links.empty()) {
            typeRecord(batch);
        } else if (m_joiner.join(record, &failed)) {
            m_rows.start(m_joiner.joined());
            typeRecord(batch);
        } else {
            m_rows.reject(failed->key,
                          Messages::tr("%1 has no row with this id").arg(failed->lenderFile));
        }
    }
    if (!m_rows.ok())
        ++batch.rejected;
}

void FileImport::importPeriods(CsvReader& reader, AccountMatcher& matcher, PeriodWriter& writer)
{
    m_repeatReason = Messages::tr("Repeats an earlier row of this file (same id and start date)");
    importInBatches<PeriodBatch>(
        reader, [this](PeriodBatch& batch) { typePeriod(batch); },
        [&](PeriodBatch& batch) { writePeriods(matcher, writer, batch); });
}

void FileImport::importSignals(CsvReader& reader, std::int64_t importId)
{
    const SignalAccounts accounts(m_connection);
    SignalWriter writer(m_connection, m_plan.kind, signalKeys(m_plan.kind, m_rows), importId);
    m_repeatReason =
        Messages::tr("Repeats an earlier row of this file for the same account (same %1)")
            .arg(writer.keyNames());
    importInBatches<SignalBatch>(
        reader, [&](SignalBatch& batch) { typeSignal(accounts, batch); },
        [&](SignalBatch& batch) { writeSignals(writer, batch); });
}

// Repeats are refused first, in line order; then the other rows go in with
// one statement while they are new, the rest row by row.
void FileImport::writeSignals(SignalWriter& writer, SignalBatch& batch)
{
    m_admittedSignals.clear();
    m_batchAccounts.clear();
    for (std::size_t i = 0; i < batch.rows.size(); ++i) {
        if (!writer.admit(batch.accounts[i], batch.rows[i])) {
            record(WriteOutcome::Duplicate, batch.rows[i].line);
            continue;
        }
        m_admittedSignals.push_back(&batch.rows[i]);
        m_batchAccounts.push_back(batch.accounts[i]);
    }
    const std::size_t inserted = writer.insertLeadingNew(m_admittedSignals, m_batchAccounts);
    m_outcome.inserted += static_cast<std::int64_t>(inserted);
    for (std::size_t i = inserted; i < m_admittedSignals.size(); ++i) {
        QString change;
        const SignalRow& row = *m_admittedSignals[i];
        record(writer.store(m_batchAccounts[i], row, &change), row.line, change);
    }
}

// Milestones are written into the accounts' own rows: a later row of the
// same account updates the earlier one, as accounts do.
void FileImport::importMilestones(CsvReader& reader)
{
    const SignalAccounts accounts(m_connection);
    MilestoneWriter writer(m_connection, m_rows.has(Field::OnboardingTargetOn),
                           m_rows.has(Field::GoLiveOn));
    importInBatches<SignalBatch>(
        reader, [&](SignalBatch& batch) { typeSignal(accounts, batch); },
        [&](SignalBatch& batch) {
            for (std::size_t i = 0; i < batch.rows.size(); ++i) {
                QString change;
                record(writer.write(batch.accounts[i], batch.rows[i], &change), batch.rows[i].line,
                       change);
            }
        });
}

// Neither accounts nor rates are ever refused as repeats: a later row of the
// same customer or currency and day updates the earlier one.
void FileImport::importAccounts(CsvReader& reader, AccountMatcher& matcher)
{
    AccountWriter writer(m_connection);
    importInBatches<AccountBatch>(
        reader,
        [this](AccountBatch& batch) {
            AccountRow row;
            if (buildAccount(m_rows, m_context, batch.text, row) == Built::Row)
                batch.rows.push_back(row);
        },
        [&](AccountBatch& batch) {
            const TextArena& text = batch.text;
            for (const AccountRow& row : batch.rows) {
                const std::int64_t accountId = matcher.resolve(
                    {text.view(row.customer.id), text.view(row.customer.name),
                     text.view(row.customer.email), text.view(row.customer.domain), row.line},
                    m_fileName);
                record(writer.write(row, text, accountId, matcher.lastWasCreated()), row.line);
            }
        });
}

void FileImport::importRates(CsvReader& reader)
{
    RateWriter writer(m_connection);
    importInBatches<RateBatch>(
        reader,
        [this](RateBatch& batch) {
            RateRow row;
            if (buildRate(m_rows, m_context, row) == Built::Row)
                batch.rows.push_back(row);
        },
        [&](RateBatch& batch) {
            for (const RateRow& row : batch.rows)
                record(writer.write(row), row.line);
        });
}

void FileImport::run(std::int64_t importId)
{
    auto hashing = std::make_unique<HashingSource>(std::make_unique<FileSource>(m_plan.path));
    HashingSource* hash = hashing.get();
    std::unique_ptr<ByteSource> input = std::move(hashing);
    if (m_plan.encoding != Encoding::Utf8)
        input = std::make_unique<Utf8Source>(std::move(input), m_plan.encoding);
    CsvReader reader(*input, m_plan.dialect);
    skipToData(reader, m_plan, m_record);
    m_outcome.skippedLines = m_plan.titleLines;
    m_outcome.rowsRead = m_outcome.skipped = static_cast<std::int64_t>(m_plan.titleLines.size());

    AccountMatcher matcher(m_connection, m_plan.source, importId, m_options.confirmedMatches,
                           m_options.mergeInto);
    if (m_plan.kind == Kind::Subscriptions || m_plan.kind == Kind::Invoices) {
        PeriodWriter periods(m_connection, m_plan.source, importId);
        importPeriods(reader, matcher, periods);
        setCreatedOn();
    } else if (m_plan.kind == Kind::Accounts) {
        importAccounts(reader, matcher);
    } else if (m_plan.kind == Kind::CurrencyRates) {
        importRates(reader);
    } else if (m_plan.kind == Kind::Milestones) {
        importMilestones(reader);
    } else {
        importSignals(reader, importId);
    }
    m_progress.report(reader.inputSize(), reader.inputSize(), m_stage);
    if (m_plan.kind == Kind::Subscriptions || m_plan.kind == Kind::Invoices)
        m_outcome.mrr = mrrFound();
    for (auto it = m_missingRates.begin(); it != m_missingRates.end(); ++it) {
        QStringList months = it.value().values();
        months.sort();
        m_outcome.missingRates.insert(it.key(), months);
    }
    m_outcome.reviews = matcher.takeReviews();
    m_outcome.accountsCreated = matcher.accountsCreated();
    m_outcome.sha256 = hash->sha256Hex();
}

QStringList lentFieldNames(const PresetLink& link)
{
    QStringList names;
    for (Field field : link.lends)
        names.append(fieldLabel(field));
    return names;
}

// A guess from the files' first megabytes, and the tables they write rows
// with references into.
BulkLoad::Expected expectedLoad(const std::vector<FileOutcome>& files)
{
    BulkLoad::Expected expected;
    const auto add = [&expected](const char* table) {
        if (!expected.tablesWritten.contains(QLatin1String(table)))
            expected.tablesWritten.append(QLatin1String(table));
    };
    for (const FileOutcome& file : files) {
        const std::int64_t rows = std::max<std::int64_t>(file.plan.estimatedRows, 0);
        expected.rows += rows;
        switch (file.plan.kind) {
        case Kind::Subscriptions:
        case Kind::Invoices:
            expected.periodRows += rows;
            add("subscription_periods");
            add("accounts");
            add("account_external_ids");
            break;
        case Kind::Accounts:
            add("accounts");
            add("account_external_ids");
            break;
        case Kind::CurrencyRates:
            break; // rates refer to nothing
        case Kind::Contacts:
        case Kind::Usage:
        case Kind::Tickets:
        case Kind::Surveys:
        case Kind::FeatureRequests:
        case Kind::Goals:
        case Kind::Activities:
        case Kind::AccountEvents:
            add(signalTable(file.plan.kind).table);
            break;
        case Kind::Milestones:
            break; // updates the accounts' own rows, referring to nothing new
        }
    }
    return expected;
}

// The day before any a book holds: a fixed rate (--rate) covers every day the
// book's own rates do not.
const QDate kFixedRateFrom(1900, 1, 1);

metrics::CurrencyConverter loadConverter(store::Book& book,
                                         const QHash<QString, double>& fixedRates = {})
{
    QString base = book.meta(QStringLiteral("base_currency"));
    metrics::CurrencyConverter converter(base.isEmpty() ? QStringLiteral("USD") : base);
    for (auto it = fixedRates.begin(); it != fixedRates.end(); ++it)
        converter.addRate(it.key(), kFixedRateFrom, it.value());
    auto rates =
        book.connection().prepare("SELECT currency, rate_on, per_base FROM currency_rates");
    while (rates.step()) {
        converter.addRate(rates.textValue(0), QDate::fromString(rates.textValue(1), Qt::ISODate),
                          rates.doubleValue(2));
    }
    return converter;
}

// A fixed rate is kept in the book from the first day of its currency that
// this import brought, where the book had no rate yet, so that every later
// computation converts those amounts as the import did.
void storeFixedRates(store::Book& book, const QHash<QString, double>& fixedRates,
                     const std::vector<FileOutcome>& files)
{
    if (fixedRates.isEmpty())
        return;
    const metrics::CurrencyConverter own = loadConverter(book);
    auto insert = book.connection().prepare(
        "INSERT OR IGNORE INTO currency_rates(currency, rate_on, per_base) VALUES (?, ?, ?)");
    for (auto it = fixedRates.begin(); it != fixedRates.end(); ++it) {
        QDate first;
        for (const FileOutcome& file : files) {
            const QDate from = file.firstDayIn.value(it.key());
            if (from.isValid() && (!first.isValid() || from < first))
                first = from;
        }
        if (!first.isValid())
            continue;
        try {
            own.toBase(1, it.key(), first);
            continue; // the book's own rates cover it
        } catch (const metrics::MissingRate&) {
        }
        insert.bind(1, it.key()).bind(2, first.toString(Qt::ISODate)).bind(3, it.value());
        insert.exec();
        insert.reset();
    }
}

int importOrder(Kind kind)
{
    switch (kind) {
    case Kind::CurrencyRates:
        return 0;
    case Kind::Accounts:
        return 1;
    case Kind::Subscriptions:
    case Kind::Invoices:
        return 2;
    default:
        return 3;
    }
}

// Joins the files of an export that lend each other columns (PresetLink): the
// lender's values become columns of the borrower's rows.
QStringList resolveLinks(std::vector<FileOutcome>& files)
{
    QStringList problems;
    for (FileOutcome& file : files) {
        const Preset* preset = file.plan.preset;
        if (!preset || file.plan.mappingRemembered)
            continue;
        for (const PresetLink& link : preset->links) {
            const auto lender = std::find_if(files.begin(), files.end(), [&](const FileOutcome& f) {
                return f.plan.preset && qstrcmp(f.plan.preset->id, link.presetId) == 0;
            });
            if (lender == files.end()) {
                if (link.required) {
                    const Preset* needed = findPreset(QString::fromLatin1(link.presetId));
                    QStringList columns;
                    for (const PresetColumn& column : needed->columns)
                        columns.append(QString::fromUtf8(column.headers).section(u'|', 0, 0));
                    problems.append(
                        Messages::tr("%1: its rows take their %2 from the %3 file (%4). Import it "
                                     "in the same command: tenure import --book BOOK %5 FILE…")
                            .arg(QFileInfo(file.plan.path).fileName(),
                                 lentFieldNames(link).join(QStringLiteral(", ")),
                                 QCoreApplication::translate("tenure::import::Preset",
                                                             needed->label),
                                 columns.join(QStringLiteral(", ")),
                                 QFileInfo(file.plan.path).fileName()));
                }
                continue;
            }
            lender->lentTo.append(QFileInfo(file.plan.path).fileName());
            ResolvedLink resolved;
            resolved.key = link.key;
            resolved.keyColumn = file.plan.mapping.column(link.key);
            resolved.required = link.required;
            resolved.lenderFile = QFileInfo(lender->plan.path).fileName();
            resolved.values =
                std::make_shared<const LinkedValues>(lender->plan, link.lenderKey, link.lends);
            for (Field field : link.lends) {
                const int column = static_cast<int>(file.plan.headers.size());
                file.plan.headers.append(QStringLiteral("%1 (%2)").arg(
                    lender->plan.headers.value(lender->plan.mapping.column(field)),
                    resolved.lenderFile));
                // The file's own column, if it has one, where the lender has nothing.
                file.plan.mapping.setOtherwise(field, file.plan.mapping.column(field));
                file.plan.mapping.set(field, column);
                resolved.columns.push_back(column);
            }
            file.links.push_back(std::move(resolved));
        }
    }
    for (FileOutcome& file : files) {
        if (file.plan.preset && file.plan.preset->lendsOnly && file.lentTo.isEmpty()) {
            problems.append(Messages::tr("%1 only lends its columns to another file of the same "
                                         "export, and none came with it.")
                                .arg(QFileInfo(file.plan.path).fileName()));
        }
    }
    return problems;
}

} // namespace

std::int64_t ImportOutcome::rejectedRows() const
{
    std::int64_t rows = 0;
    for (const FileOutcome& file : files)
        rows += file.rejected;
    return rows;
}

std::vector<Rejection> ImportOutcome::allRejections() const
{
    std::vector<Rejection> all;
    for (const FileOutcome& file : files)
        all.insert(all.end(), file.rejections.begin(), file.rejections.end());
    return all;
}

ImportOutcome importFiles(store::Book& book, const QStringList& paths, const ImportOptions& options,
                          Progress& progress)
{
    store::Connection& connection = book.connection();
    ImportOutcome outcome;
    // Every file is checked before anything is written, and every problem
    // of every file is told at once.
    QStringList problems;
    for (const QString& path : paths) {
        FileOutcome file;
        file.plan = inspectFile(path, options.readingFor.value(path, options.reading), &connection);
        problems += planProblems(file.plan);
        outcome.files.push_back(std::move(file));
    }
    problems += resolveLinks(outcome.files);
    if (!problems.isEmpty())
        throw ImportError(problems.join(u'\n'));
    // Rates before the amounts they convert, customers before their subscriptions.
    std::stable_sort(outcome.files.begin(), outcome.files.end(),
                     [](const FileOutcome& a, const FileOutcome& b) {
                         return importOrder(a.plan.kind) < importOrder(b.plan.kind);
                     });

    BulkLoad bulk(connection, expectedLoad(outcome.files));
    store::Transaction transaction(connection);
    bulk.begin();
    metrics::CurrencyConverter converter = loadConverter(book, options.fixedRates);
    outcome.baseCurrency = converter.baseCurrency();
    std::vector<std::pair<std::int64_t, ImportLogEntry>> logs;
    for (FileOutcome& file : outcome.files) {
        if (!file.lentTo.isEmpty())
            continue; // its rows went into the files it lends to
        QElapsedTimer timer;
        timer.start();
        ImportLogEntry log;
        log.source = file.plan.source;
        log.kind = kindName(file.plan.kind);
        log.fileName = QFileInfo(file.plan.path).fileName();
        log.presetId =
            file.plan.preset ? QString::fromLatin1(file.plan.preset->id) : QStringLiteral("custom");
        const std::int64_t importId = beginImportLog(connection, log);
        FileImport(connection, file, options, converter, progress).run(importId);
        file.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        if (options.skipInvalid)
            file.skipped += file.rejected;
        if (file.plan.kind == Kind::CurrencyRates) // later files may use the new rates
            converter = loadConverter(book, options.fixedRates);
        log.sha256 = file.sha256;
        log.rowsRead = file.rowsRead;
        log.rowsInserted = file.inserted;
        log.rowsUpdated = file.updated;
        log.rowsSkipped = file.skipped;
        log.seconds = file.seconds;
        log.changes = file.changes;
        log.reviews = static_cast<int>(file.reviews.size());
        file.importId = importId;
        logs.emplace_back(importId, log);
    }

    outcome.committed = !options.dryRun && (options.skipInvalid || outcome.rejectedRows() == 0);
    if (!outcome.committed) {
        for (FileOutcome& file : outcome.files)
            file.importId = 0;
        return outcome; // the transaction rolls back
    }
    storeFixedRates(book, options.fixedRates, outcome.files);
    for (const auto& [id, log] : logs)
        finishImportLog(connection, id, log);
    bulk.finish();
    transaction.commit();
    return outcome;
}

} // namespace tenure::import
