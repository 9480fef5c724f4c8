#pragma once

#include "health/thresholds.h"

#include <QString>

#include <span>
#include <variant>

namespace tenure::ui {

// One editable threshold: which member of health::Thresholds it is, how it
// reads on screen and the range that makes sense for it.
struct ThresholdField
{
    enum class Unit { Days, Percent, Count };
    int group; // index into thresholdGroups()
    std::variant<int health::Thresholds::*, double health::Thresholds::*> member;
    const char* label; // translated in the context "tenure::ui::HealthPage"
    Unit unit;
    double maximum;
    double scale = 1; // shown value = stored value × scale (a fraction shown as percent)

    double value(const health::Thresholds& thresholds) const;
    void setValue(health::Thresholds& thresholds, double shown) const;
};

std::span<const ThresholdField> thresholdFields();
// The headings the fields are grouped under, translated in "tenure::ui::HealthPage".
std::span<const char* const> thresholdGroups();

} // namespace tenure::ui
