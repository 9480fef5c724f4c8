#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

struct sqlite3_stmt;

namespace tenure::store {
class Connection;
}

namespace tenure::import {

// A prepared statement on the raw sqlite3 handle for the bulk path: text is
// bound without a copy (SQLITE_STATIC), so the caller keeps it alive until
// step() returns, and a reset keeps nothing bound.
class RawStatement
{
public:
    RawStatement(store::Connection& connection, std::string_view sql);
    ~RawStatement();
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;

    RawStatement& bind(int index, std::int64_t value);
    RawStatement& bind(int index, double value);
    RawStatement& bind(int index, std::string_view text);
    // An empty text binds NULL.
    RawStatement& bindTextOrNull(int index, std::string_view text);
    // A pointer only a virtual table asking for `type` can read (sqlite3_bind_pointer).
    RawStatement& bindPointer(int index, void* pointer, const char* type);

    // Runs to the first row or the end; true when a row is ready. Throws BookError.
    bool step();
    // Runs an INSERT OR FAIL … SELECT, then resets it, and returns how many
    // rows it inserted: all of them, or those before the first one a unique
    // key refused. OR FAIL keeps those rows, so SQLite needs no statement
    // journal to undo them (which would copy every page the insert touches).
    // Throws BookError on any other error.
    std::size_t insertUntilKeyConflict();
    void reset();
    sqlite3_stmt* handle() const { return m_statement; }

private:
    store::Connection& m_connection;
    sqlite3_stmt* m_statement = nullptr;
};

} // namespace tenure::import
