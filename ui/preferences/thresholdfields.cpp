#include "thresholdfields.h"

#include <QtGlobal>

#include <array>
#include <cmath>
#include <type_traits>

namespace tenure::ui {

namespace {

using T = health::Thresholds;
using U = ThresholdField::Unit;

constexpr std::array<const char*, 8> kGroups = {
    QT_TRANSLATE_NOOP("tenure::ui::HealthPage", "Adoption and value"),
    QT_TRANSLATE_NOOP("tenure::ui::HealthPage", "Onboarding"),
    QT_TRANSLATE_NOOP("tenure::ui::HealthPage", "People"),
    QT_TRANSLATE_NOOP("tenure::ui::HealthPage", "Product and support"),
    QT_TRANSLATE_NOOP("tenure::ui::HealthPage", "Feedback"),
    QT_TRANSLATE_NOOP("tenure::ui::HealthPage", "Contact from the CSM"),
    QT_TRANSLATE_NOOP("tenure::ui::HealthPage", "Customer events and billing"),
    QT_TRANSLATE_NOOP("tenure::ui::HealthPage", "Health score"),
};

const std::array<ThresholdField, 22> kFields = {{
    {0, &T::usageDropPercent,
     QT_TRANSLATE_NOOP("tenure::ui::HealthPage", "Usage drop that is a warning:"), U::Percent, 100},
    {0, &T::usageDropWindowDays, QT_TRANSLATE_NOOP("tenure::ui::HealthPage", "…measured over:"),
     U::Days, 365},
    {0, &T::minUtilisation,
     QT_TRANSLATE_NOOP("tenure::ui::HealthPage", "Licences used below which adoption is low:"),
     U::Percent, 100, 100},
    {0, &T::missedGoalsForNoValue,
     QT_TRANSLATE_NOOP("tenure::ui::HealthPage",
                       "Missed goals that, with falling usage, mean no value:"),
     U::Count, 20},
    {1, &T::onboardingGraceDays,
     QT_TRANSLATE_NOOP("tenure::ui::HealthPage", "Not live this long after the target date:"),
     U::Days, 365},
    {2, &T::sponsorLookbackDays,
     QT_TRANSLATE_NOOP("tenure::ui::HealthPage", "A sponsor who left within:"), U::Days, 730},
    {2, &T::goneDarkDays,
     QT_TRANSLATE_NOOP("tenure::ui::HealthPage", "A key contact silent this long has gone dark:"),
     U::Days, 365},
    {3, &T::featureRequestsForGap,
     QT_TRANSLATE_NOOP("tenure::ui::HealthPage", "Feature requests that show a product gap:"),
     U::Count, 50},
    {3, &T::requestLookbackDays, QT_TRANSLATE_NOOP("tenure::ui::HealthPage", "…within:"), U::Days,
     730},
    {3, &T::oldTicketDays,
     QT_TRANSLATE_NOOP("tenure::ui::HealthPage", "A ticket open longer than this is old:"), U::Days,
     365},
    {3, &T::oldTicketsForProblem,
     QT_TRANSLATE_NOOP("tenure::ui::HealthPage", "Old tickets that are a support problem:"),
     U::Count, 50},
    {3, &T::escalationsForProblem,
     QT_TRANSLATE_NOOP("tenure::ui::HealthPage",
                       "Escalations in 90 days that are a support problem:"),
     U::Count, 50},
    {4, &T::detractorMaxNps,
     QT_TRANSLATE_NOOP("tenure::ui::HealthPage", "Highest NPS of a detractor:"), U::Count, 10},
    {4, &T::poorMaxCsat, QT_TRANSLATE_NOOP("tenure::ui::HealthPage", "Highest CSAT that is poor:"),
     U::Count, 5},
    {4, &T::feedbackLookbackDays,
     QT_TRANSLATE_NOOP("tenure::ui::HealthPage", "Feedback counts for:"), U::Days, 730},
    {5, &T::silentDaysHighTouch,
     QT_TRANSLATE_NOOP("tenure::ui::HealthPage", "No contact with a high-touch account for:"),
     U::Days, 365},
    {5, &T::silentDaysLowTouch,
     QT_TRANSLATE_NOOP("tenure::ui::HealthPage", "No contact with a low-touch account for:"),
     U::Days, 365},
    {5, &T::silentDaysTechTouch,
     QT_TRANSLATE_NOOP("tenure::ui::HealthPage", "No contact with a tech-touch account for:"),
     U::Days, 730},
    {6, &T::eventLookbackDays,
     QT_TRANSLATE_NOOP("tenure::ui::HealthPage", "Customer events count for:"), U::Days, 730},
    {6, &T::contractionPercent,
     QT_TRANSLATE_NOOP("tenure::ui::HealthPage", "MRR fall in 90 days that is a contraction:"),
     U::Percent, 100},
    {6, &T::renewalWindowDays,
     QT_TRANSLATE_NOOP("tenure::ui::HealthPage",
                       "A renewal this close is at risk when other reasons fired:"),
     U::Days, 365},
    {7, &T::minCoverage,
     QT_TRANSLATE_NOOP("tenure::ui::HealthPage",
                       "Share of the score's weight with data needed to place an account:"),
     U::Percent, 100, 100},
}};

} // namespace

double ThresholdField::value(const health::Thresholds& thresholds) const
{
    return std::visit([&](auto pointer) { return static_cast<double>(thresholds.*pointer); },
                      member) *
           scale;
}

void ThresholdField::setValue(health::Thresholds& thresholds, double shown) const
{
    std::visit(
        [&](auto pointer) {
            using Value = std::remove_reference_t<decltype(thresholds.*pointer)>;
            thresholds.*pointer = static_cast<Value>(
                std::is_integral_v<Value> ? std::lround(shown / scale) : shown / scale);
        },
        member);
}

std::span<const ThresholdField> thresholdFields()
{
    return kFields;
}

std::span<const char* const> thresholdGroups()
{
    return kGroups;
}

} // namespace tenure::ui
