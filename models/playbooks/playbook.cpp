#include "playbook.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <array>

namespace tenure::playbooks {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::playbooks::Playbook)
};

constexpr std::array<const char*, 7> kWorkKinds{"call",     "email",   "meeting", "qbr",
                                                "training", "webinar", "note"};
constexpr std::array<const char*, 4> kTriggerKinds{"risk_reason", "quadrant_change", "lifecycle",
                                                   "manual"};

const QString kFormat = QStringLiteral("tenure-playbooks");
constexpr int kVersion = 1;

template <typename Enum, std::size_t N>
std::optional<Enum> fromCode(const std::array<const char*, N>& codes, const QString& code)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (code == QLatin1String(codes[i]))
            return static_cast<Enum>(i);
    }
    return std::nullopt;
}

QJsonObject stepToJson(const PlaybookStep& step)
{
    return {{QStringLiteral("title"), step.title},
            {QStringLiteral("kind"), workKindCode(step.kind)},
            {QStringLiteral("due_offset_days"), step.dueOffsetDays},
            {QStringLiteral("description"), step.description}};
}

QJsonObject playbookToJson(const Playbook& playbook)
{
    QJsonArray steps;
    for (const PlaybookStep& step : playbook.steps)
        steps.append(stepToJson(step));
    return {{QStringLiteral("code"), playbook.code},
            {QStringLiteral("name"), playbook.name},
            {QStringLiteral("description"), playbook.description},
            {QStringLiteral("trigger"), triggerKindCode(playbook.trigger)},
            {QStringLiteral("trigger_value"), playbook.triggerValue},
            {QStringLiteral("segments"), QJsonArray::fromStringList(playbook.segments)},
            {QStringLiteral("one_to_many"), playbook.oneToMany},
            {QStringLiteral("steps"), steps}};
}

// Reads one playbook; `where` names it in messages ("playbook 3").
std::optional<Playbook> playbookFromJson(const QJsonObject& json, const QString& where,
                                         QString* error)
{
    Playbook playbook;
    playbook.code = json.value(QStringLiteral("code")).toString().trimmed();
    playbook.name = json.value(QStringLiteral("name")).toString().trimmed();
    playbook.description = json.value(QStringLiteral("description")).toString();
    if (playbook.code.isEmpty() || playbook.name.isEmpty()) {
        *error = Messages::tr("%1 has no code or no name.").arg(where);
        return std::nullopt;
    }
    const QString trigger =
        json.value(QStringLiteral("trigger")).toString(QStringLiteral("manual"));
    const auto triggerKind = triggerKindFromCode(trigger);
    if (!triggerKind) {
        *error =
            Messages::tr("%1 (%2): unknown trigger \"%3\".").arg(where, playbook.code, trigger);
        return std::nullopt;
    }
    playbook.trigger = *triggerKind;
    playbook.triggerValue = json.value(QStringLiteral("trigger_value")).toString();
    const QJsonArray segments = json.value(QStringLiteral("segments")).toArray();
    for (const auto& segment : segments)
        playbook.segments.append(segment.toString());
    playbook.oneToMany = json.value(QStringLiteral("one_to_many")).toBool();
    const QJsonArray steps = json.value(QStringLiteral("steps")).toArray();
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject step = steps[i].toObject();
        const QString kind = step.value(QStringLiteral("kind")).toString();
        const auto workKind = workKindFromCode(kind);
        const QString title = step.value(QStringLiteral("title")).toString().trimmed();
        if (!workKind || title.isEmpty()) {
            *error = Messages::tr("%1 (%2), step %3: needs a title and a kind (call, email, "
                                  "meeting, qbr, training, webinar or note).")
                         .arg(where, playbook.code)
                         .arg(i + 1);
            return std::nullopt;
        }
        playbook.steps.push_back({title, *workKind,
                                  step.value(QStringLiteral("due_offset_days")).toInt(),
                                  step.value(QStringLiteral("description")).toString()});
    }
    return playbook;
}

} // namespace

QString workKindCode(WorkKind kind)
{
    return QLatin1String(kWorkKinds[static_cast<std::size_t>(kind)]);
}

std::optional<WorkKind> workKindFromCode(const QString& code)
{
    return fromCode<WorkKind>(kWorkKinds, code);
}

QString workKindLabel(WorkKind kind)
{
    switch (kind) {
    case WorkKind::Call:
        return Messages::tr("Call");
    case WorkKind::Email:
        return Messages::tr("Email");
    case WorkKind::Meeting:
        return Messages::tr("Meeting");
    case WorkKind::Qbr:
        return Messages::tr("QBR");
    case WorkKind::Training:
        return Messages::tr("Training");
    case WorkKind::Webinar:
        return Messages::tr("Webinar");
    case WorkKind::Note:
        return Messages::tr("Note");
    }
    return {};
}

std::vector<WorkKind> allWorkKinds()
{
    std::vector<WorkKind> kinds;
    for (std::size_t i = 0; i < kWorkKinds.size(); ++i)
        kinds.push_back(static_cast<WorkKind>(i));
    return kinds;
}

QString triggerKindCode(TriggerKind kind)
{
    return QLatin1String(kTriggerKinds[static_cast<std::size_t>(kind)]);
}

std::optional<TriggerKind> triggerKindFromCode(const QString& code)
{
    return fromCode<TriggerKind>(kTriggerKinds, code);
}

bool Playbook::appliesToSegment(const QString& segment) const
{
    return segments.isEmpty() || segments.contains(segment, Qt::CaseInsensitive);
}

QJsonObject toJson(const std::vector<Playbook>& library)
{
    QJsonArray playbooks;
    for (const Playbook& playbook : library)
        playbooks.append(playbookToJson(playbook));
    return {{QStringLiteral("format"), kFormat},
            {QStringLiteral("version"), kVersion},
            {QStringLiteral("playbooks"), playbooks}};
}

std::optional<std::vector<Playbook>> libraryFromJson(const QJsonObject& json, QString* error)
{
    if (json.value(QStringLiteral("format")).toString() != kFormat) {
        *error = Messages::tr("This is not a Tenure playbook library (its \"format\" is not "
                              "\"%1\").")
                     .arg(kFormat);
        return std::nullopt;
    }
    if (json.value(QStringLiteral("version")).toInt() > kVersion) {
        *error = Messages::tr("This library was written by a newer Tenure (version %1).")
                     .arg(json.value(QStringLiteral("version")).toInt());
        return std::nullopt;
    }
    std::vector<Playbook> library;
    QStringList codes;
    const QJsonArray playbooks = json.value(QStringLiteral("playbooks")).toArray();
    for (qsizetype i = 0; i < playbooks.size(); ++i) {
        const QString where = Messages::tr("Playbook %1").arg(i + 1);
        auto playbook = playbookFromJson(playbooks[i].toObject(), where, error);
        if (!playbook)
            return std::nullopt;
        if (codes.contains(playbook->code)) {
            *error = Messages::tr("%1: the code \"%2\" is used twice.").arg(where, playbook->code);
            return std::nullopt;
        }
        codes.append(playbook->code);
        library.push_back(std::move(*playbook));
    }
    return library;
}

} // namespace tenure::playbooks
