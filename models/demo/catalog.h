#pragma once

#include <array>
#include <span>
#include <string_view>

namespace tenure::demo {

// The fixed vocabulary of the demo book: segments, plans, owners and the
// fates and causes the generator plans for each account.

enum class Segment { HighTouch, LowTouch, TechTouch };
inline constexpr int kSegmentCount = 3;

enum class Billing { Monthly, Annual };

// Plans in price order; an upgrade moves one step up.
enum class Tier { Starter, Growth, Business, Enterprise };

enum class Fate { Healthy, Churned, AtRisk, Contracted, Reactivated };

// The risk reasons of docs/domain.md, as stored in demo_truth.cause.
enum class Cause {
    None,
    NoValue,
    StalledOnboarding,
    SponsorChange,
    LowAdoption,
    ProductGap,
    SupportProblems,
    NegativeFeedback,
    NoProactiveContact,
    CustomerEvent,
};

struct SegmentProfile
{
    std::string_view name;
    double share;         // of all accounts
    double monthlyHazard; // churn probability per month once onboarded
    double annualShare;   // accounts billed yearly
    int onboardingDays;   // from signup to the go-live target
    double expansionsPerYear;
    // Weights of the causes other than stalled onboarding, in Cause order
    // starting at NoValue (StalledOnboarding's weight is ignored).
    std::array<double, 9> causeWeights;
    std::span<const std::string_view> owners;
};

const SegmentProfile& profileOf(Segment segment);
std::string_view segmentName(Segment segment);

std::string_view tierName(Tier tier);
// List price per seat and month, in US cents; a year costs ten months.
int monthlySeatPrice(Tier tier);
int annualSeatPrice(Tier tier);

std::string_view fateCode(Fate fate);
std::string_view causeCode(Cause cause); // empty for Cause::None

} // namespace tenure::demo
