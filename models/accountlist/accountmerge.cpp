#include "accountmerge.h"

#include "store/sqlite.h"

#include <QCoreApplication>

#include <algorithm>

namespace tenure::accounts {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::accounts::AccountMerge)
};

// Rows that describe the account as it was scored: dropped with it, not moved.
const QStringList kSnapshotTables = {QStringLiteral("health_snapshots"),
                                     QStringLiteral("risk_reason_snapshots"),
                                     QStringLiteral("demo_truth")};

// Rows of both accounts that one key would make two of the same once merged.
struct Collision
{
    const char* table;
    const char* sql; // counts the `from` rows (?1) whose key the `into` account (?2) has
};
const Collision kCollisions[] = {
    {"usage", "SELECT count(*) FROM usage f JOIN usage i ON i.account_id = ?2 AND i.period_start "
              "= f.period_start AND i.period_days = f.period_days WHERE f.account_id = ?1"},
    {"actions",
     "SELECT count(*) FROM actions f JOIN actions i ON i.account_id = ?2 AND i.source = f.source "
     "AND i.external_id = f.external_id WHERE f.account_id = ?1 AND f.external_id IS NOT NULL"},
};

QString quoted(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

std::string utf8(const QString& text)
{
    return text.toStdString();
}

QStringList columnsOf(store::Connection& connection, const QString& table)
{
    auto statement = connection.prepare("SELECT name FROM pragma_table_info(?) ORDER BY cid");
    statement.bind(1, table);
    QStringList columns;
    while (statement.step())
        columns.append(statement.textValue(0));
    return columns;
}

// Every table with a column referring to accounts, and that column.
std::vector<std::pair<QString, QString>> referringTables(store::Connection& connection)
{
    auto statement = connection.prepare(
        "SELECT m.name, f.\"from\" FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f "
        "WHERE m.type = 'table' AND f.\"table\" = 'accounts' ORDER BY m.name");
    std::vector<std::pair<QString, QString>> tables;
    while (statement.step())
        tables.emplace_back(statement.textValue(0), statement.textValue(1));
    return tables;
}

// The rows of `table` whose `column` is `id`, every column as stored.
SqlRows readRows(store::Connection& connection, const QString& table, const QString& column,
                 std::int64_t id)
{
    SqlRows rows{table, column, columnsOf(connection, table), {}};
    QStringList selected;
    for (const QString& name : rows.columns)
        selected << QStringLiteral("typeof(%1), %1").arg(quoted(name));
    auto statement = connection.prepare(
        utf8(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                 .arg(selected.join(QStringLiteral(", ")), quoted(table), quoted(column))));
    statement.bind(1, id);
    while (statement.step()) {
        std::vector<SqlCell> row;
        for (int i = 0; i < rows.columns.size(); ++i) {
            const QString type = statement.textValue(2 * i);
            if (type == QLatin1String("integer"))
                row.emplace_back(statement.intValue(2 * i + 1));
            else if (type == QLatin1String("real"))
                row.emplace_back(statement.doubleValue(2 * i + 1));
            else if (type == QLatin1String("null"))
                row.emplace_back(std::monostate{});
            else
                row.emplace_back(statement.textValue(2 * i + 1));
        }
        rows.rows.push_back(std::move(row));
    }
    return rows;
}

void bindCell(store::Statement& statement, int index, const SqlCell& cell)
{
    if (const auto* number = std::get_if<std::int64_t>(&cell))
        statement.bind(index, *number);
    else if (const auto* real = std::get_if<double>(&cell))
        statement.bind(index, *real);
    else if (const auto* text = std::get_if<QString>(&cell))
        statement.bind(index, *text);
    else
        statement.bindNull(index);
}

void insertRows(store::Connection& connection, const SqlRows& rows)
{
    QStringList names;
    QStringList marks;
    for (const QString& column : rows.columns) {
        names << quoted(column);
        marks << QStringLiteral("?");
    }
    auto insert =
        connection.prepare(utf8(QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                                    .arg(quoted(rows.table), names.join(QStringLiteral(", ")),
                                         marks.join(QStringLiteral(", ")))));
    for (const auto& row : rows.rows) {
        for (int i = 0; i < rows.columns.size(); ++i)
            bindCell(insert, i + 1, row[static_cast<std::size_t>(i)]);
        insert.exec();
        insert.reset();
    }
}

// Moves `rows` (read under `from`) back from `into`: by their id where the
// table has one, else by every other column.
void moveBack(store::Connection& connection, const SqlRows& rows, std::int64_t from,
              std::int64_t into)
{
    QStringList conditions{QStringLiteral("%1 = ?1").arg(quoted(rows.accountColumn))};
    std::vector<int> keyColumns;
    const qsizetype id = rows.columns.indexOf(QStringLiteral("id"));
    for (int i = 0; i < rows.columns.size(); ++i) {
        if (rows.columns[i] == rows.accountColumn || (id >= 0 && i != id))
            continue;
        keyColumns.push_back(i);
        conditions << QStringLiteral("%1 IS ?%2")
                          .arg(quoted(rows.columns[i]))
                          .arg(static_cast<int>(keyColumns.size()) + 2);
    }
    auto update = connection.prepare(utf8(QStringLiteral("UPDATE %1 SET %2 = ?2 WHERE %3")
                                              .arg(quoted(rows.table), quoted(rows.accountColumn),
                                                   conditions.join(QStringLiteral(" AND ")))));
    for (const auto& row : rows.rows) {
        update.bind(1, into).bind(2, from);
        for (std::size_t k = 0; k < keyColumns.size(); ++k)
            bindCell(update, static_cast<int>(k) + 3, row[static_cast<std::size_t>(keyColumns[k])]);
        update.exec();
        update.reset();
    }
}

bool accountExists(store::Connection& connection, std::int64_t id)
{
    auto statement = connection.prepare("SELECT 1 FROM accounts WHERE id = ?");
    statement.bind(1, id);
    return statement.step();
}

void refuseUnlessMergeable(store::Connection& connection, std::int64_t from, std::int64_t into)
{
    if (connection.isReadOnly())
        throw MergeRefused(Messages::tr("The book is read-only; no account was merged."));
    if (from == into)
        throw MergeRefused(
            Messages::tr("Account %1 cannot be merged into itself; give two different ids.")
                .arg(from));
    for (const std::int64_t id : {from, into}) {
        if (!accountExists(connection, id))
            throw MergeRefused(
                Messages::tr("The book has no account %1; no account was merged.").arg(id));
    }
    for (const Collision& collision : kCollisions) {
        auto statement = connection.prepare(collision.sql);
        statement.bind(1, from).bind(2, into);
        const std::int64_t clashes = statement.step() ? statement.intValue(0) : 0;
        if (clashes > 0) {
            throw MergeRefused(
                Messages::tr("Accounts %1 and %2 both have %3 row(s) in %4 for the same period or "
                             "id, which one account cannot hold twice; remove one side's rows "
                             "first. No account was merged.")
                    .arg(from)
                    .arg(into)
                    .arg(clashes)
                    .arg(QLatin1String(collision.table)));
        }
    }
}

// The target keeps its own fields and takes the merged account's where it has none.
void fillEmptyFields(store::Connection& connection, const QStringList& columns, std::int64_t from,
                     std::int64_t into)
{
    static const QStringList kept = {QStringLiteral("id"), QStringLiteral("name"),
                                     QStringLiteral("status"), QStringLiteral("import_id")};
    QStringList assignments;
    for (const QString& column : columns) {
        if (kept.contains(column))
            continue;
        assignments << QStringLiteral("%1 = CASE WHEN %1 IS NULL OR %1 = '' THEN (SELECT %1 FROM "
                                      "accounts WHERE id = ?2) ELSE %1 END")
                           .arg(quoted(column));
    }
    auto update = connection.prepare(utf8(QStringLiteral("UPDATE accounts SET %1 WHERE id = ?1")
                                              .arg(assignments.join(QStringLiteral(", ")))));
    update.bind(1, into).bind(2, from);
    update.exec();
}

} // namespace

int AccountMerge::movedRows() const
{
    int count = 0;
    for (const SqlRows& rows : moved)
        count += static_cast<int>(rows.rows.size());
    return count;
}

AccountMerge mergeAccounts(store::Connection& connection, std::int64_t from, std::int64_t into)
{
    refuseUnlessMergeable(connection, from, into);
    store::Transaction transaction(connection);
    AccountMerge merge;
    merge.from = from;
    merge.into = into;
    merge.fromAccount =
        readRows(connection, QStringLiteral("accounts"), QStringLiteral("id"), from);
    merge.intoAccount =
        readRows(connection, QStringLiteral("accounts"), QStringLiteral("id"), into);
    for (const auto& [table, column] : referringTables(connection)) {
        SqlRows rows = readRows(connection, table, column, from);
        if (rows.rows.empty())
            continue;
        auto change = connection.prepare(utf8(
            kSnapshotTables.contains(table)
                ? QStringLiteral("DELETE FROM %1 WHERE %2 = ?1").arg(quoted(table), quoted(column))
                : QStringLiteral("UPDATE %1 SET %2 = ?2 WHERE %2 = ?1")
                      .arg(quoted(table), quoted(column))));
        change.bind(1, from);
        if (!kSnapshotTables.contains(table))
            change.bind(2, into);
        change.exec();
        (kSnapshotTables.contains(table) ? merge.dropped : merge.moved).push_back(std::move(rows));
    }
    fillEmptyFields(connection, merge.intoAccount.columns, from, into);
    auto remove = connection.prepare("DELETE FROM accounts WHERE id = ?");
    remove.bind(1, from);
    remove.exec();
    transaction.commit();
    return merge;
}

void undoMerge(store::Connection& connection, const AccountMerge& merge)
{
    store::Transaction transaction(connection);
    insertRows(connection, merge.fromAccount);
    for (const SqlRows& rows : merge.moved)
        moveBack(connection, rows, merge.from, merge.into);
    for (const SqlRows& rows : merge.dropped)
        insertRows(connection, rows);
    // The target's fields as they were before the merge filled them.
    QStringList assignments;
    for (const QString& column : merge.intoAccount.columns) {
        if (column != QLatin1String("id"))
            assignments << QStringLiteral("%1 = ?").arg(quoted(column));
    }
    auto restore = connection.prepare(utf8(QStringLiteral("UPDATE accounts SET %1 WHERE id = ?")
                                               .arg(assignments.join(QStringLiteral(", ")))));
    int index = 1;
    const auto& row = merge.intoAccount.rows.front();
    for (int i = 0; i < merge.intoAccount.columns.size(); ++i) {
        if (merge.intoAccount.columns[i] != QLatin1String("id"))
            bindCell(restore, index++, row[static_cast<std::size_t>(i)]);
    }
    restore.bind(index, merge.into);
    restore.exec();
    transaction.commit();
}

} // namespace tenure::accounts
