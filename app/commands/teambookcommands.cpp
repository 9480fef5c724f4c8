#include "teambookcommands.h"

#include "commandsupport.h"
#include "store/bookerror.h"
#include "store/postgres/bookcopy.h"
#include "store/postgres/pgconnection.h"
#include "store/postgres/teamroles.h"

#include <QCoreApplication>

namespace tenure::app {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::app::Command)
};

int runCopy(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Messages::tr(
        "Copies a whole book between a book file and a PostgreSQL database: a file to an empty "
        "database (all of it in one transaction, or nothing), or a database's book to a new "
        "file. Every id, date and amount arrives as it was. The source is only read."));
    const QCommandLineOption from(QStringLiteral("from"),
                                  Messages::tr("The book to copy: a .tenure file or a "
                                               "postgresql:// URI."),
                                  Messages::tr("BOOK"));
    const QCommandLineOption to(QStringLiteral("to"),
                                Messages::tr("Where to: a new .tenure file, or a postgresql:// "
                                             "URI of an empty database."),
                                Messages::tr("BOOK"));
    parser.addOptions({from, to});
    int exitCode = Success;
    if (!parseCommandLine(parser, QStringLiteral("book copy"), arguments, exitCode))
        return exitCode;
    if (!parser.isSet(from) || !parser.isSet(to)) {
        standardError() << Messages::tr("Name both books with --from BOOK and --to BOOK.") << '\n';
        return UsageError;
    }
    const QString source = parser.value(from);
    const QString target = parser.value(to);
    const bool fromServer = store::postgres::isServerLocation(source);
    const bool toServer = store::postgres::isServerLocation(target);
    if (fromServer == toServer) {
        standardError() << Messages::tr("tenure book copy copies between a file and a server: "
                                        "one of --from and --to is a .tenure file, the other a "
                                        "postgresql:// URI.")
                        << '\n';
        return UsageError;
    }
    try {
        const store::postgres::CopySummary summary =
            toServer ? store::postgres::copyFileToServer(source, target)
                     : store::postgres::copyServerToFile(source, target);
        standardOutput() << Messages::tr("Copied %n row(s) of %1 tables.", nullptr,
                                         static_cast<int>(summary.rows))
                                .arg(summary.tables)
                         << '\n';
        return Success;
    } catch (const store::BookError& error) {
        standardError() << error.message() << '\n';
    }
    return Failure;
}

int runInit(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Messages::tr(
        "Makes an empty PostgreSQL database a team book: the book's schema and four group roles "
        "with their grants: PREFIX_owner (the schema and the book's preferences), "
        "PREFIX_manager (every table), PREFIX_csm (reads everything, or only its own accounts; "
        "writes actions, tasks, plays run and reviews) and PREFIX_reporting (reads everything). "
        "People log in with roles of their own made members of one of them, named in the "
        "team_members table as the accounts name their owners."));
    const QCommandLineOption book(QStringLiteral("book"),
                                  Messages::tr("The empty database, as a postgresql:// URI."),
                                  Messages::tr("URI"));
    const QCommandLineOption prefix(QStringLiteral("role-prefix"),
                                    Messages::tr("What the roles' names start with (the "
                                                 "database's name if not given)."),
                                    Messages::tr("PREFIX"));
    const QCommandLineOption csmSees(
        QStringLiteral("csm-sees"),
        Messages::tr("all: CSMs read every account (the default); own: only the accounts they "
                     "own, enforced by the server."),
        Messages::tr("all|own"));
    parser.addOptions({book, prefix, csmSees});
    int exitCode = Success;
    if (!parseCommandLine(parser, QStringLiteral("team init"), arguments, exitCode))
        return exitCode;
    if (!store::postgres::isServerLocation(parser.value(book))) {
        standardError() << Messages::tr("Name the team's database with --book "
                                        "postgresql://USER@HOST/DATABASE.")
                        << '\n';
        return UsageError;
    }
    const QString sees = parser.value(csmSees);
    if (!sees.isEmpty() && sees != QLatin1String("all") && sees != QLatin1String("own")) {
        standardError() << Messages::tr("--csm-sees takes all or own, not \"%1\".").arg(sees)
                        << '\n';
        return UsageError;
    }
    try {
        const store::postgres::TeamRoles roles = store::postgres::initTeam(
            parser.value(book), parser.value(prefix),
            sees == QLatin1String("own") ? store::postgres::CsmSees::OwnAccounts
                                         : store::postgres::CsmSees::AllAccounts);
        standardOutput() << Messages::tr("The team book is ready, with the roles %1.")
                                .arg(roles.all().join(QStringLiteral(", ")))
                         << '\n'
                         << Messages::tr("Add a person with, for example: CREATE ROLE dana LOGIN "
                                         "IN ROLE %1; INSERT INTO team_members VALUES ('dana', "
                                         "'Dana Whitfield');")
                                .arg(roles.csm)
                         << '\n';
        return Success;
    } catch (const store::BookError& error) {
        standardError() << error.message() << '\n';
    }
    return Failure;
}

} // namespace

int runBookCommand(const QStringList& arguments)
{
    if (arguments.value(0) == QLatin1String("copy"))
        return runCopy(arguments.mid(1));
    standardError() << Messages::tr("Usage: tenure book copy --from BOOK --to BOOK") << '\n';
    return arguments.value(0) == QLatin1String("--help") ? Success : UsageError;
}

int runTeamCommand(const QStringList& arguments)
{
    if (arguments.value(0) == QLatin1String("init"))
        return runInit(arguments.mid(1));
    standardError() << Messages::tr("Usage: tenure team init --book URI [--role-prefix PREFIX] "
                                    "[--csm-sees all|own]")
                    << '\n';
    return arguments.value(0) == QLatin1String("--help") ? Success : UsageError;
}

} // namespace tenure::app
