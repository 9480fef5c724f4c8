#include "rawstatement.h"

#include "store/sqlite.h"

#include <QString>

#include <sqlite3.h>

namespace tenure::import {

RawStatement::RawStatement(store::Connection& connection, std::string_view sql)
    : m_connection(connection)
{
    const int rc = sqlite3_prepare_v3(connection.handle(), sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (rc != SQLITE_OK)
        connection.fail(rc, QStringLiteral("Preparing SQL"));
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_statement);
}

RawStatement& RawStatement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

RawStatement& RawStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
    return *this;
}

RawStatement& RawStatement::bind(int index, std::string_view text)
{
    sqlite3_bind_text(m_statement, index, text.data(), static_cast<int>(text.size()),
                      SQLITE_STATIC);
    return *this;
}

RawStatement& RawStatement::bindTextOrNull(int index, std::string_view text)
{
    if (text.empty())
        sqlite3_bind_null(m_statement, index);
    else
        bind(index, text);
    return *this;
}

RawStatement& RawStatement::bindPointer(int index, void* pointer, const char* type)
{
    sqlite3_bind_pointer(m_statement, index, pointer, type, nullptr);
    return *this;
}

std::size_t RawStatement::insertUntilKeyConflict()
{
    const int rc = sqlite3_step(m_statement);
    const int extended = sqlite3_extended_errcode(m_connection.handle());
    sqlite3_reset(m_statement);
    const bool keyConflict =
        extended == SQLITE_CONSTRAINT_UNIQUE || extended == SQLITE_CONSTRAINT_PRIMARYKEY;
    if (rc != SQLITE_DONE && !keyConflict)
        m_connection.fail(rc, QString::fromUtf8(sqlite3_sql(m_statement)).section(u' ', 0, 2));
    return static_cast<std::size_t>(m_connection.changes());
}

bool RawStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    sqlite3_reset(m_statement);
    m_connection.fail(rc, QString::fromUtf8(sqlite3_sql(m_statement)).section(u' ', 0, 2));
}

void RawStatement::reset()
{
    sqlite3_reset(m_statement);
}

} // namespace tenure::import
