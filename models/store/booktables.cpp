#include "booktables.h"

#include "migrations.h"
#include "sqlite.h"

#include <map>
#include <set>

namespace tenure::store {

QStringList TableShape::columnNames() const
{
    QStringList names;
    for (const Column& column : columns)
        names.append(column.name);
    return names;
}

std::vector<TableShape> bookTables(Connection& connection)
{
    std::map<QString, TableShape> shapes;
    std::map<QString, std::set<QString>> parents;
    Statement tables = connection.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                          "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                                          "ORDER BY name");
    while (tables.step()) {
        const QString name = tables.textValue(0);
        TableShape shape{name, {}};
        Statement columns = connection.prepare("SELECT name, type FROM pragma_table_info(?) "
                                               "ORDER BY cid");
        columns.bind(1, name);
        while (columns.step())
            shape.columns.push_back({columns.textValue(0), columns.textValue(1).toUpper()});
        Statement references =
            connection.prepare("SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?)");
        references.bind(1, name);
        while (references.step()) {
            const QString parent = references.textValue(0);
            if (parent != name)
                parents[name].insert(parent);
        }
        shapes.emplace(name, std::move(shape));
    }
    // Parents first: repeatedly take, in name order, the tables whose parents
    // are all taken. A cycle (none in Tenure's schema) takes the rest as they come.
    std::vector<TableShape> ordered;
    std::set<QString> taken;
    while (taken.size() < shapes.size()) {
        bool progressed = false;
        for (auto& [name, shape] : shapes) {
            if (taken.count(name))
                continue;
            bool ready = true;
            for (const QString& parent : parents[name])
                ready = ready && (taken.count(parent) || !shapes.count(parent));
            if (!ready)
                continue;
            ordered.push_back(shape);
            taken.insert(name);
            progressed = true;
        }
        if (!progressed) {
            for (auto& [name, shape] : shapes) {
                if (taken.insert(name).second)
                    ordered.push_back(shape);
            }
        }
    }
    return ordered;
}

const std::vector<TableShape>& standardBookTables()
{
    static const std::vector<TableShape> tables = [] {
        Connection memory(QStringLiteral(":memory:"), Connection::Mode::Create);
        applyMigrations(memory, standardMigrations());
        return bookTables(memory);
    }();
    return tables;
}

QStringList standardBookTableNames()
{
    QStringList names;
    for (const TableShape& table : standardBookTables())
        names.append(table.name);
    return names;
}

} // namespace tenure::store
