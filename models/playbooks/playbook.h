#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace tenure::playbooks {

// What a CSM does, in the words of the action log and the playbook steps.
enum class WorkKind { Call, Email, Meeting, Qbr, Training, Webinar, Note };
QString workKindCode(WorkKind kind); // call, email, meeting, qbr, training, webinar, note
std::optional<WorkKind> workKindFromCode(const QString& code);
QString workKindLabel(WorkKind kind); // translated
std::vector<WorkKind> allWorkKinds();

// What starts a playbook: a risk reason firing, an account entering a
// quadrant, a lifecycle moment, or the CSM's choice.
enum class TriggerKind { RiskReason, QuadrantChange, Lifecycle, Manual };
QString triggerKindCode(TriggerKind kind); // risk_reason, quadrant_change, lifecycle, manual
std::optional<TriggerKind> triggerKindFromCode(const QString& code);

// The lifecycle moments a playbook can follow (trigger value of a Lifecycle trigger).
namespace lifecycle {
inline const QString AfterOnboarding = QStringLiteral("30_days_after_go_live");
inline const QString BeforeRenewal = QStringLiteral("60_days_before_renewal");
inline const QString PowerUserInactive = QStringLiteral("power_user_inactive_14_days");
inline const QString FeatureUnused = QStringLiteral("feature_unused_60_days");
} // namespace lifecycle

struct PlaybookStep
{
    QString title;
    WorkKind kind = WorkKind::Note;
    int dueOffsetDays = 0; // after the play starts
    QString description;

    bool operator==(const PlaybookStep&) const = default;
};

struct Playbook
{
    QString code; // stable and unique: sponsor_change, webinar_series, ...
    QString name;
    QString description;
    TriggerKind trigger = TriggerKind::Manual;
    QString triggerValue;   // a reason code, a quadrant code, a lifecycle moment
    QStringList segments;   // empty: every segment
    bool oneToMany = false; // run over many accounts at once (low touch)
    bool builtin = false;
    std::vector<PlaybookStep> steps;

    bool appliesToSegment(const QString& segment) const;
    bool operator==(const Playbook&) const = default;
};

// The shareable JSON of a library: {"format": "tenure-playbooks", "version": 1,
// "playbooks": [...]}.
QJsonObject toJson(const std::vector<Playbook>& library);
// Reads a library; on a malformed file, returns nothing and says what and where.
std::optional<std::vector<Playbook>> libraryFromJson(const QJsonObject& json, QString* error);

} // namespace tenure::playbooks
