#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <variant>
#include <vector>

namespace tenure::store {

// A value as SQLite stores it: NULL (std::monostate), an integer, a real, or
// text in UTF-8. A book holds no binary values.
using SqlValue = std::variant<std::monostate, std::int64_t, double, QByteArray>;

// A table's columns, in order, and which of them make its primary key.
struct TableColumns
{
    QString table;
    std::vector<QString> names;
    std::vector<bool> inPrimaryKey;
};

// One row that one transaction inserted, changed or deleted, with its values
// before and after, by column. A book's copy records these (ChangeSet) so
// that they can be made again elsewhere, on the team book's server,
// checking there that each row is still as the copy had it.
struct RowChange
{
    enum class Kind { Insert, Update, Delete };

    const TableColumns* columns = nullptr;
    Kind kind = Kind::Insert;
    // By column. `before` holds the whole row for a change or a deletion
    // (empty for an insertion); `after` the whole row for an insertion, and
    // for a change only the columns it changed (nullopt for the others;
    // empty for a deletion).
    std::vector<std::optional<SqlValue>> before;
    std::vector<std::optional<SqlValue>> after;
};

class ChangeSet;

// Where a book's changes go before they count: a team book's copy hands each
// transaction's changes to its server, which may refuse them. forward()
// throws BookError for a refusal, and the transaction is then rolled back:
// the copy never holds what the server does not.
class CommitForwarder
{
public:
    virtual ~CommitForwarder() = default;
    virtual void forward(const ChangeSet& changes) = 0;
};

} // namespace tenure::store
