// Weekly product usage for every full week an account pays for: active users
// against purchased seats, sessions and key events. Healthy accounts use 60-90%
// of their seats, with noise and seasons; each cause bends the curve its own way.
#include "signals.h"

#include <algorithm>
#include <cmath>

namespace tenure::demo {

namespace {

// How much of its usual usage an account keeps once its warning signs are
// fully developed, by cause. Experience problems (support, feedback) barely
// touch usage: those customers keep getting value while they grow unhappy.
double usageKeptAtEvent(const AccountStory& story)
{
    switch (story.cause) {
    case Cause::NoValue:
        return 0.3;
    case Cause::LowAdoption:
        return story.fate == Fate::Contracted ? 0.5 : 0.45;
    case Cause::CustomerEvent:
        return 0.55;
    case Cause::SponsorChange:
        return 0.7;
    case Cause::NoProactiveContact:
        return 0.75;
    case Cause::ProductGap:
        return 0.8;
    case Cause::SupportProblems:
    case Cause::NegativeFeedback:
        return 0.92;
    case Cause::StalledOnboarding: // already flat and low from the start
    case Cause::None:
        return 1.0;
    }
    return 1.0;
}

// Usage climbs from a quarter of its level at signup to all of it at go-live.
double onboardingRamp(const AccountStory& story, const QDate& week, bool returning)
{
    if (returning || story.cause == Cause::StalledOnboarding)
        return 1.0;
    if (!story.goLive.isValid())
        return 0.3;
    return 0.25 + 0.75 * progressBetween(week, story.signup, story.goLive);
}

} // namespace

void writeUsage(SignalContext& context)
{
    const AccountStory& story = context.story;
    Random random = context.streamFor(Stream::Usage);
    const double kept = usageKeptAtEvent(story);
    for (std::size_t s = 0; s < context.spans.size(); ++s) {
        const Span& span = context.spans[s];
        const bool returning = s > 0;
        QDate week = mondayOnOrBefore(span.from);
        if (week < span.from)
            week = week.addDays(7);
        for (; week.addDays(7) <= span.until; week = week.addDays(7)) {
            const int seats = std::max(1, story.seatsOn(week));
            const double decline = 1.0 - (1.0 - kept) * context.warning(week);
            const double share = story.adoption * decline * seasonality(week) *
                                 onboardingRamp(story, week, returning) *
                                 (1.0 + 0.08 * random.normal());
            const int active = std::clamp(static_cast<int>(std::lround(seats * share)), 0, seats);
            const double meanSessions = active * random.uniform(2.5, 4.5);
            const int sessions =
                std::max(0, static_cast<int>(
                                std::lround(random.normal(meanSessions, std::sqrt(meanSessions)))));
            const int keyEvents = static_cast<int>(sessions * random.uniform(0.4, 0.9));
            context.writer.usage(story.id, IsoDate(week).view(), active, sessions, keyEvents);
        }
    }
}

} // namespace tenure::demo
