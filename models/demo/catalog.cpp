#include "catalog.h"

namespace tenure::demo {

namespace {

// High-touch owners carry few large accounts, tech-touch owners the long tail.
constexpr std::array<std::string_view, 2> kHighTouchOwners{"Amara Okafor", "Lukas Brandt"};
constexpr std::array<std::string_view, 3> kLowTouchOwners{"Sofia Marquez", "Hiroshi Tanaka",
                                                          "Priya Raman"};
constexpr std::array<std::string_view, 2> kTechTouchOwners{"Jonas Eklund", "Chloe Martin"};

// Cause weights, in Cause order from NoValue: no_value, (stalled), sponsor_change,
// low_adoption, product_gap, support_problems, negative_feedback,
// no_proactive_contact, customer_event.
const std::array<SegmentProfile, kSegmentCount> kProfiles{{
    {"High touch", 0.10, 0.004, 0.85, 75, 1.0, {12, 0, 22, 6, 14, 16, 10, 4, 16}, kHighTouchOwners},
    {"Low touch", 0.30, 0.009, 0.50, 40, 0.7, {15, 0, 12, 15, 14, 12, 10, 14, 8}, kLowTouchOwners},
    {"Tech touch", 0.60, 0.018, 0.20, 14, 0.35, {18, 0, 4, 22, 14, 8, 10, 18, 6}, kTechTouchOwners},
}};

} // namespace

const SegmentProfile& profileOf(Segment segment)
{
    return kProfiles[static_cast<std::size_t>(segment)];
}

std::string_view segmentName(Segment segment)
{
    return profileOf(segment).name;
}

std::string_view tierName(Tier tier)
{
    static constexpr std::array<std::string_view, 4> kNames{"Starter", "Growth", "Business",
                                                            "Enterprise"};
    return kNames[static_cast<std::size_t>(tier)];
}

int monthlySeatPrice(Tier tier)
{
    static constexpr std::array<int, 4> kCents{1500, 3500, 6500, 11000};
    return kCents[static_cast<std::size_t>(tier)];
}

int annualSeatPrice(Tier tier)
{
    return monthlySeatPrice(tier) * 10;
}

std::string_view fateCode(Fate fate)
{
    static constexpr std::array<std::string_view, 5> kCodes{"healthy", "churned", "at_risk",
                                                            "contracted", "reactivated"};
    return kCodes[static_cast<std::size_t>(fate)];
}

std::string_view causeCode(Cause cause)
{
    static constexpr std::array<std::string_view, 10> kCodes{"",
                                                             "no_value",
                                                             "stalled_onboarding",
                                                             "sponsor_change",
                                                             "low_adoption",
                                                             "product_gap",
                                                             "support_problems",
                                                             "negative_feedback",
                                                             "no_proactive_contact",
                                                             "customer_event"};
    return kCodes[static_cast<std::size_t>(cause)];
}

} // namespace tenure::demo
