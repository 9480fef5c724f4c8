#pragma once

#include "migrations.h"
#include "sqlite.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <optional>

namespace tenure::store {

// The book's key-value settings (book_meta), for code that holds only a
// connection: a missing key reads as none; writing replaces the value.
std::optional<QString> readBookMeta(Connection& connection, const QString& key);
void writeBookMeta(Connection& connection, const QString& key, const QString& value);

// One book of accounts: a single SQLite file (suggested extension .tenure),
// opened with foreign keys on and write-ahead logging, so that readers in other
// processes see committed data while one writer works.
//
// Opening validates before it writes anything: a file that is not a book, a
// damaged file and a book from a newer Tenure are refused untouched. An older
// book is copied aside (SQLite backup API) and then upgraded step by step.
class Book
{
public:
    // "TENU": marks the file as a Tenure book in the SQLite header.
    static constexpr std::int32_t kApplicationId = 0x54454E55;
    static inline const QString kFileSuffix = QStringLiteral("tenure");

    enum class Access { ReadOnly, ReadWrite };

    // Makes a new, empty book; refuses to overwrite an existing file.
    static std::unique_ptr<Book> create(const QString& path,
                                        const QString& baseCurrency = QStringLiteral("USD"));
    static std::unique_ptr<Book> open(const QString& path, Access access = Access::ReadWrite);
    // As open(), with the schema steps given; tests use it to build old books
    // and to make a step fail.
    static std::unique_ptr<Book> open(const QString& path, Access access,
                                      const std::vector<Migration>& steps);

    Connection& connection() { return *m_connection; }
    const QString& path() const { return m_path; }
    Access access() const { return m_access; }
    int schemaVersion();
    // The copy made before this open upgraded the book; empty when none was needed.
    const QString& upgradeBackupPath() const { return m_upgradeBackupPath; }

    QString meta(const QString& key);
    void setMeta(const QString& key, const QString& value);

    // Copies the whole database to `target` (overwritten) with SQLite's online
    // backup, consistent even while other connections write.
    static void backup(Connection& source, const QString& target);

private:
    Book(const QString& path, Access access);

    std::unique_ptr<Connection> m_connection;
    QString m_path;
    Access m_access;
    QString m_upgradeBackupPath;
};

} // namespace tenure::store
