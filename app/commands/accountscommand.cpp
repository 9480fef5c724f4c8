#include "accountscommand.h"

#include "accountlist/accountmerge.h"
#include "commandsupport.h"
#include "store/book.h"
#include "store/bookerror.h"

#include <QCoreApplication>

namespace tenure::app {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::app::Command)
};

// A positive account id from `option`; nullopt after saying why not.
std::optional<qint64> accountIdOption(const QCommandLineParser& parser, const QString& option)
{
    bool ok = false;
    const qint64 id = parser.value(option).toLongLong(&ok);
    if (!parser.isSet(option) || !ok || id <= 0) {
        standardError() << Messages::tr("--%1 takes an account id (a number, as `tenure health` "
                                        "and `tenure import` show them).")
                               .arg(option)
                        << '\n';
        return std::nullopt;
    }
    return id;
}

int runMerge(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Messages::tr("Merges one account into another: every row of the first (subscriptions, "
                     "invoices, signals, contacts, actions, tasks, milestones, events, external "
                     "ids) moves to the second, which keeps its own fields and takes the first's "
                     "where it has none; the first account is then removed."));
    const QCommandLineOption book(
        QStringLiteral("book"),
        Messages::tr("The book to change: a .tenure file, or a team book's postgresql:// URI."),
        Messages::tr("BOOK"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  Messages::tr("The account merged away (a duplicate)."),
                                  Messages::tr("ID"));
    const QCommandLineOption into(QStringLiteral("into"), Messages::tr("The account kept."),
                                  Messages::tr("ID"));
    parser.addOptions({book, from, into});
    int exitCode = Success;
    if (!parseCommandLine(parser, QStringLiteral("accounts merge"), arguments, exitCode))
        return exitCode;
    if (!parser.isSet(book)) {
        standardError() << Messages::tr("Name the book with --book FILE.") << '\n';
        return UsageError;
    }
    const auto fromId = accountIdOption(parser, QStringLiteral("from"));
    const auto intoId = accountIdOption(parser, QStringLiteral("into"));
    if (!fromId || !intoId)
        return UsageError;
    try {
        std::shared_ptr<void> serverCopy; // a team book's: before the book, it outlives it
        auto opened = openServerBookForWriting(parser.value(book), true, serverCopy);
        if (!opened)
            opened = store::Book::open(parser.value(book), store::Book::Access::ReadWrite);
        const accounts::AccountMerge merge =
            accounts::mergeAccounts(opened->connection(), *fromId, *intoId);
        standardOutput() << Messages::tr("Merged account %1 into account %2: %n row(s) moved.",
                                         nullptr, merge.movedRows())
                                .arg(*fromId)
                                .arg(*intoId)
                         << '\n';
        return Success;
    } catch (const accounts::MergeRefused& refused) {
        standardError() << refused.message() << '\n';
    } catch (const store::BookError& error) {
        standardError() << error.message() << '\n';
    }
    return Failure;
}

} // namespace

int runAccountsCommand(const QStringList& arguments)
{
    if (arguments.value(0) == QLatin1String("merge"))
        return runMerge(arguments.mid(1));
    standardError() << Messages::tr("Usage: tenure accounts merge --book FILE --from ID --into ID")
                    << '\n';
    return arguments.value(0) == QLatin1String("--help") ? Success : UsageError;
}

} // namespace tenure::app
