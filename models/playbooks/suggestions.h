#pragma once

#include "health/healthscore.h"
#include "playbook.h"

#include <QDate>

#include <vector>

namespace tenure::health {
struct AccountHealth;
} // namespace tenure::health

namespace tenure::playbooks {

// What the triggers read of one account on one day.
struct AccountMoment
{
    QString segment;
    QStringList firedReasons;  // risk-reason codes, most severe first
    QStringList firedEvidence; // each fired reason's evidence, in the same order (may be empty)
    health::Quadrant quadrant = health::Quadrant::Unknown;
    std::optional<health::Quadrant> previousQuadrant; // at the last stored snapshot
    QDate goLiveOn;
    QDate renewalOn;
    std::vector<QDate> powerUsersLastActive; // of power users still at the customer
    QStringList runningPlaybooks;            // codes with open tasks on the account
};
AccountMoment momentOf(const health::AccountSignals& signals, const health::AccountHealth& health);

// A playbook whose trigger holds for the account, and why, in plain words.
struct Suggestion
{
    QString playbookCode;
    QString why;
};

// Lifecycle moments hold for a week from the day they arrive, so a CSM who
// opens the book every few days still sees them.
inline constexpr int kLifecycleWindowDays = 7;

// The playbooks of `library` that apply to the account's segment and whose
// trigger holds on `asOf`, not counting those already running on it; reason
// plays first, in the order the reasons fired.
std::vector<Suggestion> suggestPlays(const std::vector<Playbook>& library,
                                     const AccountMoment& moment, const QDate& asOf);

} // namespace tenure::playbooks
