#include "playbookstore.h"

#include "builtinplaybooks.h"
#include "editconflict.h"
#include "store/person.h"
#include "store/sqlite.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace tenure::playbooks {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::playbooks::PlaybookStore)
};

QString segmentsJson(const QStringList& segments)
{
    if (segments.isEmpty())
        return {};
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(segments)).toJson(QJsonDocument::Compact));
}

QStringList segmentsFromJson(const QString& json)
{
    QStringList segments;
    const QJsonArray values = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto& value : values)
        segments.append(value.toString());
    return segments;
}

std::vector<PlaybookStep> loadSteps(store::Connection& connection, std::int64_t playbookId)
{
    auto rows = connection.prepare("SELECT title, kind, due_offset_days, description FROM "
                                   "playbook_steps WHERE playbook_id = ? ORDER BY position");
    rows.bind(1, playbookId);
    std::vector<PlaybookStep> steps;
    while (rows.step()) {
        steps.push_back({rows.textValue(0),
                         workKindFromCode(rows.textValue(1)).value_or(WorkKind::Note),
                         static_cast<int>(rows.intValue(2)), rows.textValue(3)});
    }
    return steps;
}

std::optional<std::int64_t> idOf(store::Connection& connection, const QString& code)
{
    auto select = connection.prepare("SELECT id FROM playbooks WHERE code = ?");
    select.bind(1, code);
    if (!select.step())
        return std::nullopt;
    return select.intValue(0);
}

// Writes the playbook and its steps inside the caller's transaction.
std::int64_t writePlaybook(store::Connection& connection, const Playbook& playbook)
{
    auto upsert = connection.prepare(
        "INSERT INTO playbooks(code, name, description, trigger_kind, trigger_value, segments, "
        "one_to_many, builtin, changed_by, changed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
        "?9, ?10) ON CONFLICT(code) DO UPDATE SET name = ?2, description = ?3, "
        "trigger_kind = ?4, trigger_value = ?5, segments = ?6, one_to_many = ?7, builtin = ?8, "
        "changed_by = ?9, changed_at = ?10");
    upsert.bind(1, playbook.code)
        .bind(2, playbook.name)
        .bind(3, playbook.description)
        .bind(4, triggerKindCode(playbook.trigger))
        .bind(5, playbook.triggerValue.isEmpty() ? QString() : playbook.triggerValue)
        .bind(6, segmentsJson(playbook.segments))
        .bind(7, static_cast<int>(playbook.oneToMany))
        .bind(8, static_cast<int>(playbook.builtin));
    upsert.bind(9, store::currentPerson()).bind(10, store::changeTimestamp());
    upsert.exec();
    const std::int64_t id = *idOf(connection, playbook.code);
    auto clear = connection.prepare("DELETE FROM playbook_steps WHERE playbook_id = ?");
    clear.bind(1, id).exec();
    auto insert =
        connection.prepare("INSERT INTO playbook_steps(playbook_id, position, title, "
                           "kind, due_offset_days, description) VALUES (?, ?, ?, ?, ?, ?)");
    for (std::size_t i = 0; i < playbook.steps.size(); ++i) {
        const PlaybookStep& step = playbook.steps[i];
        insert.bind(1, id)
            .bind(2, static_cast<int>(i))
            .bind(3, step.title)
            .bind(4, workKindCode(step.kind))
            .bind(5, step.dueOffsetDays)
            .bind(6, step.description);
        insert.exec();
    }
    return id;
}

} // namespace

std::vector<Playbook> loadLibrary(store::Connection& connection)
{
    std::vector<Playbook> library = builtinPlaybooks();
    std::vector<Playbook> own;
    auto rows = connection.prepare("SELECT id, code, name, description, trigger_kind, "
                                   "trigger_value, segments, one_to_many FROM playbooks");
    while (rows.step()) {
        Playbook playbook;
        playbook.code = rows.textValue(1);
        playbook.name = rows.textValue(2);
        playbook.description = rows.textValue(3);
        playbook.trigger = triggerKindFromCode(rows.textValue(4)).value_or(TriggerKind::Manual);
        playbook.triggerValue = rows.textValue(5);
        playbook.segments = segmentsFromJson(rows.textValue(6));
        playbook.oneToMany = rows.intValue(7) != 0;
        playbook.steps = loadSteps(connection, rows.intValue(0));
        const auto builtin = std::find_if(library.begin(), library.end(), [&](const Playbook& b) {
            return b.code == playbook.code;
        });
        playbook.builtin = builtin != library.end();
        if (playbook.builtin)
            *builtin = std::move(playbook);
        else
            own.push_back(std::move(playbook));
    }
    std::sort(own.begin(), own.end(), [](const Playbook& a, const Playbook& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    library.insert(library.end(), own.begin(), own.end());
    return library;
}

std::int64_t savePlaybook(store::Connection& connection, const Playbook& playbook)
{
    store::Transaction transaction(connection);
    const std::int64_t id = writePlaybook(connection, playbook);
    transaction.commit();
    return id;
}

std::int64_t replacePlaybook(store::Connection& connection, const Playbook& seen,
                             const Playbook& playbook)
{
    store::Transaction transaction(connection);
    requirePlaybookAsSeen(connection, seen);
    const std::int64_t id = writePlaybook(connection, playbook);
    transaction.commit();
    return id;
}

std::int64_t storedPlaybookId(store::Connection& connection, const Playbook& playbook)
{
    if (const auto id = idOf(connection, playbook.code))
        return *id;
    return writePlaybook(connection, playbook);
}

bool removePlaybook(store::Connection& connection, const QString& code, QString* why)
{
    const auto id = idOf(connection, code);
    if (!id)
        return true;
    auto runs = connection.prepare("SELECT count(*) FROM playbook_runs WHERE playbook_id = ?");
    runs.bind(1, *id);
    runs.step();
    if (const std::int64_t count = runs.intValue(0); count > 0) {
        *why = Messages::tr("This playbook has run on %n account(s); removing it would remove "
                            "that history.",
                            nullptr, static_cast<int>(count));
        return false;
    }
    runs.reset();
    auto remove = connection.prepare("DELETE FROM playbooks WHERE id = ?");
    remove.bind(1, *id).exec();
    return true;
}

int importLibrary(store::Connection& connection, const std::vector<Playbook>& library)
{
    const std::vector<Playbook> builtins = builtinPlaybooks();
    store::Transaction transaction(connection);
    int added = 0;
    for (Playbook playbook : library) {
        added += idOf(connection, playbook.code) ? 0 : 1;
        playbook.builtin = std::any_of(builtins.begin(), builtins.end(),
                                       [&](const Playbook& b) { return b.code == playbook.code; });
        writePlaybook(connection, playbook);
    }
    transaction.commit();
    return added;
}

} // namespace tenure::playbooks
