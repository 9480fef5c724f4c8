#pragma once

#include "core/progress.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace tenure::store {
class Connection;
}

namespace tenure::playbooks {

// What became of an account in the 90 days after a date.
enum class Fate { Kept, Contracted, Churned, TooEarly };

struct FollowUp
{
    Fate fate = Fate::TooEarly;
    std::optional<double> healthChange30; // health 30 days later minus health on the day
    std::optional<double> healthChange90;
};

// A group of follow-ups summed up for the table.
struct Outcomes
{
    int accounts = 0; // whose 90 days have passed
    int kept = 0;
    int contracted = 0;
    int churned = 0;
    std::optional<double> meanHealthChange30;
    std::optional<double> meanHealthChange90;
    double churnRate() const { return accounts ? static_cast<double>(churned) / accounts : 0; }
    double contractionRate() const
    {
        return accounts ? static_cast<double>(contracted) / accounts : 0;
    }
};
Outcomes summarise(const std::vector<FollowUp>& followUps);

// "Did it work?" for one playbook: the accounts it ran on, beside comparable
// accounts where it did not run: the same segment, on the same days, with the
// same risk reason firing when the playbook answers one.
struct PlaybookEffect
{
    QString code;
    QString name;
    int runs = 0; // every run, including those less than 90 days old
    Outcomes withPlay;
    Outcomes comparable;
};

// Every playbook that has run in the book, as of `today`. Health is scored on
// the first of each run's month and 30 and 90 days later (one book scoring per
// date, shared by the runs of that month); `progress` counts the scorings.
// Throws Cancelled when `progress` is cancelled.
std::vector<PlaybookEffect> measureEffects(store::Connection& connection, const QDate& today,
                                           Progress& progress);

} // namespace tenure::playbooks
