#include "commandsupport.h"

#include "core/datelimits.h"
#include "metrics/currency.h"
#include "store/book.h"
#include "store/bookcheck.h"
#include "store/bookerror.h"

#ifdef TENURE_POSTGRES
#include "store/postgres/pgconnection.h"
#include "store/postgres/serversnapshot.h"
#include "store/postgres/serverwriter.h"
#endif

#include <QCoreApplication>
#include <QFileInfo>
#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>
#include <optional>

namespace tenure::app {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::app::Command)
};

bool looksNumeric(const QString& cell)
{
    bool ok = false;
    QString(cell).remove(u',').remove(u'%').toDouble(&ok);
    return ok;
}

// The verdict of the read book's integrity check, while it has not been
// awaited: none when the book is sound.
using Verdict = std::optional<store::BookError>;
std::optional<QFuture<Verdict>>& pendingCheck()
{
    static std::optional<QFuture<Verdict>> pending;
    return pending;
}

// quick_check takes up to its budget (0.2 s of a large book): it runs on a
// second core while the command works, instead of before it.
void startIntegrityCheck(const QString& path)
{
    pendingCheck() = QtConcurrent::run([path]() -> Verdict {
        try {
            store::Connection own(path, store::Connection::Mode::ReadOnly);
            store::checkIntact(own, QFileInfo(path).fileName());
            return std::nullopt;
        } catch (const store::BookError& error) {
            return error;
        }
    });
}

} // namespace

void requireIntactBook()
{
    auto& pending = pendingCheck();
    if (!pending)
        return;
    const Verdict verdict = pending->result();
    pending.reset();
    if (verdict)
        throw *verdict;
}

QTextStream& standardOutput()
{
    requireIntactBook();
    static QTextStream stream(stdout);
    return stream;
}

void writeStandardOutput(const QByteArray& utf8)
{
    standardOutput().flush();
    std::fwrite(utf8.constData(), 1, static_cast<std::size_t>(utf8.size()), stdout);
}

QTextStream& standardError()
{
    static QTextStream stream(stderr);
    return stream;
}

bool parseCommandLine(QCommandLineParser& parser, const QString& command,
                      const QStringList& arguments, int& exitCode)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  Messages::tr("Show this help."));
    parser.addOption(help);
    if (!parser.parse(QStringList{QStringLiteral("tenure ") + command} + arguments)) {
        standardError() << parser.errorText() << "\n\n" << parser.helpText();
        exitCode = UsageError;
        return false;
    }
    if (parser.isSet(help)) {
        standardOutput() << parser.helpText();
        exitCode = Success;
        return false;
    }
    // Only `import` takes operands (its CSV files); anything else left over is
    // a mistake, not something to ignore.
    if (command != QLatin1String("import") && !parser.positionalArguments().isEmpty()) {
        standardError() << Messages::tr("tenure %1 takes no arguments besides its options; "
                                        "remove %2.")
                               .arg(command, parser.positionalArguments().join(u' '))
                        << '\n';
        exitCode = UsageError;
        return false;
    }
    return true;
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QCommandLineOption readingBookOption()
{
    return {QStringLiteral("book"),
            Messages::tr("The book to read: a .tenure file, or a team book's postgresql:// URI."),
            Messages::tr("BOOK")};
}

std::unique_ptr<store::Book> openServerBookForWriting([[maybe_unused]] const QString& location,
                                                      [[maybe_unused]] bool forward,
                                                      [[maybe_unused]] std::shared_ptr<void>& copy)
{
#ifdef TENURE_POSTGRES
    if (!store::postgres::isServerLocation(location))
        return nullptr;
    auto snapshot = std::make_shared<store::postgres::ServerSnapshot>(location);
    copy = snapshot;
    auto book = store::Book::open(snapshot->path(), store::Book::Access::ReadWrite);
    if (forward) {
        book->connection().forwardCommitsTo(
            std::make_shared<store::postgres::ServerWriter>(location));
    }
    return book;
#else
    return nullptr;
#endif
}

int withBookForReading(const QString& path, const std::function<int(store::Connection&)>& work)
{
    if (path.isEmpty()) {
        standardError() << Messages::tr("Name the book with --book FILE.") << '\n';
        return UsageError;
    }
#ifdef TENURE_POSTGRES
    // A book on a server is read from a snapshot in a file (before the book,
    // so that the file outlives the connection to it).
    std::shared_ptr<store::postgres::ServerSnapshot> snapshot;
#endif
    std::unique_ptr<store::Book> opened;
    try {
        QString file = path;
#ifdef TENURE_POSTGRES
        if (store::postgres::isServerLocation(path)) {
            snapshot = store::postgres::ServerSnapshot::current(
                path, store::postgres::ServerSnapshot::Use::Reading);
            file = snapshot->path();
        }
#endif
        opened = store::Book::open(file, store::Book::Access::ReadOnly);
    } catch (const store::BookError& error) {
        standardError() << error.message() << '\n';
        return Failure;
    }
    startIntegrityCheck(opened->path());
    // Damage found by the check explains any error the work met reading it.
    const auto reported = [](const QString& message) {
        try {
            requireIntactBook();
            standardError() << message << '\n';
        } catch (const store::BookError& damage) {
            standardError() << damage.message() << '\n';
        }
        return Failure;
    };
    try {
        const int exitCode = work(opened->connection());
        requireIntactBook();
        return exitCode;
    } catch (const metrics::MissingRate& missing) {
        return reported(missing.message());
    } catch (const store::BookError& error) {
        return reported(error.message());
    }
}

std::optional<QDate> dateOption(const QCommandLineParser& parser, const QString& name)
{
    if (!parser.isSet(name))
        return QDate();
    const QString text = parser.value(name);
    const DayParse parsed = parseDay(text);
    switch (parsed.status) {
    case DayParse::Status::Ok:
        return parsed.date;
    case DayParse::Status::OutOfRange:
        standardError() << Messages::tr("--%1 takes a date from %2 to %3, not %4.")
                               .arg(name, earliestAcceptedDay().toString(Qt::ISODate),
                                    latestAcceptedDay().toString(Qt::ISODate), text)
                        << '\n';
        return std::nullopt;
    case DayParse::Status::Malformed:
        break;
    }
    standardError() << Messages::tr("--%1 takes a date as YYYY-MM-DD, not \"%2\".").arg(name, text)
                    << '\n';
    return std::nullopt;
}

std::optional<QDate> asOfOption(const QCommandLineParser& parser, const QString& name)
{
    const auto date = dateOption(parser, name);
    if (date && !date->isValid())
        return QDate::currentDate();
    return date;
}

bool acceptedMonth(const metrics::Month& month)
{
    return month.isValid() && isAcceptedYear(month.year());
}

std::optional<report::Quarter> quarterOption(const QCommandLineParser& parser, const QString& name)
{
    const auto quarter = report::Quarter::parse(parser.value(name));
    if (!quarter || !isAcceptedYear(quarter->year)) {
        standardError() << Messages::tr("--%1 takes a quarter such as 2026Q3, of a year from %2 "
                                        "to %3.")
                               .arg(name)
                               .arg(kEarliestYear)
                               .arg(kLatestYear)
                        << '\n';
        return std::nullopt;
    }
    return quarter;
}

QString formatTable(const QList<QStringList>& rows)
{
    QList<int> widths;
    for (const QStringList& row : rows) {
        for (int column = 0; column < row.size(); ++column) {
            if (widths.size() <= column)
                widths.append(0);
            widths[column] = std::max(widths[column], static_cast<int>(row[column].size()));
        }
    }
    QString text;
    for (const QStringList& row : rows) {
        QStringList cells;
        for (int column = 0; column < row.size(); ++column) {
            const QString& cell = row[column];
            cells.append(looksNumeric(cell) ? cell.rightJustified(widths[column])
                                            : cell.leftJustified(widths[column]));
        }
        QString line = cells.join(QStringLiteral("  "));
        while (line.endsWith(u' '))
            line.chop(1);
        text += line + u'\n';
    }
    return text;
}

} // namespace tenure::app
