#include "commandsupport.h"

#include "metrics/currency.h"
#include "store/book.h"
#include "store/bookerror.h"

#include <QCoreApplication>

#include <cstdio>

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

} // namespace

QTextStream& standardOutput()
{
    static QTextStream stream(stdout);
    return stream;
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
    return true;
}

std::unique_ptr<store::Book> openBookForReading(const QString& path)
{
    if (path.isEmpty()) {
        standardError() << Messages::tr("Name the book with --book FILE.") << '\n';
        return nullptr;
    }
    try {
        return store::Book::open(path, store::Book::Access::ReadOnly);
    } catch (const store::BookError& error) {
        standardError() << error.message() << '\n';
        return nullptr;
    }
}

int withBookForReading(const QString& path, const std::function<int(store::Connection&)>& work)
{
    const auto opened = openBookForReading(path);
    if (!opened)
        return Failure;
    try {
        return work(opened->connection());
    } catch (const metrics::MissingRate& missing) {
        standardError() << missing.message() << '\n';
    } catch (const store::BookError& error) {
        standardError() << error.message() << '\n';
    }
    return Failure;
}

std::optional<QDate> asOfOption(const QCommandLineParser& parser, const QString& name)
{
    if (!parser.isSet(name))
        return QDate::currentDate();
    const QString text = parser.value(name);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        standardError()
            << Messages::tr("--%1 takes a date as YYYY-MM-DD, not \"%2\".").arg(name, text) << '\n';
        return std::nullopt;
    }
    return date;
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
