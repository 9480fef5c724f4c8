#include "changerecorder.h"

#include "bookerror.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QHash>

// The session extension's declarations in sqlite3.h are behind these; the
// library Tenure links (Debian's, built with both) has the functions.
#define SQLITE_ENABLE_SESSION
#define SQLITE_ENABLE_PREUPDATE_HOOK
#include <sqlite3.h>

#include <memory>

namespace tenure::store {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::store::ChangeRecorder)
};

struct Columns
{
    std::vector<QString> names;
    std::vector<bool> inPrimaryKey;
};

Columns columnsOf(Connection& connection, const QString& table)
{
    Columns columns;
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

void bindValue(Statement& statement, int index, const SqlValue& value)
{
    if (const auto* number = std::get_if<std::int64_t>(&value))
        statement.bind(index, *number);
    else if (const auto* real = std::get_if<double>(&value))
        statement.bind(index, *real);
    else if (const auto* text = std::get_if<QByteArray>(&value))
        statement.bind(index, std::string_view(text->constData(),
                                               static_cast<std::size_t>(text->size())));
    else
        statement.bindNull(index);
}

// A change names only the columns it changed, with their values before; the
// others had then what they have now, and are read from the row.
void completeBefore(Connection& connection, RowChange& change)
{
    QStringList columns;
    QStringList keys;
    for (std::size_t i = 0; i < change.columns.size(); ++i) {
        columns.append(u'"' + change.columns[i] + u'"');
        if (change.inPrimaryKey[i])
            keys.append(QStringLiteral("\"%1\" = ?%2").arg(change.columns[i]).arg(i + 1));
    }
    Statement row = connection.prepare(QStringLiteral("SELECT %1 FROM \"%2\" WHERE %3")
                                           .arg(columns.join(u','), change.table,
                                                keys.join(QStringLiteral(" AND ")))
                                           .toStdString());
    for (std::size_t i = 0; i < change.columns.size(); ++i) {
        if (change.inPrimaryKey[i])
            bindValue(row, static_cast<int>(i + 1), *change.before[i]);
    }
    if (!row.step())
        return;
    for (std::size_t i = 0; i < change.columns.size(); ++i) {
        if (change.before[i])
            continue;
        const int column = static_cast<int>(i);
        switch (row.type(column)) {
        case Statement::ValueType::Integer:
            change.before[i] = SqlValue(row.intValue(column));
            break;
        case Statement::ValueType::Real:
            change.before[i] = SqlValue(row.doubleValue(column));
            break;
        case Statement::ValueType::Null:
            change.before[i] = SqlValue(std::monostate{});
            break;
        default: {
            const std::string_view text = row.utf8Value(column);
            change.before[i] =
                SqlValue(QByteArray(text.data(), static_cast<qsizetype>(text.size())));
        }
        }
    }
}

void check(Connection& connection, int rc)
{
    if (rc != SQLITE_OK)
        connection.fail(rc, Messages::tr("recording a change"));
}

} // namespace

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

std::vector<RowChange> ChangeRecorder::changes()
{
    int size = 0;
    void* bytes = nullptr;
    check(m_connection, sqlite3session_changeset(m_session, &size, &bytes));
    const std::unique_ptr<void, decltype(&sqlite3_free)> changeset(bytes, &sqlite3_free);
    sqlite3_changeset_iter* iterator = nullptr;
    check(m_connection, sqlite3changeset_start(&iterator, size, bytes));
    const std::unique_ptr<sqlite3_changeset_iter, decltype(&sqlite3changeset_finalize)> finish(
        iterator, &sqlite3changeset_finalize);

    QHash<QString, Columns> shapes;
    std::vector<RowChange> changes;
    while (sqlite3changeset_next(iterator) == SQLITE_ROW) {
        const char* table = nullptr;
        int columnCount = 0;
        int operation = 0;
        check(m_connection,
              sqlite3changeset_op(iterator, &table, &columnCount, &operation, nullptr));
        RowChange change;
        change.table = QString::fromUtf8(table);
        auto shape = shapes.find(change.table);
        if (shape == shapes.end())
            shape = shapes.insert(change.table, columnsOf(m_connection, change.table));
        if (static_cast<int>(shape->names.size()) != columnCount) {
            throw BookError(BookError::Kind::Io,
                            Messages::tr("The table %1 changed its columns while it was written.")
                                .arg(change.table));
        }
        change.columns = shape->names;
        change.inPrimaryKey = shape->inPrimaryKey;
        change.kind = operation == SQLITE_INSERT   ? RowChange::Kind::Insert
                      : operation == SQLITE_DELETE ? RowChange::Kind::Delete
                                                   : RowChange::Kind::Update;
        change.before.resize(static_cast<std::size_t>(columnCount));
        change.after.resize(static_cast<std::size_t>(columnCount));
        for (int column = 0; column < columnCount; ++column) {
            sqlite3_value* value = nullptr;
            const auto at = static_cast<std::size_t>(column);
            if (change.kind != RowChange::Kind::Insert) {
                check(m_connection, sqlite3changeset_old(iterator, column, &value));
                change.before[at] = valueOf(value);
            }
            if (change.kind != RowChange::Kind::Delete) {
                value = nullptr;
                check(m_connection, sqlite3changeset_new(iterator, column, &value));
                change.after[at] = valueOf(value);
            }
        }
        if (change.kind == RowChange::Kind::Update)
            completeBefore(m_connection, change);
        changes.push_back(std::move(change));
    }
    return changes;
}

} // namespace tenure::store
