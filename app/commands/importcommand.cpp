#include "importcommand.h"

#include "commandsupport.h"
#include "core/progress.h"
#include "import/fieldmapping.h"
#include "import/importer.h"
#include "import/importerror.h"
#include "store/book.h"
#include "store/bookerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace tenure::app {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::app::Command)
};

// The command line waits; nothing cancels it but a signal.
class SilentProgress : public Progress
{
public:
    void report(std::int64_t, std::int64_t, const QString&) override {}
    bool isCancelled() const override { return false; }
};

QString presetList()
{
    QStringList ids;
    for (const import::Preset* preset : import::allPresets())
        ids.append(QString::fromLatin1(preset->id));
    return ids.join(QStringLiteral(", "));
}

QString delimiterName(char delimiter)
{
    return delimiter == '\t' ? QStringLiteral("tab") : QString(QLatin1Char(delimiter));
}

std::optional<char> delimiterFromName(const QString& name)
{
    if (name == QLatin1String("tab") || name == QLatin1String("\\t"))
        return '\t';
    if (name.size() == 1 && QStringLiteral(",;|").contains(name))
        return name.at(0).toLatin1();
    return std::nullopt;
}

void printFile(const import::FileOutcome& file, QTextStream& out)
{
    const QLocale locale;
    const import::FilePlan& plan = file.plan;
    out << Messages::tr("%1: %2 (%3), %4, delimiter %5")
               .arg(QFileInfo(plan.path).fileName(),
                    plan.preset
                        ? QCoreApplication::translate("tenure::import::Preset", plan.preset->label)
                        : Messages::tr("mapping remembered for these headers"),
                    import::kindName(plan.kind), import::encodingName(plan.encoding),
                    delimiterName(plan.dialect.delimiter))
        << '\n';
    out << "  "
        << Messages::tr(
               "%1 rows read: %2 added, %3 updated, %4 unchanged, %5 skipped, %6 rejected; "
               "%7 new accounts (%8 s)")
               .arg(locale.toString(file.rowsRead), locale.toString(file.inserted),
                    locale.toString(file.updated), locale.toString(file.unchanged),
                    locale.toString(file.skipped), locale.toString(file.rejected),
                    locale.toString(file.accountsCreated), QString::number(file.seconds, 'f', 2))
        << '\n';
    for (const QString& change : file.changes)
        out << "  " << Messages::tr("changed: %1").arg(change) << '\n';
    if (!file.reviews.empty()) {
        out << "  "
            << Messages::tr(
                   "%n new account(s) look like existing ones; review them before merging:",
                   nullptr, static_cast<int>(file.reviews.size()))
            << '\n';
        for (const import::MatchReview& review : file.reviews) {
            out << "    "
                << Messages::tr("line %1: \"%2\" (%3) → account %4; like account %5 \"%6\" (%7)")
                       .arg(review.line)
                       .arg(review.name, review.externalId)
                       .arg(review.newAccountId)
                       .arg(review.candidateAccountId)
                       .arg(review.candidateName, review.reason)
                << '\n';
        }
    }
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
    parser.addOptions({book, create, kind, preset, source, encoding, delimiter, dateOrder, dryRun,
                       skipInvalid, rejects});
    parser.addPositionalArgument(QStringLiteral("CSV"), Messages::tr("The files to import."),
                                 QStringLiteral("CSV..."));

    int exitCode = Success;
    if (!parseCommandLine(parser, QStringLiteral("import"), arguments, exitCode))
        return exitCode;

    import::ImportOptions options;
    options.dryRun = parser.isSet(dryRun);
    options.skipInvalid = parser.isSet(skipInvalid);
    options.reading.source = parser.value(source);
    const QStringList files = parser.positionalArguments();
    if (!parser.isSet(book) || files.isEmpty()) {
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
    for (const QString& file : files) {
        if (!QFileInfo(file).isFile()) {
            standardError() << Messages::tr("There is no file %1.").arg(file) << '\n';
            return UsageError;
        }
    }

    try {
        const QString bookPath = parser.value(book);
        auto opened = parser.isSet(create) && !QFileInfo::exists(bookPath)
                          ? store::Book::create(bookPath)
                          : store::Book::open(bookPath, store::Book::Access::ReadWrite);
        SilentProgress progress;
        const import::ImportOutcome outcome =
            import::importFiles(*opened, files, options, progress);
        QTextStream& out = standardOutput();
        for (const import::FileOutcome& file : outcome.files)
            printFile(file, out);

        const auto rejected = outcome.allRejections();
        if (parser.isSet(rejects)) {
            QFile saved(parser.value(rejects));
            if (!saved.open(QIODevice::WriteOnly) ||
                saved.write(import::rejectionsCsv(rejected)) < 0)
                standardError() << Messages::tr("Cannot write %1.").arg(parser.value(rejects))
                                << '\n';
        }
        if (!rejected.empty() && !options.skipInvalid) {
            for (const import::Rejection& rejection : rejected)
                standardError() << rejection.toText() << '\n';
            standardError() << Messages::tr("%n row(s) rejected; the book was not changed. Fix "
                                            "them, or import the rest with --skip-invalid.",
                                            nullptr, static_cast<int>(outcome.rejectedRows()))
                            << '\n';
            return Failure;
        }
        if (options.dryRun)
            out << Messages::tr("Dry run: nothing was written.") << '\n';
        else
            out << Messages::tr("Imported.") << '\n';
        return Success;
    } catch (const import::ImportError& error) {
        standardError() << error.message() << '\n';
    } catch (const store::BookError& error) {
        standardError() << error.message() << '\n';
    }
    return Failure;
}

} // namespace tenure::app
