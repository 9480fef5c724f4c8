#include "editconflict.h"

#include "playbook.h"
#include "playbookstore.h"
#include "store/bookerror.h"

#include <QCoreApplication>

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

// The fields an action's row holds: the names read with it for lists are not its own.
Action storedPart(Action action)
{
    action.accountName.clear();
    action.contactName.clear();
    return action;
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
        throw BookError(BookError::Kind::Conflict,
                        Messages::tr("The task “%1” was changed elsewhere since you saw it (in "
                                     "another window, or by someone else working in this book): "
                                     "it is now %2. Your change was not saved; the lists show "
                                     "the task as it is now.")
                            .arg(expected.title, describeTask(*now)));
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
                        Messages::tr("The action “%1” was changed elsewhere since you saw it (in "
                                     "another window, or by someone else working in this book). "
                                     "Your change was not saved; the log shows the action as it "
                                     "is now.")
                            .arg(what));
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
        throw BookError(BookError::Kind::Conflict,
                        Messages::tr("The playbook “%1” was changed elsewhere since you opened "
                                     "it (in another window, or by someone else working in this "
                                     "book). Your change was not saved; the library now shows "
                                     "the playbook as it is.")
                            .arg(expected.name));
    }
}

} // namespace tenure::playbooks
