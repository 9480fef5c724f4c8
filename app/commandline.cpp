#include "commandline.h"

#include "commands/accountscommand.h"
#include "commands/actionscommand.h"
#include "commands/democommand.h"
#include "commands/healthcommand.h"
#include "commands/importcommand.h"
#include "commands/metricscommand.h"
#include "commands/reportcommand.h"
#include "commands/taskscommand.h"
#ifdef TENURE_POSTGRES
#include "commands/teambookcommands.h"
#endif

#include <QCoreApplication>
#include <QFileInfo>

namespace tenure::app {

namespace {

// Every headless command, one entry per line.
constexpr Command kCommands[] = {
    {"demo", QT_TRANSLATE_NOOP("tenure::app::Command", "write a demo book"), runDemoCommand},
    {"accounts",
     QT_TRANSLATE_NOOP("tenure::app::Command", "merge a duplicate account into another"),
     runAccountsCommand},
    {"actions", QT_TRANSLATE_NOOP("tenure::app::Command", "the action log"), runActionsCommand},
    {"backtest",
     QT_TRANSLATE_NOOP("tenure::app::Command", "how well the health score would have warned"),
     runBacktestCommand},
#ifdef TENURE_POSTGRES
    {"book",
     QT_TRANSLATE_NOOP("tenure::app::Command",
                       "copy a book between a file and a PostgreSQL server"),
     runBookCommand},
#endif
    {"forecast",
     QT_TRANSLATE_NOOP("tenure::app::Command", "ARR expected lost next quarter, with its band"),
     runForecastCommand},
    {"health", QT_TRANSLATE_NOOP("tenure::app::Command", "health scores and churn-risk reasons"),
     runHealthCommand},
    {"import", QT_TRANSLATE_NOOP("tenure::app::Command", "import CSV exports into a book"),
     runImportCommand},
    {"metrics", QT_TRANSLATE_NOOP("tenure::app::Command", "MRR movements and retention per period"),
     runMetricsCommand},
    {"report", QT_TRANSLATE_NOOP("tenure::app::Command", "the quarterly retention report as a PDF"),
     runReportCommand},
    {"survival",
     QT_TRANSLATE_NOOP("tenure::app::Command", "account survival curves (Kaplan-Meier)"),
     runSurvivalCommand},
    {"tasks", QT_TRANSLATE_NOOP("tenure::app::Command", "open tasks: overdue, today, upcoming"),
     runTasksCommand},
#ifdef TENURE_POSTGRES
    {"team",
     QT_TRANSLATE_NOOP("tenure::app::Command",
                       "make an empty PostgreSQL database a team book, with its roles"),
     runTeamCommand},
#endif
};

QString translatedSummary(const Command& command)
{
    return QCoreApplication::translate("tenure::app::Command", command.summary);
}

} // namespace

const Command* findCommand(const QString& name)
{
    for (const Command& command : kCommands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

bool looksLikeUnknownCommand(const QString& argument)
{
    return !argument.contains(u'/') && !argument.contains(u'.') && !QFileInfo::exists(argument);
}

QString usageText()
{
    QString text = QCoreApplication::translate(
        "tenure::app", "Usage:\n"
                       "  tenure [BOOK]              open the workbench, on BOOK if given\n"
                       "  tenure COMMAND [OPTIONS]   run a command without a window\n"
                       "  tenure --help | --version\n\n"
                       "Commands:\n");
    for (const Command& command : kCommands) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QLatin1String(command.name), -24)
                    .arg(translatedSummary(command));
    }
    text += QCoreApplication::translate(
        "tenure::app", "\n`tenure COMMAND --help` describes a command's options.\n");
    return text;
}

QString versionText()
{
    return QStringLiteral("tenure %1\n").arg(QStringLiteral(TENURE_VERSION));
}

} // namespace tenure::app
