#pragma once

#include "kinds.h"
#include "presets/preset.h"

#include <QStringList>

#include <array>
#include <optional>

namespace tenure::store {
class Connection;
}

namespace tenure::import {

// "Customer ID", "customer_id" and "customerId" all read "customerid".
QString normaliseHeader(QStringView header);

// Identifies a header row whatever the case, spacing or column order: the key
// under which a confirmed mapping is remembered.
QString headerSignature(const QStringList& headers);

// Which column (0-based) of the file each field is read from; -1 for none.
class FieldMapping
{
public:
    FieldMapping()
    {
        m_columns.fill(-1);
        m_otherwise.fill(-1);
    }
    int column(Field field) const { return m_columns[static_cast<std::size_t>(field)]; }
    bool has(Field field) const { return column(field) >= 0; }
    void set(Field field, int column) { m_columns[static_cast<std::size_t>(field)] = column; }
    // The column read where the field's own column is empty in a row; -1 for none.
    int otherwise(Field field) const { return m_otherwise[static_cast<std::size_t>(field)]; }
    void setOtherwise(Field field, int column)
    {
        m_otherwise[static_cast<std::size_t>(field)] = column;
    }

    // {"account_id": "Customer ID", ...}: header names, so that it survives reordered columns.
    QString toJson(const QStringList& headers) const;
    static FieldMapping fromJson(const QString& json, const QStringList& headers);

    friend bool operator==(const FieldMapping&, const FieldMapping&) = default;

private:
    std::array<int, kFieldCount> m_columns;
    std::array<int, kFieldCount> m_otherwise;
};

// The preset's columns found among `headers`.
FieldMapping mappingFor(const Preset& preset, const QStringList& headers);

// The system preset whose signature columns are all present (the one naming
// most of them), else the generic layout that fits; nullptr when none does.
// With `kind` set, only presets of that kind are considered.
const Preset* recognisePreset(const QStringList& headers, std::optional<Kind> kind = {});
const Preset* findPreset(const QString& id);
// Tenure's own layout for a kind.
const Preset* genericPreset(Kind kind);
std::vector<const Preset*> allPresets();

// Required fields the mapping leaves out (Mrr is satisfied by Amount).
std::vector<Field> missingFields(Kind kind, const FieldMapping& mapping);

// Mappings the user confirmed in the wizard, per header signature.
void rememberMapping(store::Connection& connection, const QStringList& headers,
                     const QString& source, Kind kind, const FieldMapping& mapping);
struct RememberedMapping
{
    QString source;
    Kind kind;
    FieldMapping mapping;
};
std::optional<RememberedMapping> rememberedMapping(store::Connection& connection,
                                                   const QStringList& headers);

// A mapping saved under a name (the wizard's "Save as", --save-mapping),
// for files whose headers differ: its columns are found by their header names.
void nameMapping(store::Connection& connection, const QStringList& headers, const QString& name);
std::optional<RememberedMapping> namedMapping(store::Connection& connection, const QString& name,
                                              const QStringList& headers);
QStringList mappingNames(store::Connection& connection);

} // namespace tenure::import
