#pragma once

#include "accountsignals.h"
#include "thresholds.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace tenure::health {

// One input of a score: its value (0-100), or none when the data is missing,
// and the weight it was given after missing inputs' weights were shared out.
struct ScoreInput
{
    QString key; // stable: goals, adoption, usage_trend, nps, csat, support, sponsors, csm_touch
    std::optional<double> value;
    double weight = 0;          // as configured
    double effectiveWeight = 0; // after redistribution; 0 when missing
    QString detail; // the numbers behind the value, in plain words (Wording::Explained only)
};

// An input's name for the screen, translated.
QString scoreInputLabel(const QString& key);

// A dimension (outcome, experience, relationship): the weighted mean of its
// inputs that have data, less the pull of its worst recent complaint (a
// detractor, an escalation, a missed goal: docs/domain.md). None when no
// input has data.
struct Dimension
{
    std::optional<double> score;
    std::vector<ScoreInput> inputs;
    double pull = 0;    // points the worst complaint took off the inputs' mean
    QString pullDetail; // that complaint in words (Wording::Explained only)
    bool redistributed() const;
};

// A complaint pulls its dimension to at most this, below the two-by-two's
// midline, or to three quarters of its input's value when that is lower...
inline constexpr double kComplaintCeiling = 45;
// ...in full while it is this many days old, fading to nothing at kLatestAnswerDays.
inline constexpr int kFullPullDays = 30;
// A ticket open this long without an answer is a complaint of its own.
inline constexpr int kLongOpenTicketDays = 30;

// The weights of the dimensions in the overall health; editable and stored
// in the book beside the thresholds.
struct HealthWeights
{
    double outcome = 0.5;
    double experience = 0.3;
    double relationship = 0.2;

    QJsonObject toJson() const;
    static HealthWeights fromJson(const QJsonObject& json);
};

struct HealthScore
{
    Dimension outcome;      // goals achieved, value realised, adoption depth
    Dimension experience;   // NPS/CSAT, support experience
    Dimension relationship; // sponsors in place, CSM contact
    std::optional<double> overall;
    // The dimensions' weights after redistribution (outcome, experience, relationship).
    double outcomeWeight = 0;
    double experienceWeight = 0;
    double relationshipWeight = 0;
    // The share of the configured weight (a dimension's weight times its
    // input's) whose input had data, 0 to 1: how much of the score is known.
    double coverage = 0;
    bool redistributed() const;
};

// Whether a score says in words what is behind each input (ScoreInput::detail),
// as the account page shows it, or carries only the numbers, which is all that
// a whole book's evaluation reads: the words are most of the work.
enum class Wording { Explained, NumbersOnly };

HealthScore scoreAccount(const AccountSignals& account, const QDate& asOf,
                         const Thresholds& thresholds, const HealthWeights& weights,
                         Wording wording = Wording::Explained);

// The outcome × experience two-by-two (docs/domain.md). Unknown ("not enough
// data") when outcome or experience has no data, or the score's coverage is
// under `minCoverage` (Thresholds::minCoverage).
enum class Quadrant { Thriving, Trapped, SilentRisk, Rescue, Unknown };
Quadrant quadrantOf(const HealthScore& score, double minCoverage);
QString quadrantCode(Quadrant quadrant); // thriving, trapped, silent_risk, rescue, unknown
QString quadrantTitle(Quadrant quadrant);
QString quadrantExplanation(Quadrant quadrant);

} // namespace tenure::health
