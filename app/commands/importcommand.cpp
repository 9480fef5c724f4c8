#include "importcommand.h"

#include "commandsupport.h"
#include "core/atomicfile.h"
#include "core/progress.h"
#include "import/choiceparsers.h"
#include "import/fieldmapping.h"
#include "import/importer.h"
#include "import/importerror.h"
#include "importinspection.h"
#include "importoptions.h"
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
    const ImportCommandLine line;
    line.addTo(parser);
    parser.addPositionalArgument(
        QStringLiteral("CSV"),
        Messages::tr("The files to import, or folders whose CSV files to import together."),
        QStringLiteral("CSV..."));

    int exitCode = Success;
    if (!parseCommandLine(parser, QStringLiteral("import"), arguments, exitCode))
        return exitCode;

    import::ImportOptions options;
    options.dryRun = parser.isSet(line.dryRun);
    options.skipInvalid = parser.isSet(line.skipInvalid);
    options.reading.source = parser.value(line.source);
    const QStringList files = expandFolders(parser.positionalArguments());
    if ((!parser.isSet(line.book) && !parser.isSet(line.inspect)) || files.isEmpty()) {
        standardError() << Messages::tr(
                               "tenure import needs --book FILE and at least one CSV file.")
                        << '\n';
        return UsageError;
    }
    if (!line.readChoices(parser, options))
        return UsageError;
    QString error;
    if (parser.isSet(line.saveMapping) && files.size() != 1) {
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
        const QString bookPath = parser.value(line.book);
        // A team book is imported into through a copy whose commits are made
        // on the server first: the checks, rejections and idempotence are the
        // importer's as on a file, and the new rows travel by COPY in one
        // server transaction. A dry run commits nothing, so forwards nothing.
        std::shared_ptr<void> serverCopy; // before the book: it outlives it
        auto onServer = openServerBookForWriting(
            bookPath, !options.dryRun && !parser.isSet(line.inspect), serverCopy);
        if (parser.isSet(line.inspect)) {
            auto opened = onServer ? std::move(onServer)
                          : bookPath.isEmpty()
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
        if (!onServer && parser.isSet(line.create) && !QFileInfo::exists(bookPath))
            creating.emplace(bookPath);
        // Made only for a dry run's copy: an import stopped by a signal
        // leaves no empty folder behind.
        std::optional<QTemporaryDir> scratch;
        const bool onACopy = !onServer && !creating && options.dryRun && !mayWrite(bookPath);
        if (onACopy)
            scratch.emplace();
        auto opened = onServer   ? std::move(onServer)
                      : creating ? store::Book::create(creating->temporaryPath())
                      : onACopy  ? copyForDryRun(bookPath, *scratch)
                                 : store::Book::open(bookPath, store::Book::Access::ReadWrite);
        const QString baseCurrency = baseCurrencyOf(opened.get());
        if (parser.isSet(line.rate)) {
            const auto rates =
                import::parseFixedRates(parser.value(line.rate), baseCurrency, error);
            if (!rates) {
                standardError() << error << '\n';
                return UsageError;
            }
            options.fixedRates = *rates;
        }
        for (const std::int64_t id : std::as_const(options.mergeInto)) {
            if (!opened->connection().queryInt("SELECT 1 FROM accounts WHERE id = " +
                                               std::to_string(id))) {
                standardError() << Messages::tr("--merge-into %1: the book has no account %1; "
                                                "nothing was imported.")
                                       .arg(id)
                                << '\n';
                return Failure;
            }
        }
        TerminalProgress progress;
        const import::ImportOutcome outcome =
            import::importFiles(*opened, files, options, progress);
        progress.finish();
        QTextStream& out = standardOutput();
        for (const import::FileOutcome& file : outcome.files)
            printImportedFile(file, baseCurrency, out);

        const auto rejected = outcome.allRejections();
        if (parser.isSet(line.rejects)) {
            QString why;
            if (!writeFileAtomically(parser.value(line.rejects), import::rejectionsCsv(rejected),
                                     &why))
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
        if (parser.isSet(line.saveMapping)) {
            const import::FilePlan& plan = outcome.files.front().plan;
            import::rememberMapping(opened->connection(), plan.headers, plan.source, plan.kind,
                                    plan.mapping);
            import::nameMapping(opened->connection(), plan.headers, parser.value(line.saveMapping));
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
