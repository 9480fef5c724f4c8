#pragma once

#include <QString>

namespace tenure::test {

// A database of its own for one test, on the throwaway server the ctest
// fixture `postgres` started (its directory in TENURE_TEST_POSTGRES_DIR),
// dropped with every role whose name starts with the database's when it goes
// out of scope. valid() is false, with why() saying why, when there is no
// server.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    bool valid() const { return m_error.isEmpty(); }
    const QString& why() const { return m_error; }
    const QString& name() const { return m_name; }
    // As the server's superuser, or as `role`.
    QString uri() const;
    QString uriAs(const QString& role) const;

private:
    QString m_socketDir;
    QString m_superuser;
    QString m_name;
    QString m_error;
};

} // namespace tenure::test
