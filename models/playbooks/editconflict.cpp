#include "editconflict.h"

#include "playbook.h"
#include "playbookstore.h"
#include "store/bookerror.h"
#include "store/sqlite.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace tenure::playbooks {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::playbooks::EditConflict)
};

using store::BookError;

// A task as the list shows its state.
QString describeTask(const Task& task)
{
    switch (task.status) {
    case TaskStatus::Done:
        return Messages::tr("done on %1").arg(task.completedOn.toString(Qt::ISODate));
    case TaskStatus::Skipped:
        return task.skipReason.isEmpty() ? Messages::tr("skipped")
                                         : Messages::tr("skipped (%1)").arg(task.skipReason);
    case TaskStatus::Open:
        break;
    }
    return Messages::tr("open, due %1").arg(task.due.toString(Qt::ISODate));
}

bool sameState(const Task& a, const Task& b)
{
    return a.status == b.status && a.due == b.due && a.completedOn == b.completedOn &&
           a.skipReason == b.skipReason;
}

// What an action says: not the names read with it for lists, nor who wrote
// it when (a change is what it says, whoever made it).
Action storedPart(Action action)
{
    action.accountName.clear();
    action.contactName.clear();
    action.changedBy.clear();
    action.changedAt.clear();
    return action;
}

// "by Maya at 2026-11-22 14:02 UTC", or nothing when the book does not know.
QString byWhom(const QString& person, const QString& at)
{
    const QDateTime when = QDateTime::fromString(at, Qt::ISODate);
    if (person.isEmpty())
        return {};
    if (!when.isValid())
        return Messages::tr("by %1").arg(person);
    return Messages::tr("by %1 at %2 UTC")
        .arg(person, when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

// "elsewhere (in another window, or by someone else…)", or who and when.
QString where(const QString& person, const QString& at)
{
    const QString who = byWhom(person, at);
    return who.isEmpty() ? Messages::tr("elsewhere (in another window, or by someone else working "
                                        "in this book)")
                         : who;
}

} // namespace

void requireTaskAsSeen(store::Connection& connection, const Task& expected)
{
    const auto now = loadTask(connection, expected.id);
    if (!now) {
        throw BookError(BookError::Kind::Conflict,
                        Messages::tr("The task “%1” was deleted elsewhere (in another window, or "
                                     "by someone else working in this book). Your change was "
                                     "not saved.")
                            .arg(expected.title));
    }
    if (!sameState(*now, expected)) {
        throw BookError(
            BookError::Kind::Conflict,
            Messages::tr("The task “%1” was changed %2 after you saw it: it is now "
                         "%3. Your change was not saved; the lists show the task as "
                         "it is now.")
                .arg(expected.title, where(now->changedBy, now->changedAt), describeTask(*now)));
    }
}

void requireActionAsSeen(store::Connection& connection, const Action& expected)
{
    const auto now = loadAction(connection, expected.id);
    const QString what = QStringLiteral("%1 %2: %3")
                             .arg(expected.occurredOn.toString(Qt::ISODate),
                                  workKindLabel(expected.kind), expected.summary);
    if (!now) {
        throw BookError(BookError::Kind::Conflict,
                        Messages::tr("The action “%1” was deleted elsewhere (in another window, "
                                     "or by someone else working in this book). Your change was "
                                     "not saved.")
                            .arg(what));
    }
    if (storedPart(*now) != storedPart(expected)) {
        throw BookError(BookError::Kind::Conflict,
                        Messages::tr("The action “%1” was changed %2 after you saw it. Your "
                                     "change was not saved; the log shows the action as it is "
                                     "now.")
                            .arg(what, where(now->changedBy, now->changedAt)));
    }
}

void requirePlaybookAsSeen(store::Connection& connection, const Playbook& expected)
{
    const auto library = loadLibrary(connection);
    const auto now = std::find_if(library.begin(), library.end(),
                                  [&](const Playbook& p) { return p.code == expected.code; });
    if (now == library.end()) {
        throw BookError(BookError::Kind::Conflict,
                        Messages::tr("The playbook “%1” was removed elsewhere (in another "
                                     "window, or by someone else working in this book). Your "
                                     "change was not saved.")
                            .arg(expected.name));
    }
    if (*now != expected) {
        auto stamp =
            connection.prepare("SELECT changed_by, changed_at FROM playbooks WHERE code = ?");
        stamp.bind(1, expected.code);
        const bool known = stamp.step();
        throw BookError(BookError::Kind::Conflict,
                        Messages::tr("The playbook “%1” was changed %2 after you opened it. Your "
                                     "change was not saved; the library now shows the playbook as "
                                     "it is.")
                            .arg(expected.name, known
                                                    ? where(stamp.textValue(0), stamp.textValue(1))
                                                    : where({}, {})));
    }
}

} // namespace tenure::playbooks
