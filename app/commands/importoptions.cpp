#include "importoptions.h"

#include "commandsupport.h"
#include "import/choiceparsers.h"
#include "import/fieldmapping.h"

#include <QCoreApplication>

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

} // namespace

ImportCommandLine::ImportCommandLine()
    : book(QStringLiteral("book"),
           Messages::tr(
               "The book to import into: a .tenure file, or a team book's postgresql:// URI."),
           Messages::tr("BOOK"))
    , kind(QStringLiteral("kind"),
           Messages::tr("What the files hold: %1 (default: detected).")
               .arg(import::kindNames().join(QStringLiteral(", "))),
           Messages::tr("K"))
    , preset(QStringLiteral("preset"),
             Messages::tr("Read the files as this export (default: "
                          "recognised from the headers): %1.")
                 .arg(presetList()),
             Messages::tr("P"))
    , source(QStringLiteral("source"),
             Messages::tr("The source system's name stored with the rows "
                          "(default: the preset's, or generic)."),
             Messages::tr("NAME"))
    , encoding(QStringLiteral("encoding"),
               Messages::tr("utf-8, utf-8-bom, utf-16le, utf-16be, windows-1252, windows-1251 or "
                            "gb18030 (default: detected)."),
               Messages::tr("E"))
    , delimiter(QStringLiteral("delimiter"), Messages::tr(", ; | or tab (default: detected)."),
                Messages::tr("D"))
    , dateOrder(QStringLiteral("date-order"),
                Messages::tr("mdy or dmy, for date columns where every value reads both ways."),
                Messages::tr("ORDER"))
    , dryRun(QStringLiteral("dry-run"), Messages::tr("Check and count everything; write nothing."))
    , skipInvalid(QStringLiteral("skip-invalid"),
                  Messages::tr("Import the valid rows even when some are rejected."))
    , rejects(QStringLiteral("rejects"), Messages::tr("Save the rejected rows to this CSV file."),
              Messages::tr("FILE"))
    , create(QStringLiteral("create"), Messages::tr("Create the book first if there is none."))
    , amounts(QStringLiteral("amounts"),
              Messages::tr("major or minor: whether amounts are written in whole units (49.00) or "
                           "cents (4900), where the export does not say."),
              Messages::tr("UNITS"))
    , interval(
          QStringLiteral("interval"),
          Messages::tr("The billing interval of prices the file gives without one: month, year, "
                       "quarter, week, \"6 months\"."),
          Messages::tr("I"))
    , decimal(QStringLiteral("decimal"),
              Messages::tr(", or . : the character that separates decimals in every number column, "
                           "where the numbers read both ways (1.234)."),
              Messages::tr("C"))
    , map(QStringLiteral("map"),
          Messages::tr("Read columns as Tenure's fields: \"Account Owner=owner,Company Domain "
                       "Name=domain\" (may be repeated)."),
          Messages::tr("HEADER=FIELD,..."))
    , mapping(QStringLiteral("mapping"),
              Messages::tr("Read the files with a mapping saved in the book under this name."),
              Messages::tr("NAME"))
    , saveMapping(
          QStringLiteral("save-mapping"),
          Messages::tr("After the import, save the file's mapping in the book under this name."),
          Messages::tr("NAME"))
    , rate(QStringLiteral("rate"),
           Messages::tr("A fixed exchange rate for amounts the book has no rate for: EUR=1.08 "
                        "(base-currency units per unit; kept in the book from the first day it "
                        "is needed)."),
           Messages::tr("CUR=RATE,..."))
    , inspect(
          QStringLiteral("inspect"),
          Messages::tr("Print how the files would be read (encoding, delimiter, header, preset, "
                       "each column's field, the first rows typed, what is missing); import "
                       "nothing. --book is optional."))
    , mergeInto(QStringLiteral("merge-into"),
                Messages::tr("A customer that only resembles this account (the possible "
                             "duplicates tenure import lists; see them first with --dry-run) "
                             "joins it instead of becoming a new account (may be repeated)."),
                Messages::tr("ID"))
{
}

void ImportCommandLine::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({book,      create,  kind,        preset,  source,  encoding, delimiter,
                       dateOrder, dryRun,  skipInvalid, rejects, amounts, interval, decimal,
                       map,       mapping, saveMapping, rate,    inspect, mergeInto});
}

bool ImportCommandLine::readChoices(const QCommandLineParser& parser,
                                    import::ImportOptions& options) const
{
    if (parser.isSet(kind)) {
        options.reading.kind = import::kindFromName(parser.value(kind));
        if (!options.reading.kind) {
            standardError() << Messages::tr("--kind takes one of: %1.")
                                   .arg(import::kindNames().join(QStringLiteral(", ")))
                            << '\n';
            return false;
        }
    }
    for (const QString& value : parser.values(mergeInto)) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        if (!ok || id <= 0) {
            standardError() << Messages::tr("--merge-into takes an account id (a number, as "
                                            "tenure import lists them).")
                            << '\n';
            return false;
        }
        options.mergeInto.insert(id);
    }
    if (parser.isSet(preset)) {
        if (!import::findPreset(parser.value(preset))) {
            standardError() << Messages::tr("Unknown preset %1; known: %2.")
                                   .arg(parser.value(preset), presetList())
                            << '\n';
            return false;
        }
        options.reading.presetId = parser.value(preset);
    }
    if (parser.isSet(encoding)) {
        options.reading.encoding = import::encodingFromName(parser.value(encoding));
        if (!options.reading.encoding) {
            standardError() << Messages::tr("Unknown encoding %1.").arg(parser.value(encoding))
                            << '\n';
            return false;
        }
    }
    if (parser.isSet(delimiter)) {
        options.reading.delimiter = delimiterFromName(parser.value(delimiter));
        if (!options.reading.delimiter) {
            standardError() << Messages::tr("--delimiter takes , ; | or tab.") << '\n';
            return false;
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
            return false;
        }
    }
    QString error;
    if (parser.isSet(amounts)) {
        options.reading.units = import::parseAmountUnits(parser.value(amounts), error);
        if (!options.reading.units) {
            standardError() << error << '\n';
            return false;
        }
    }
    if (parser.isSet(interval)) {
        options.reading.interval = import::parseIntervalChoice(parser.value(interval), error);
        if (!options.reading.interval) {
            standardError() << error << '\n';
            return false;
        }
    }
    if (parser.isSet(decimal)) {
        const QString separator = parser.value(decimal);
        if (separator != QLatin1String(",") && separator != QLatin1String(".")) {
            standardError() << Messages::tr("--decimal takes , or .") << '\n';
            return false;
        }
        options.reading.decimal = separator.at(0).toLatin1();
    }
    for (const QString& value : parser.values(map)) {
        const auto pairs = import::parseColumnMap(value, error);
        if (!pairs) {
            standardError() << error << '\n';
            return false;
        }
        options.reading.columnMap.insert(options.reading.columnMap.end(), pairs->begin(),
                                         pairs->end());
    }
    options.reading.mappingName = parser.value(mapping);
    return true;
}

} // namespace tenure::app
