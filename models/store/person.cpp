#include "person.h"

#include <QDateTime>
#include <QMutex>

#include <pwd.h>
#include <unistd.h>

namespace tenure::store {

QString loginName()
{
    for (const char* variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    // Services and containers often run without those set.
    if (const passwd* account = ::getpwuid(::geteuid());
        account && account->pw_name && *account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
    return {};
}

namespace {

struct Person
{
    QMutex mutex;
    QString chosen;
};

Person& person()
{
    static Person instance;
    return instance;
}

} // namespace

QString currentPerson()
{
    Person& p = person();
    const QMutexLocker lock(&p.mutex);
    return p.chosen.isEmpty() ? loginName() : p.chosen;
}

void setCurrentPerson(const QString& name)
{
    Person& p = person();
    const QMutexLocker lock(&p.mutex);
    p.chosen = name.trimmed();
}

QString changeTimestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace tenure::store
