#include "fieldmapping.h"

#include "store/sqlite.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tenure::import {

namespace {

// Whether `text` reads `pattern`, where '*' stands for any text: exports
// name some columns after a question or a time zone ("Conversation started
// at (America/New_York)").
bool wildcardMatches(QStringView text, QStringView pattern)
{
    const QList<QStringView> parts = pattern.split(u'*');
    if (!text.startsWith(parts.front()))
        return false;
    qsizetype at = parts.front().size();
    for (qsizetype i = 1; i + 1 < parts.size(); ++i) {
        at = text.indexOf(parts[i], at);
        if (at < 0)
            return false;
        at += parts[i].size();
    }
    return text.size() - at >= parts.back().size() && text.endsWith(parts.back());
}

// The index of the first header matching one of "a|b|c"; -1 when none does.
int columnOf(const QStringList& normalisedHeaders, const char* alternatives)
{
    const QStringList names = QString::fromUtf8(alternatives).split(u'|');
    for (const QString& name : names) {
        const QString wanted = normaliseHeader(name);
        if (!wanted.contains(u'*')) {
            const qsizetype at = normalisedHeaders.indexOf(wanted);
            if (at >= 0)
                return static_cast<int>(at);
            continue;
        }
        for (qsizetype at = 0; at < normalisedHeaders.size(); ++at) {
            if (wildcardMatches(normalisedHeaders[at], wanted))
                return static_cast<int>(at);
        }
    }
    return -1;
}

QStringList normalised(const QStringList& headers)
{
    QStringList names;
    names.reserve(headers.size());
    for (const QString& header : headers)
        names.append(normaliseHeader(header));
    return names;
}

bool matches(const Preset& preset, const QStringList& normalisedHeaders)
{
    return std::all_of(preset.signature.begin(), preset.signature.end(),
                       [&](const char* name) { return columnOf(normalisedHeaders, name) >= 0; });
}

} // namespace

QString normaliseHeader(QStringView header)
{
    QString name;
    name.reserve(header.size());
    for (QChar c : header.trimmed()) {
        if (c == u' ' || c == u'_' || c == u'-' || c == QChar(0xFEFF))
            continue;
        name.append(c.toLower());
    }
    return name;
}

QString headerSignature(const QStringList& headers)
{
    QStringList names = normalised(headers);
    names.removeAll(QString());
    names.sort();
    return QString::fromLatin1(
        QCryptographicHash::hash(names.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString FieldMapping::toJson(const QStringList& headers) const
{
    QJsonObject object;
    for (int i = 0; i < kFieldCount; ++i) {
        const int at = m_columns[static_cast<std::size_t>(i)];
        if (at >= 0 && at < headers.size())
            object.insert(QLatin1String(fieldSpec(static_cast<Field>(i)).key), headers[at]);
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

FieldMapping FieldMapping::fromJson(const QString& json, const QStringList& headers)
{
    FieldMapping mapping;
    const QStringList names = normalised(headers);
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto field = fieldFromKey(it.key());
        const qsizetype at = names.indexOf(normaliseHeader(it.value().toString()));
        if (field && at >= 0)
            mapping.set(*field, static_cast<int>(at));
    }
    return mapping;
}

FieldMapping mappingFor(const Preset& preset, const QStringList& headers)
{
    const QStringList names = normalised(headers);
    FieldMapping mapping;
    for (const PresetColumn& column : preset.columns) {
        mapping.set(column.field, columnOf(names, column.headers));
        if (column.otherwise) {
            const int otherwise = columnOf(names, column.otherwise);
            if (mapping.has(column.field))
                mapping.setOtherwise(column.field, otherwise);
            else
                mapping.set(column.field, otherwise);
        }
    }
    return mapping;
}

std::vector<const Preset*> allPresets()
{
    std::vector<const Preset*> all;
    for (const Preset& preset : billingPresets())
        all.push_back(&preset);
    for (const Preset& preset : successPresets())
        all.push_back(&preset);
    for (const Preset& preset : genericPresets())
        all.push_back(&preset);
    return all;
}

namespace {

// Which of two fitting presets reads the file better: a system's export
// before Tenure's own layouts; then the one whose signature names more
// columns; then the one that reads more of the file's columns (a usage file
// that also names its accounts is usage, not a list of accounts).
bool readsBetter(const Preset& candidate, const Preset& best, const QStringList& names)
{
    if (candidate.generic != best.generic)
        return !candidate.generic;
    if (candidate.signature.size() != best.signature.size())
        return candidate.signature.size() > best.signature.size();
    const auto columnsRead = [&names](const Preset& preset) {
        return std::count_if(
            preset.columns.begin(), preset.columns.end(),
            [&names](const PresetColumn& column) { return columnOf(names, column.headers) >= 0; });
    };
    return columnsRead(candidate) > columnsRead(best);
}

} // namespace

const Preset* recognisePreset(const QStringList& headers, std::optional<Kind> kind)
{
    const QStringList names = normalised(headers);
    const Preset* best = nullptr;
    for (const Preset* preset : allPresets()) {
        if ((kind && preset->kind != *kind) || !matches(*preset, names))
            continue;
        if (!best || readsBetter(*preset, *best, names))
            best = preset;
    }
    return best;
}

const Preset* findPreset(const QString& id)
{
    for (const Preset* preset : allPresets()) {
        if (id == QLatin1String(preset->id))
            return preset;
    }
    return nullptr;
}

const Preset* genericPreset(Kind kind)
{
    for (const Preset& preset : genericPresets()) {
        if (preset.kind == kind)
            return &preset;
    }
    return nullptr;
}

std::vector<Field> missingFields(Kind kind, const FieldMapping& mapping)
{
    std::vector<Field> missing;
    for (Field field : requiredFields(kind)) {
        if (field == Field::Mrr && mapping.has(Field::Amount))
            continue;
        // A CRM gives a contact's name as first and last name.
        if (field == Field::ContactName &&
            (mapping.has(Field::FirstName) || mapping.has(Field::LastName)))
            continue;
        if (!mapping.has(field))
            missing.push_back(field);
    }
    return missing;
}

void rememberMapping(store::Connection& connection, const QStringList& headers,
                     const QString& source, Kind kind, const FieldMapping& mapping)
{
    auto statement = connection.prepare(
        "INSERT INTO import_mappings(header_signature, source, kind, mapping_json, updated_at) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT(header_signature) DO UPDATE SET source = "
        "excluded.source, kind = excluded.kind, mapping_json = excluded.mapping_json, "
        "updated_at = excluded.updated_at");
    statement.bind(1, headerSignature(headers))
        .bind(2, source)
        .bind(3, kindName(kind))
        .bind(4, mapping.toJson(headers))
        .bind(5, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    store::Transaction transaction(connection); // a team book's copy forwards only these
    statement.exec();
    transaction.commit();
}

namespace {

// A saved mapping's row (source, kind, mapping_json), its columns found among `headers`.
std::optional<RememberedMapping> mappingRow(store::Statement& statement, const QStringList& headers)
{
    if (!statement.step())
        return std::nullopt;
    const auto kind = kindFromName(statement.textValue(1));
    if (!kind)
        return std::nullopt;
    return RememberedMapping{statement.textValue(0), *kind,
                             FieldMapping::fromJson(statement.textValue(2), headers)};
}

} // namespace

std::optional<RememberedMapping> rememberedMapping(store::Connection& connection,
                                                   const QStringList& headers)
{
    auto statement = connection.prepare(
        "SELECT source, kind, mapping_json FROM import_mappings WHERE header_signature = ?");
    statement.bind(1, headerSignature(headers));
    return mappingRow(statement, headers);
}

void nameMapping(store::Connection& connection, const QStringList& headers, const QString& name)
{
    // A name belongs to one mapping: saving it again moves it.
    store::Transaction transaction(connection);
    auto release = connection.prepare("UPDATE import_mappings SET name = NULL WHERE name = ?");
    release.bind(1, name);
    release.exec();
    auto statement =
        connection.prepare("UPDATE import_mappings SET name = ? WHERE header_signature = ?");
    statement.bind(1, name).bind(2, headerSignature(headers));
    statement.exec();
    transaction.commit();
}

std::optional<RememberedMapping> namedMapping(store::Connection& connection, const QString& name,
                                              const QStringList& headers)
{
    auto statement =
        connection.prepare("SELECT source, kind, mapping_json FROM import_mappings WHERE name = ?");
    statement.bind(1, name);
    return mappingRow(statement, headers);
}

QStringList mappingNames(store::Connection& connection)
{
    auto statement =
        connection.prepare("SELECT name FROM import_mappings WHERE name IS NOT NULL ORDER BY name");
    QStringList names;
    while (statement.step())
        names.append(statement.textValue(0));
    return names;
}

} // namespace tenure::import
