#include "actionscommand.h"

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

QJsonValue dateOrNull(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject toJson(const playbooks::Action& action)
{
    return {{QStringLiteral("id"), qint64{action.id}},
            {QStringLiteral("account_id"), qint64{action.accountId}},
            {QStringLiteral("account"), action.accountName},
            {QStringLiteral("occurred_on"), dateOrNull(action.occurredOn)},
            {QStringLiteral("kind"), playbooks::workKindCode(action.kind)},
            {QStringLiteral("contact"), textOrNull(action.contactName)},
            {QStringLiteral("reason"), textOrNull(action.reasonCode)},
            {QStringLiteral("summary"), action.summary},
            {QStringLiteral("outcome"), textOrNull(action.outcome)},
            {QStringLiteral("follow_up_on"), dateOrNull(action.followUpOn)},
            {QStringLiteral("created_by"), textOrNull(action.createdBy)},
            {QStringLiteral("changed_by"), textOrNull(action.changedBy)},
            {QStringLiteral("changed_at"), textOrNull(action.changedAt)}};
}

QString asText(const std::vector<playbooks::Action>& actions)
{
    QList<QStringList> rows{{Messages::tr("date"), Messages::tr("account"), Messages::tr("kind"),
                             Messages::tr("summary"), Messages::tr("outcome"),
                             Messages::tr("follow-up")}};
    for (const playbooks::Action& action : actions) {
        rows.append({action.occurredOn.toString(Qt::ISODate), action.accountName,
                     playbooks::workKindLabel(action.kind), action.summary, action.outcome,
                     action.followUpOn.toString(Qt::ISODate)});
    }
    return formatTable(rows);
}

} // namespace

int runActionsCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Messages::tr("The action log: calls, emails, meetings, QBRs and notes, newest first."));
    const QCommandLineOption book = readingBookOption();
    const QCommandLineOption account(QStringLiteral("account"), Messages::tr("Only this account."),
                                     Messages::tr("ID"));
    const QCommandLineOption json(QStringLiteral("json"), Messages::tr("Print JSON."));
    parser.addOptions({book, account, json});
    int exitCode = Success;
    if (!parseCommandLine(parser, QStringLiteral("actions"), arguments, exitCode))
        return exitCode;
    bool idOk = true;
    const qint64 accountId = parser.isSet(account) ? parser.value(account).toLongLong(&idOk) : 0;
    if (!idOk || accountId < 0) {
        standardError() << Messages::tr("--account takes an account id (a number).") << '\n';
        return UsageError;
    }
    return withBookForReading(parser.value(book), [&](store::Connection& connection) {
        const auto actions = playbooks::loadActions(connection, accountId);
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const playbooks::Action& action : actions)
                array.append(toJson(action));
            standardOutput() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        } else {
            standardOutput() << asText(actions);
        }
        return Success;
    });
}

} // namespace tenure::app
