#include "changerecorder.h"

#include "bookerror.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QHash>

// The session extension's declarations in sqlite3.h are behind these; the
// library Tenure links (Debian's, built with both) has the functions.
#define SQLITE_ENABLE_SESSION
#define SQLITE_ENABLE_PREUPDATE_HOOK
#include <map>
#include <memory>
#include <sqlite3.h>

namespace tenure::store {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::store::ChangeRecorder)
};

TableColumns readColumns(Connection& connection, const QString& table)
{
    TableColumns columns;
    columns.table = table;
    Statement info = connection.prepare("SELECT name, pk FROM pragma_table_info(?)");
    info.bind(1, table);
    while (info.step()) {
        columns.names.push_back(info.textValue(0));
        columns.inPrimaryKey.push_back(info.intValue(1) > 0);
    }
    return columns;
}

std::optional<SqlValue> valueOf(sqlite3_value* value)
{
    if (!value)
        return std::nullopt; // the change does not say
    switch (sqlite3_value_type(value)) {
    case SQLITE_INTEGER:
        return SqlValue(static_cast<std::int64_t>(sqlite3_value_int64(value)));
    case SQLITE_FLOAT:
        return SqlValue(sqlite3_value_double(value));
    case SQLITE_NULL:
        return SqlValue(std::monostate{});
    default:
        return SqlValue(QByteArray(reinterpret_cast<const char*>(sqlite3_value_text(value)),
                                   sqlite3_value_bytes(value)));
    }
}

std::optional<SqlValue> columnValue(const Statement& row, int column)
{
    switch (row.type(column)) {
    case Statement::ValueType::Integer:
        return SqlValue(row.intValue(column));
    case Statement::ValueType::Real:
        return SqlValue(row.doubleValue(column));
    case Statement::ValueType::Null:
        return SqlValue(std::monostate{});
    default: {
        const std::string_view text = row.utf8Value(column);
        return SqlValue(QByteArray(text.data(), static_cast<qsizetype>(text.size())));
    }
    }
}

void bindValue(Statement& statement, int index, const SqlValue& value)
{
    if (const auto* number = std::get_if<std::int64_t>(&value))
        statement.bind(index, *number);
    else if (const auto* real = std::get_if<double>(&value))
        statement.bind(index, *real);
    else if (const auto* text = std::get_if<QByteArray>(&value))
        statement.bind(index,
                       std::string_view(text->constData(), static_cast<std::size_t>(text->size())));
    else
        statement.bindNull(index);
}

// Reads a row of `columns`' table by its primary key (?1, ?2, … by column).
Statement rowByKey(Connection& connection, const TableColumns& columns)
{
    QStringList names;
    QStringList keys;
    for (std::size_t i = 0; i < columns.names.size(); ++i) {
        names.append(u'"' + columns.names[i] + u'"');
        if (columns.inPrimaryKey[i])
            keys.append(QStringLiteral("\"%1\" = ?%2").arg(columns.names[i]).arg(i + 1));
    }
    return connection.prepare(
        QStringLiteral("SELECT %1 FROM \"%2\" WHERE %3")
            .arg(names.join(u','), columns.table, keys.join(QStringLiteral(" AND ")))
            .toStdString());
}

// A change names only the columns it changed, with their values before; the
// others had then what they have now, and are read from the row.
void completeBefore(Statement& row, RowChange& change)
{
    const TableColumns& columns = *change.columns;
    row.reset();
    for (std::size_t i = 0; i < columns.names.size(); ++i) {
        if (columns.inPrimaryKey[i])
            bindValue(row, static_cast<int>(i + 1), *change.before[i]);
    }
    if (!row.step())
        return;
    for (std::size_t i = 0; i < columns.names.size(); ++i) {
        if (!change.before[i])
            change.before[i] = columnValue(row, static_cast<int>(i));
    }
}

void check(Connection& connection, int rc)
{
    if (rc != SQLITE_OK)
        connection.fail(rc, Messages::tr("recording a change"));
}

RowChange::Kind kindOf(int operation)
{
    return operation == SQLITE_INSERT   ? RowChange::Kind::Insert
           : operation == SQLITE_DELETE ? RowChange::Kind::Delete
                                        : RowChange::Kind::Update;
}

} // namespace

ChangeSet::ChangeSet(Connection& connection, void* bytes, int size)
    : m_connection(connection)
    , m_bytes(bytes)
    , m_size(size)
{
}

ChangeSet::~ChangeSet() = default;

void ChangeSet::FreeBytes::operator()(void* bytes) const
{
    sqlite3_free(bytes);
}

void ChangeSet::forEach(const std::function<void(const RowChange&)>& visit) const
{
    sqlite3_changeset_iter* iterator = nullptr;
    check(m_connection, sqlite3changeset_start(&iterator, m_size, m_bytes.get()));
    const std::unique_ptr<sqlite3_changeset_iter, decltype(&sqlite3changeset_finalize)> finish(
        iterator, &sqlite3changeset_finalize);
    // Per table: its columns, and a statement reading a changed row.
    struct Table
    {
        const TableColumns* columns = nullptr;
        std::unique_ptr<Statement> changedRow;
    };
    std::map<QByteArray, Table> tables;
    Table* table = nullptr;
    QByteArray tableName;
    RowChange row;
    while (sqlite3changeset_next(iterator) == SQLITE_ROW) {
        const char* name = nullptr;
        int columns = 0;
        int operation = 0;
        check(m_connection, sqlite3changeset_op(iterator, &name, &columns, &operation, nullptr));
        if (!table || tableName != name) { // rows of one table come together
            tableName = name;
            auto found = tables.find(tableName);
            if (found == tables.end()) {
                auto known = m_columns.find(tableName);
                if (known == m_columns.end()) {
                    known =
                        m_columns
                            .emplace(tableName, readColumns(m_connection, QString::fromUtf8(name)))
                            .first;
                }
                found = tables.emplace(tableName, Table{&known->second, nullptr}).first;
            }
            table = &found->second;
            if (static_cast<int>(table->columns->names.size()) != columns) {
                throw BookError(BookError::Kind::Io,
                                Messages::tr("The table %1 changed its columns while it was "
                                             "written.")
                                    .arg(table->columns->table));
            }
        }
        row.columns = table->columns;
        row.kind = kindOf(operation);
        const auto count = static_cast<std::size_t>(columns);
        row.before.assign(row.kind == RowChange::Kind::Insert ? 0 : count, std::nullopt);
        row.after.assign(row.kind == RowChange::Kind::Delete ? 0 : count, std::nullopt);
        for (int column = 0; column < columns; ++column) {
            sqlite3_value* value = nullptr;
            const auto at = static_cast<std::size_t>(column);
            if (!row.before.empty()) {
                check(m_connection, sqlite3changeset_old(iterator, column, &value));
                row.before[at] = valueOf(value);
            }
            if (!row.after.empty()) {
                value = nullptr;
                check(m_connection, sqlite3changeset_new(iterator, column, &value));
                row.after[at] = valueOf(value);
            }
        }
        if (row.kind == RowChange::Kind::Update) {
            if (!table->changedRow) {
                table->changedRow =
                    std::make_unique<Statement>(rowByKey(m_connection, *table->columns));
            }
            completeBefore(*table->changedRow, row);
        }
        visit(row);
    }
}

ChangeRecorder::ChangeRecorder(Connection& connection)
    : m_connection(connection)
{
    check(connection, sqlite3session_create(connection.handle(), "main", &m_session));
    check(connection, sqlite3session_attach(m_session, nullptr)); // every table
}

ChangeRecorder::~ChangeRecorder()
{
    sqlite3session_delete(m_session);
}

std::unique_ptr<ChangeSet> ChangeRecorder::changes()
{
    int size = 0;
    void* bytes = nullptr;
    const int rc = sqlite3session_changeset(m_session, &size, &bytes);
    if (rc != SQLITE_OK) {
        sqlite3_free(bytes);
        check(m_connection, rc);
    }
    return std::make_unique<ChangeSet>(m_connection, bytes, size);
}

} // namespace tenure::store
