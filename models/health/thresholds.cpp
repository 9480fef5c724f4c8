#include "thresholds.h"

namespace tenure::health {

namespace {

// Every threshold once, with its key in the book.
template <typename T, typename Visit> void forEachField(T& t, Visit&& visit)
{
    visit("usage_drop_percent", t.usageDropPercent);
    visit("usage_drop_window_days", t.usageDropWindowDays);
    visit("min_utilisation", t.minUtilisation);
    visit("missed_goals_for_no_value", t.missedGoalsForNoValue);
    visit("onboarding_grace_days", t.onboardingGraceDays);
    visit("sponsor_lookback_days", t.sponsorLookbackDays);
    visit("gone_dark_days", t.goneDarkDays);
    visit("feature_requests_for_gap", t.featureRequestsForGap);
    visit("request_lookback_days", t.requestLookbackDays);
    visit("old_ticket_days", t.oldTicketDays);
    visit("old_tickets_for_problem", t.oldTicketsForProblem);
    visit("escalations_for_problem", t.escalationsForProblem);
    visit("detractor_max_nps", t.detractorMaxNps);
    visit("poor_max_csat", t.poorMaxCsat);
    visit("feedback_lookback_days", t.feedbackLookbackDays);
    visit("silent_days_high_touch", t.silentDaysHighTouch);
    visit("silent_days_low_touch", t.silentDaysLowTouch);
    visit("silent_days_tech_touch", t.silentDaysTechTouch);
    visit("event_lookback_days", t.eventLookbackDays);
    visit("contraction_percent", t.contractionPercent);
    visit("renewal_window_days", t.renewalWindowDays);
    visit("min_coverage", t.minCoverage);
}

} // namespace

QJsonObject Thresholds::toJson() const
{
    QJsonObject json;
    forEachField(
        *this, [&](const char* key, const auto& value) { json.insert(QLatin1String(key), value); });
    return json;
}

Thresholds Thresholds::fromJson(const QJsonObject& json)
{
    Thresholds thresholds;
    forEachField(thresholds, [&](const char* key, auto& value) {
        const QJsonValue stored = json.value(QLatin1String(key));
        if (stored.isDouble())
            value = static_cast<std::remove_reference_t<decltype(value)>>(stored.toDouble());
    });
    return thresholds;
}

} // namespace tenure::health
