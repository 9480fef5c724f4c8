#pragma once

#include <QJsonObject>
#include <QString>

namespace tenure::health {

// The editable thresholds of the risk detectors, with their defaults. Stored
// in the book's health_config table so everyone who opens it sees the same.
struct Thresholds
{
    // Adoption and value
    double usageDropPercent = 30;  // weekly active users fell at least this much...
    int usageDropWindowDays = 60;  // ...against this many days earlier
    double minUtilisation = 0.40;  // active users / licences below this is low adoption
    int missedGoalsForNoValue = 1; // missed goals that, with falling usage, mean no value
    // Onboarding
    int onboardingGraceDays = 14; // not live this long after the target date
    // People
    int sponsorLookbackDays = 180; // a sponsor who left within this many days
    int goneDarkDays = 45;         // a key contact silent this long has gone dark
    // Product and support
    int featureRequestsForGap = 2; // requests within requestLookbackDays
    int requestLookbackDays = 180;
    int oldTicketDays = 14; // a ticket open longer than this is old
    int oldTicketsForProblem = 3;
    int escalationsForProblem = 2; // escalations within 90 days
    // Feedback
    int detractorMaxNps = 6; // NPS 0-6 is a detractor
    int poorMaxCsat = 2;     // CSAT 1-2 is poor
    int feedbackLookbackDays = 180;
    // Contact from the CSM, by touch model
    int silentDaysHighTouch = 60;
    int silentDaysLowTouch = 90;
    int silentDaysTechTouch = 180;
    // Customer events and billing
    int eventLookbackDays = 180;
    double contractionPercent = 10; // MRR fell at least this much in 90 days
    int renewalWindowDays = 90;     // renewals this close with other reasons open
    // Scoring: a health score resting on less than this share of the
    // configured weight (HealthScore::coverage) places no quadrant.
    double minCoverage = 0.5;

    QJsonObject toJson() const;
    // Unknown keys are ignored and missing ones keep their defaults.
    static Thresholds fromJson(const QJsonObject& json);
};

} // namespace tenure::health
