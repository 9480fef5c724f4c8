#include "taskscommand.h"

#include "commandsupport.h"
#include "playbooks/worklog.h"
#include "store/book.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tenure::app {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::app::Command)
};

QJsonArray toJson(const std::vector<playbooks::Task>& tasks, const QString& when)
{
    QJsonArray array;
    for (const playbooks::Task& task : tasks) {
        array.append(QJsonObject{{QStringLiteral("id"), qint64{task.id}},
                                 {QStringLiteral("account_id"), qint64{task.accountId}},
                                 {QStringLiteral("account"), task.accountName},
                                 {QStringLiteral("title"), task.title},
                                 {QStringLiteral("kind"), playbooks::workKindCode(task.kind)},
                                 {QStringLiteral("owner"), task.owner},
                                 {QStringLiteral("due_on"), task.due.toString(Qt::ISODate)},
                                 {QStringLiteral("when"), when},
                                 {QStringLiteral("changed_by"), textOrNull(task.changedBy)},
                                 {QStringLiteral("changed_at"), textOrNull(task.changedAt)}});
    }
    return array;
}

QString asText(const std::vector<playbooks::Task>& tasks, const QString& heading)
{
    if (tasks.empty())
        return {};
    QList<QStringList> rows{{heading, Messages::tr("account"), Messages::tr("task"),
                             Messages::tr("kind"), Messages::tr("owner")}};
    for (const playbooks::Task& task : tasks) {
        rows.append({task.due.toString(Qt::ISODate), task.accountName, task.title,
                     playbooks::workKindLabel(task.kind), task.owner});
    }
    return formatTable(rows) + u'\n';
}

} // namespace

int runTasksCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Messages::tr("Open tasks: overdue, due today and upcoming, oldest first."));
    const QCommandLineOption book = readingBookOption();
    const QCommandLineOption owner(QStringLiteral("owner"),
                                   Messages::tr("Only this owner's tasks (default: everyone's)."),
                                   Messages::tr("NAME"));
    const QCommandLineOption dueBy(QStringLiteral("due-by"),
                                   Messages::tr("Only tasks due by then."),
                                   Messages::tr("YYYY-MM-DD"));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  Messages::tr("The day that counts as today (default: today)."),
                                  Messages::tr("YYYY-MM-DD"));
    const QCommandLineOption json(QStringLiteral("json"), Messages::tr("Print JSON."));
    parser.addOptions({book, owner, dueBy, asOf, json});
    int exitCode = Success;
    if (!parseCommandLine(parser, QStringLiteral("tasks"), arguments, exitCode))
        return exitCode;
    const auto today = asOfOption(parser, QStringLiteral("as-of"));
    if (!today)
        return UsageError;
    const auto until = dateOption(parser, dueBy.names().constFirst());
    if (!until)
        return UsageError;
    return withBookForReading(parser.value(book), [&](store::Connection& connection) {
        const playbooks::TaskAgenda agenda = playbooks::agendaOf(
            playbooks::loadOpenTasks(connection, parser.value(owner), *until), *today);
        if (parser.isSet(json)) {
            QJsonArray array = toJson(agenda.overdue, QStringLiteral("overdue"));
            for (const QJsonArray& more : {toJson(agenda.dueToday, QStringLiteral("today")),
                                           toJson(agenda.upcoming, QStringLiteral("upcoming"))}) {
                for (const auto& task : more)
                    array.append(task);
            }
            standardOutput() << QJsonDocument(array).toJson(QJsonDocument::Indented);
            return Success;
        }
        standardOutput() << asText(agenda.overdue, Messages::tr("overdue"))
                         << asText(agenda.dueToday, Messages::tr("due today"))
                         << asText(agenda.upcoming, Messages::tr("upcoming"));
        if (agenda.overdue.empty() && agenda.dueToday.empty() && agenda.upcoming.empty())
            standardOutput() << Messages::tr("No open tasks.") << '\n';
        return Success;
    });
}

} // namespace tenure::app
