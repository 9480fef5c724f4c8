#pragma once

#include <QString>

#include <functional>
#include <vector>

namespace tenure::store {

class Connection;

// One ordered step of the schema. Steps run in their own transaction, and the
// book's PRAGMA user_version records the last one applied.
struct Migration
{
    int version;
    QString description;
    std::function<void(Connection&)> apply;
};

// The steps that build today's schema, version 1 upwards.
const std::vector<Migration>& standardMigrations();
int currentSchemaVersion();

// Applies every step above the book's version, each in one transaction. A step
// that fails is rolled back and reported as BookError::UpgradeFailed; the steps
// before it stay applied (each leaves a consistent, openable book).
void applyMigrations(Connection& connection, const std::vector<Migration>& steps);

int schemaVersionOf(Connection& connection);

} // namespace tenure::store
