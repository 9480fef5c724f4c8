#include "serverwriter.h"

#include "pgconnection.h"
#include "store/booktables.h"
#include "store/changerecorder.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>
#include <charconv>
#include <libpq-fe.h>

namespace tenure::store::postgres {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::store::postgres::ServerWriter)
};

const QString kInsufficientPrivilege = QStringLiteral("42501");
const QString kUniqueViolation = QStringLiteral("23505");

// Who changed a row and when: the server writes these itself, so the copy's
// values may differ from the server's for the reader's own last change.
bool writtenByTheServer(const QString& column)
{
    return column == QLatin1String("changed_by") || column == QLatin1String("changed_at") ||
           column == QLatin1String("imported_by");
}

QString parameter(const SqlValue& value)
{
    if (const auto* number = std::get_if<std::int64_t>(&value))
        return QString::number(*number);
    if (const auto* real = std::get_if<double>(&value)) {
        char text[64]; // the shortest text that reads back as the same double
        const auto written = std::to_chars(text, text + sizeof text, *real);
        return QString::fromLatin1(text, static_cast<qsizetype>(written.ptr - text));
    }
    if (const auto* text = std::get_if<QByteArray>(&value))
        return QString::fromUtf8(*text);
    return {}; // NULL
}

// What a row of `table` is, for the reader.
QString rowNoun(const QString& table)
{
    if (table == QLatin1String("actions"))
        return Messages::tr("an action");
    if (table == QLatin1String("tasks"))
        return Messages::tr("a task");
    if (table == QLatin1String("playbooks") || table == QLatin1String("playbook_steps"))
        return Messages::tr("a playbook");
    if (table == QLatin1String("playbook_runs"))
        return Messages::tr("a play");
    if (table == QLatin1String("accounts"))
        return Messages::tr("an account");
    return Messages::tr("a row of %1").arg(table);
}

// The rows of one table and kind, gathered in one pass over a change set.
struct Batch
{
    const TableColumns* columns = nullptr;
    RowChange::Kind kind = RowChange::Kind::Insert;
    QByteArray copyText;         // new rows, in COPY's text format
    std::vector<RowChange> rows; // changed or deleted rows
};

void appendCopyValue(QByteArray& row, const SqlValue& value)
{
    if (std::holds_alternative<std::monostate>(value))
        appendCopyNull(row);
    else if (const auto* text = std::get_if<QByteArray>(&value))
        appendCopyField(
            row, std::string_view(text->constData(), static_cast<std::size_t>(text->size())));
    else
        row.append(parameter(value).toLatin1());
}

std::vector<Batch> batchesOf(const ChangeSet& changes)
{
    std::vector<Batch> batches;
    Batch* batch = nullptr;
    changes.forEach([&](const RowChange& row) {
        if (!batch || batch->columns != row.columns || batch->kind != row.kind) {
            auto found = std::find_if(batches.begin(), batches.end(), [&](const Batch& b) {
                return b.columns == row.columns && b.kind == row.kind;
            });
            if (found == batches.end()) {
                found = batches.insert(batches.end(), Batch{});
                found->columns = row.columns;
                found->kind = row.kind;
            }
            batch = &*found;
        }
        if (row.kind != RowChange::Kind::Insert) {
            batch->rows.push_back(row);
            return;
        }
        for (std::size_t column = 0; column < row.after.size(); ++column) {
            if (column > 0)
                batch->copyText.append('\t');
            appendCopyValue(batch->copyText, row.after[column].value_or(SqlValue()));
        }
        batch->copyText.append('\n');
    });
    return batches;
}

// Inserts parents first, then changes, then deletions children first: no
// statement then refers to a row that is not there yet, or no longer.
void putInSafeOrder(std::vector<Batch>& batches)
{
    const QStringList tables = standardBookTableNames(); // each after those it refers to
    auto rank = [&](const Batch& batch) {
        const auto table = static_cast<int>(tables.indexOf(batch.columns->table));
        switch (batch.kind) {
        case RowChange::Kind::Insert:
            return table;
        case RowChange::Kind::Update:
            return static_cast<int>(tables.size()) + 1;
        case RowChange::Kind::Delete:
            break;
        }
        return 3 * static_cast<int>(tables.size()) - table;
    };
    std::stable_sort(batches.begin(), batches.end(),
                     [&](const Batch& a, const Batch& b) { return rank(a) < rank(b); });
}

class Statement
{
public:
    explicit Statement(Connection& server)
        : m_server(server)
    {
    }
    QString name(const QString& column) const { return m_server.identifier(column); }
    QString value(const SqlValue& value)
    {
        m_parameters.append(parameter(value));
        return QStringLiteral("$%1").arg(m_parameters.size());
    }
    // The row the change is about, as the copy had it.
    QString rowAsSeen(const RowChange& change)
    {
        const std::vector<QString>& columns = change.columns->names;
        QStringList conditions;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            if (!change.before[i] || writtenByTheServer(columns[i]))
                continue;
            conditions.append(QStringLiteral("%1 IS NOT DISTINCT FROM %2")
                                  .arg(name(columns[i]), value(*change.before[i])));
        }
        return conditions.join(QStringLiteral(" AND "));
    }
    int run(const QString& sql) { return m_server.query(sql.toStdString(), m_parameters).rows(); }

private:
    Connection& m_server;
    QStringList m_parameters;
};

// Why a row changed or deleted on the copy is no longer on the server as
// the copy had it: who changed it and when, when the server knows.
[[noreturn]] void refuseChangedRow(Connection& server, const RowChange& change)
{
    const TableColumns& columns = *change.columns;
    QStringList keys;
    QStringList parameters;
    for (std::size_t i = 0; i < columns.names.size(); ++i) {
        if (!columns.inPrimaryKey[i])
            continue;
        parameters.append(parameter(*change.before[i]));
        keys.append(QStringLiteral("%1 = $%2")
                        .arg(server.identifier(columns.names[i]))
                        .arg(parameters.size()));
    }
    const bool recordsWho = std::find(columns.names.begin(), columns.names.end(),
                                      QStringLiteral("changed_by")) != columns.names.end();
    const Result now = server.query(
        QStringLiteral("SELECT %1 FROM %2 WHERE %3")
            .arg(recordsWho ? QStringLiteral("changed_by, changed_at") : QStringLiteral("1"),
                 server.identifier(columns.table), keys.join(QStringLiteral(" AND ")))
            .toStdString(),
        parameters);
    const QString what = rowNoun(columns.table);
    if (now.rows() == 0) {
        throw BookError(BookError::Kind::Conflict,
                        Messages::tr("Someone else deleted %1 from the team book after this "
                                     "window read it. Your change was not saved; the window reads "
                                     "the book again.")
                            .arg(what));
    }
    QString who;
    if (recordsWho && !now.isNull(0, 0)) {
        const QDateTime at = QDateTime::fromString(now.text(0, 1), Qt::ISODate);
        who = at.isValid() ? Messages::tr(" (%1, at %2 UTC)")
                                 .arg(now.text(0, 0),
                                      at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                           : Messages::tr(" (%1)").arg(now.text(0, 0));
    }
    throw BookError(BookError::Kind::Conflict,
                    Messages::tr("Someone else changed %1 on the team book after this window "
                                 "read it%2. Your change was not saved; the window reads the book "
                                 "again.")
                        .arg(what, who));
}

QString columnList(const Connection& server, const TableColumns& columns)
{
    QStringList names;
    for (const QString& column : columns.names)
        names.append(server.identifier(column));
    return names.join(u',');
}

// New rows go through COPY, in the same transaction, rather than one
// INSERT each: an import's hundreds of thousands in a few seconds.
void copyRows(Connection& server, const Batch& batch)
{
    const QString copy =
        QStringLiteral("COPY %1 (%2) FROM STDIN")
            .arg(server.identifier(batch.columns->table), columnList(server, *batch.columns));
    constexpr qsizetype kChunk = 1 << 20;
    qsizetype sent = 0;
    server.copyIn(copy.toStdString(), [&](QByteArray& buffer) {
        if (sent >= batch.copyText.size())
            return false;
        const qsizetype size = std::min(kChunk, batch.copyText.size() - sent);
        buffer.append(batch.copyText.constData() + sent, size);
        sent += size;
        return true;
    });
}

void changeRow(Connection& server, const RowChange& change)
{
    Statement statement(server);
    const QString table = server.identifier(change.columns->table);
    int rows = 0;
    if (change.kind == RowChange::Kind::Update) {
        QStringList assignments;
        for (std::size_t i = 0; i < change.after.size(); ++i) {
            if (change.after[i]) {
                assignments.append(QStringLiteral("%1 = %2").arg(
                    statement.name(change.columns->names[i]), statement.value(*change.after[i])));
            }
        }
        const QString where = statement.rowAsSeen(change);
        rows = statement.run(QStringLiteral("UPDATE %1 SET %2 WHERE %3 RETURNING 1")
                                 .arg(table, assignments.join(u','), where));
    } else {
        rows = statement.run(QStringLiteral("DELETE FROM %1 WHERE %2 RETURNING 1")
                                 .arg(table, statement.rowAsSeen(change)));
    }
    if (rows != 1)
        refuseChangedRow(server, change);
}

// New rows came with the copy's ids: the server's own numbering of `table`
// moves past them, so that a row added there without an id (by another
// program) does not take one of theirs. Only when the login may move it.
void moveNumberingPast(Connection& server, const TableColumns& table)
{
    if (std::find(table.names.begin(), table.names.end(), QStringLiteral("id")) ==
        table.names.end())
        return;
    server.query(QStringLiteral("SELECT setval(s, greatest((SELECT max(id) FROM %1), "
                                "pg_sequence_last_value(s), 1)) "
                                "FROM (SELECT pg_get_serial_sequence($1, 'id')::regclass AS s) q "
                                "WHERE s IS NOT NULL AND has_sequence_privilege(s, 'UPDATE')")
                     .arg(server.identifier(table.table))
                     .toStdString(),
                 {server.identifier(table.table)});
}

void apply(Connection& server, const Batch& batch)
{
    if (batch.kind != RowChange::Kind::Insert) {
        for (const RowChange& row : batch.rows)
            changeRow(server, row);
        return;
    }
    copyRows(server, batch);
    moveNumberingPast(server, *batch.columns);
}

} // namespace

ServerWriter::ServerWriter(QString uri)
    : m_uri(std::move(uri))
{
}

ServerWriter::~ServerWriter() = default;

Connection& ServerWriter::server()
{
    if (m_server && PQstatus(m_server->handle()) != CONNECTION_OK)
        m_server.reset(); // broken since the last change: connect again
    if (!m_server) {
        m_serverProcess->store(0);
        m_server = std::make_unique<Connection>(m_uri);
        m_serverProcess->store(m_server->serverProcessId());
    }
    return *m_server;
}

void ServerWriter::forward(const ChangeSet& changes)
{
    const QString unsaved = Messages::tr("Your change was not saved; the window keeps showing the "
                                         "copy it last read.");
    if (!m_unreachable.isEmpty()) {
        throw BookError(BookError::Kind::Io,
                        Messages::tr("The team book's server cannot be reached (%1). %2")
                            .arg(m_unreachable, unsaved));
    }
    try {
        Connection& connection = server();
        Transaction transaction(connection);
        std::vector<Batch> batches = batchesOf(changes);
        putInSafeOrder(batches);
        for (const Batch& batch : batches)
            apply(connection, batch);
        transaction.commit();
    } catch (const ServerError& error) {
        if (error.sqlState() == kInsufficientPrivilege) {
            throw BookError(BookError::Kind::Io,
                            Messages::tr("Your login %1 may not make this change on the team "
                                         "book. %2 Nothing was changed.")
                                .arg(m_server->user(), error.message()));
        }
        if (error.sqlState() == kUniqueViolation) {
            throw BookError(BookError::Kind::Conflict,
                            Messages::tr("Someone else added to the team book at the same "
                                         "moment. Your change was not saved; the window reads the "
                                         "book again, and you can make it once more."));
        }
        throw;
    } catch (const BookError& error) {
        if (error.kind() == BookError::Kind::Conflict)
            throw;
        const bool lost = !m_server || PQstatus(m_server->handle()) != CONNECTION_OK;
        if (!lost)
            throw;
        m_server.reset();
        throw BookError(BookError::Kind::Io,
                        Messages::tr("The team book's server cannot be reached (%1). %2")
                            .arg(error.message(), unsaved));
    }
}

} // namespace tenure::store::postgres
