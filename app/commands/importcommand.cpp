#include "importcommand.h"

#include "commandsupport.h"
#include "core/atomicfile.h"
#include "core/progress.h"
#include "import/choiceparsers.h"
#include "import/fieldmapping.h"
#include "import/importer.h"
#include "import/importerror.h"
#include "importinspection.h"
#include "importsummary.h"
#include "store/book.h"
#include "store/bookerror.h"
#include "terminalprogress.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTemporaryDir>

#include <optional>

namespace tenure::app {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::app::Command)
};

QString presetList()
{
    QStringList ids;
    for (const import::Preset* preset : import::allPresets())
        ids.append(QString::fromLatin1(preset->id));
    return ids.join(QStringLiteral(", "));
}

std::optional<char> delimiterFromName(const QString& name)
{
    if (name == QLatin1String("tab") || name == QLatin1String("\\t"))
        return '\t';
    if (name.size() == 1 && QStringLiteral(",;|").contains(name))
        return name.at(0).toLatin1();
    return std::nullopt;
}

// A book --create makes is built under a temporary name beside it, and takes
// its own name only once an import has landed: a refused, failed, dry or
// killed import leaves no empty book behind.
class BookBeingCreated
{
public:
    explicit BookBeingCreated(const QString& path)
        : m_path(path)
        , m_temporary(
              QFileInfo(path).absoluteDir().filePath(QStringLiteral(".%1.%2.creating")
                                                         .arg(QFileInfo(path).fileName())
                                                         .arg(QCoreApplication::applicationPid())))
    {
    }
    ~BookBeingCreated()
    {
        if (m_kept)
            return;
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(m_temporary + QLatin1String(suffix));
    }
    BookBeingCreated(const BookBeingCreated&) = delete;
    BookBeingCreated& operator=(const BookBeingCreated&) = delete;

    const QString& temporaryPath() const { return m_temporary; }
    // Call with the book closed.
    bool keep()
    {
        m_kept = !QFileInfo::exists(m_path) && QFile::rename(m_temporary, m_path);
        return m_kept;
    }

private:
    QString m_path;
    QString m_temporary;
    bool m_kept = false;
};

bool mayWrite(const QString& path)
{
    const QFileInfo file(path);
    return file.isWritable() && QFileInfo(file.absolutePath()).isWritable();
}

// A dry run of a book Tenure may not write (a read-only file or folder) runs
// on a copy, so that it can check everything and still write nothing.
std::unique_ptr<store::Book> copyForDryRun(const QString& path, const QTemporaryDir& scratch)
{
    const QString copy = scratch.filePath(QFileInfo(path).fileName());
    {
        auto original = store::Book::open(path, store::Book::Access::ReadOnly);
        store::Book::backup(original->connection(), copy);
    }
    return store::Book::open(copy, store::Book::Access::ReadWrite);
}

// The files named, and the CSV files of each folder named, in name order.
QStringList expandFolders(const QStringList& paths)
{
    QStringList files;
    for (const QString& path : paths) {
        if (!QFileInfo(path).isDir()) {
            files.append(path);
            continue;
        }
        const QDir folder(path);
        for (const QString& name : folder.entryList(
                 {QStringLiteral("*.csv"), QStringLiteral("*.CSV")}, QDir::Files, QDir::Name))
            files.append(folder.filePath(name));
    }
    return files;
}

QString baseCurrencyOf(store::Book* book)
{
    const QString base = book ? book->meta(QStringLiteral("base_currency")) : QString();
    return base.isEmpty() ? QStringLiteral("USD") : base;
}

} // namespace

int runImportCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Messages::tr(
        "Imports CSV exports (billing systems, customers, currency rates, contacts, usage, "
        "tickets, surveys, feature requests, goals) into a book, as one transaction: every "
        "accepted row lands, or none does."));
    const QCommandLineOption book(QStringLiteral("book"), Messages::tr("The book to import into."),
                                  Messages::tr("FILE"));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  Messages::tr("What the files hold: %1 (default: detected).")
                                      .arg(import::kindNames().join(QStringLiteral(", "))),
                                  Messages::tr("K"));
    const QCommandLineOption preset(QStringLiteral("preset"),
                                    Messages::tr("Read the files as this export (default: "
                                                 "recognised from the headers): %1.")
                                        .arg(presetList()),
                                    Messages::tr("P"));
    const QCommandLineOption source(QStringLiteral("source"),
                                    Messages::tr("The source system's name stored with the rows "
                                                 "(default: the preset's, or generic)."),
                                    Messages::tr("NAME"));
    const QCommandLineOption encoding(
        QStringLiteral("encoding"),
        Messages::tr("utf-8, utf-8-bom, utf-16le, utf-16be, windows-1252, windows-1251 or "
                     "gb18030 (default: detected)."),
        Messages::tr("E"));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"),
                                       Messages::tr(", ; | or tab (default: detected)."),
                                       Messages::tr("D"));
    const QCommandLineOption dateOrder(
        QStringLiteral("date-order"),
        Messages::tr("mdy or dmy, for date columns where every value reads both ways."),
        Messages::tr("ORDER"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Messages::tr("Check and count everything; write nothing."));
    const QCommandLineOption skipInvalid(
        QStringLiteral("skip-invalid"),
        Messages::tr("Import the valid rows even when some are rejected."));
    const QCommandLineOption rejects(QStringLiteral("rejects"),
                                     Messages::tr("Save the rejected rows to this CSV file."),
                                     Messages::tr("FILE"));
    const QCommandLineOption create(QStringLiteral("create"),
                                    Messages::tr("Create the book first if there is none."));
    const QCommandLineOption amounts(
        QStringLiteral("amounts"),
        Messages::tr("major or minor: whether amounts are written in whole units (49.00) or "
                     "cents (4900), where the export does not say."),
        Messages::tr("UNITS"));
    const QCommandLineOption interval(
        QStringLiteral("interval"),
        Messages::tr("The billing interval of prices the file gives without one: month, year, "
                     "quarter, week, \"6 months\"."),
        Messages::tr("I"));
    const QCommandLineOption decimal(
        QStringLiteral("decimal"),
        Messages::tr(", or . : the character that separates decimals in every number column, "
                     "where the numbers read both ways (1.234)."),
        Messages::tr("C"));
    const QCommandLineOption map(
        QStringLiteral("map"),
        Messages::tr("Read columns as Tenure's fields: \"Account Owner=owner,Company Domain "
                     "Name=domain\" (may be repeated)."),
        Messages::tr("HEADER=FIELD,..."));
    const QCommandLineOption mapping(
        QStringLiteral("mapping"),
        Messages::tr("Read the files with a mapping saved in the book under this name."),
        Messages::tr("NAME"));
    const QCommandLineOption saveMapping(
        QStringLiteral("save-mapping"),
        Messages::tr("After the import, save the file's mapping in the book under this name."),
        Messages::tr("NAME"));
    const QCommandLineOption rate(
        QStringLiteral("rate"),
        Messages::tr("A fixed exchange rate for amounts the book has no rate for: EUR=1.08 "
                     "(base-currency units per unit; kept in the book from the first day it "
                     "is needed)."),
        Messages::tr("CUR=RATE,..."));
    const QCommandLineOption inspect(
        QStringLiteral("inspect"),
        Messages::tr("Print how the files would be read (encoding, delimiter, header, preset, "
                     "each column's field, the first rows typed, what is missing); import "
                     "nothing. --book is optional."));
    parser.addOptions({book, create, kind, preset, source, encoding, delimiter, dateOrder, dryRun,
                       skipInvalid, rejects, amounts, interval, decimal, map, mapping, saveMapping,
                       rate, inspect});
    parser.addPositionalArgument(
        QStringLiteral("CSV"),
        Messages::tr("The files to import, or folders whose CSV files to import together."),
        QStringLiteral("CSV..."));

    int exitCode = Success;
    if (!parseCommandLine(parser, QStringLiteral("import"), arguments, exitCode))
        return exitCode;

    import::ImportOptions options;
    options.dryRun = parser.isSet(dryRun);
    options.skipInvalid = parser.isSet(skipInvalid);
    options.reading.source = parser.value(source);
    const QStringList files = expandFolders(parser.positionalArguments());
    if ((!parser.isSet(book) && !parser.isSet(inspect)) || files.isEmpty()) {
        standardError() << Messages::tr(
                               "tenure import needs --book FILE and at least one CSV file.")
                        << '\n';
        return UsageError;
    }
    if (parser.isSet(kind)) {
        options.reading.kind = import::kindFromName(parser.value(kind));
        if (!options.reading.kind) {
            standardError() << Messages::tr("--kind takes one of: %1.")
                                   .arg(import::kindNames().join(QStringLiteral(", ")))
                            << '\n';
            return UsageError;
        }
    }
    if (parser.isSet(preset)) {
        if (!import::findPreset(parser.value(preset))) {
            standardError() << Messages::tr("Unknown preset %1; known: %2.")
                                   .arg(parser.value(preset), presetList())
                            << '\n';
            return UsageError;
        }
        options.reading.presetId = parser.value(preset);
    }
    if (parser.isSet(encoding)) {
        options.reading.encoding = import::encodingFromName(parser.value(encoding));
        if (!options.reading.encoding) {
            standardError() << Messages::tr("Unknown encoding %1.").arg(parser.value(encoding))
                            << '\n';
            return UsageError;
        }
    }
    if (parser.isSet(delimiter)) {
        options.reading.delimiter = delimiterFromName(parser.value(delimiter));
        if (!options.reading.delimiter) {
            standardError() << Messages::tr("--delimiter takes , ; | or tab.") << '\n';
            return UsageError;
        }
    }
    if (parser.isSet(dateOrder)) {
        const QString order = parser.value(dateOrder);
        if (order == QLatin1String("mdy")) {
            options.reading.dateOrder = import::DateOrder::MonthFirst;
        } else if (order == QLatin1String("dmy")) {
            options.reading.dateOrder = import::DateOrder::DayFirst;
        } else {
            standardError() << Messages::tr("--date-order takes mdy or dmy.") << '\n';
            return UsageError;
        }
    }
    QString error;
    if (parser.isSet(amounts)) {
        options.reading.units = import::parseAmountUnits(parser.value(amounts), error);
        if (!options.reading.units) {
            standardError() << error << '\n';
            return UsageError;
        }
    }
    if (parser.isSet(interval)) {
        options.reading.interval = import::parseIntervalChoice(parser.value(interval), error);
        if (!options.reading.interval) {
            standardError() << error << '\n';
            return UsageError;
        }
    }
    if (parser.isSet(decimal)) {
        const QString separator = parser.value(decimal);
        if (separator != QLatin1String(",") && separator != QLatin1String(".")) {
            standardError() << Messages::tr("--decimal takes , or .") << '\n';
            return UsageError;
        }
        options.reading.decimal = separator.at(0).toLatin1();
    }
    for (const QString& value : parser.values(map)) {
        const auto pairs = import::parseColumnMap(value, error);
        if (!pairs) {
            standardError() << error << '\n';
            return UsageError;
        }
        options.reading.columnMap.insert(options.reading.columnMap.end(), pairs->begin(),
                                         pairs->end());
    }
    options.reading.mappingName = parser.value(mapping);
    if (parser.isSet(saveMapping) && files.size() != 1) {
        standardError() << Messages::tr("--save-mapping saves the mapping of one file; name one.")
                        << '\n';
        return UsageError;
    }
    for (const QString& file : files) {
        if (!QFileInfo(file).isFile()) {
            standardError() << Messages::tr("There is no file %1.").arg(file) << '\n';
            return Failure; // as for a book that is not there
        }
    }

    try {
        const QString bookPath = parser.value(book);
        if (parser.isSet(inspect)) {
            auto opened = bookPath.isEmpty()
                              ? nullptr
                              : store::Book::open(bookPath, store::Book::Access::ReadOnly);
            for (const QString& file : files) {
                const import::FilePlan plan = import::inspectFile(
                    file, options.reading, opened ? &opened->connection() : nullptr);
                printInspection(plan, baseCurrencyOf(opened.get()), standardOutput());
            }
            return Success;
        }
        std::optional<BookBeingCreated> creating;
        if (parser.isSet(create) && !QFileInfo::exists(bookPath))
            creating.emplace(bookPath);
        QTemporaryDir scratch;
        auto opened = creating ? store::Book::create(creating->temporaryPath())
                      : options.dryRun && !mayWrite(bookPath)
                          ? copyForDryRun(bookPath, scratch)
                          : store::Book::open(bookPath, store::Book::Access::ReadWrite);
        const QString baseCurrency = baseCurrencyOf(opened.get());
        if (parser.isSet(rate)) {
            const auto rates = import::parseFixedRates(parser.value(rate), baseCurrency, error);
            if (!rates) {
                standardError() << error << '\n';
                return UsageError;
            }
            options.fixedRates = *rates;
        }
        TerminalProgress progress;
        const import::ImportOutcome outcome =
            import::importFiles(*opened, files, options, progress);
        progress.finish();
        QTextStream& out = standardOutput();
        for (const import::FileOutcome& file : outcome.files)
            printImportedFile(file, baseCurrency, out);

        const auto rejected = outcome.allRejections();
        if (parser.isSet(rejects)) {
            QString why;
            if (!writeFileAtomically(parser.value(rejects), import::rejectionsCsv(rejected), &why))
                standardError() << why << '\n';
        }
        if (!rejected.empty() && !options.skipInvalid) {
            for (const import::Rejection& rejection : rejected)
                standardError() << rejection.toText() << '\n';
            printMissingRates(outcome, bookPath, baseCurrency, standardError());
            standardError() << Messages::tr("%n row(s) rejected; the book was not changed. Fix "
                                            "them, or import the rest with --skip-invalid.",
                                            nullptr, static_cast<int>(outcome.rejectedRows()))
                            << '\n';
            return Failure;
        }
        printMissingRates(outcome, bookPath, baseCurrency, out);
        if (options.dryRun) {
            out << Messages::tr("Dry run: nothing was written.") << '\n';
            return Success;
        }
        if (parser.isSet(saveMapping)) {
            const import::FilePlan& plan = outcome.files.front().plan;
            import::rememberMapping(opened->connection(), plan.headers, plan.source, plan.kind,
                                    plan.mapping);
            import::nameMapping(opened->connection(), plan.headers, parser.value(saveMapping));
        }
        opened.reset();
        if (creating && !creating->keep()) {
            standardError() << Messages::tr("The new book could not be named %1 (a file of that "
                                            "name appeared meanwhile, or the folder refused it).")
                                   .arg(bookPath)
                            << '\n';
            return Failure;
        }
        out << Messages::tr("Imported.") << '\n';
        return Success;
    } catch (const Cancelled&) {
        standardError() << '\n' << Messages::tr("Stopped; the book was not changed.") << '\n';
    } catch (const import::ImportError& error) {
        standardError() << error.message() << '\n';
    } catch (const store::BookError& error) {
        standardError() << error.message() << '\n';
    }
    return Failure;
}

} // namespace tenure::app
