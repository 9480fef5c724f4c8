#include "testdatabase.h"

#include "store/bookerror.h"
#include "store/postgres/pgconnection.h"

#include <QCoreApplication>
#include <QFile>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>

namespace tenure::test {

namespace {

QString uriFor(const QString& socketDir, const QString& database, const QString& user)
{
    return QStringLiteral("postgresql:///%1?host=%2&user=%3").arg(database, socketDir, user);
}

} // namespace

TestDatabase::TestDatabase()
{
    m_socketDir = qEnvironmentVariable("TENURE_TEST_POSTGRES_DIR");
    QFile uriFile(m_socketDir + QStringLiteral("/uri"));
    if (m_socketDir.isEmpty() || !uriFile.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("No PostgreSQL server for the tests: run them through ctest, "
                                 "whose fixture starts one (TENURE_TEST_POSTGRES_DIR=%1)")
                      .arg(m_socketDir);
        return;
    }
    const QUrl written(QString::fromUtf8(uriFile.readAll().trimmed()));
    m_superuser = QUrlQuery(written).queryItemValue(QStringLiteral("user"));
    static std::atomic<int> made{0};
    m_name = QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(++made);
    try {
        store::postgres::Connection admin(
            uriFor(m_socketDir, QStringLiteral("tenure"), m_superuser));
        admin.exec(QStringLiteral("CREATE DATABASE %1").arg(m_name).toStdString());
    } catch (const store::BookError& error) {
        m_error = error.message();
    }
}

TestDatabase::~TestDatabase()
{
    if (!valid())
        return;
    try {
        store::postgres::Connection admin(
            uriFor(m_socketDir, QStringLiteral("tenure"), m_superuser));
        admin.exec(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(m_name).toStdString());
        const auto roles = admin.query(
            "SELECT rolname FROM pg_roles WHERE starts_with(rolname, $1)", {m_name + u'_'});
        for (int row = 0; row < roles.rows(); ++row)
            admin.exec(QStringLiteral("DROP ROLE %1").arg(roles.text(row, 0)).toStdString());
    } catch (const store::BookError& error) {
        qWarning("Could not drop the test database %s: %s", qPrintable(m_name),
                 qPrintable(error.message()));
    }
}

QString TestDatabase::uri() const
{
    return uriFor(m_socketDir, m_name, m_superuser);
}

QString TestDatabase::uriAs(const QString& role) const
{
    return uriFor(m_socketDir, m_name, role);
}

} // namespace tenure::test
