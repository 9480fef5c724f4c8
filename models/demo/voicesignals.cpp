// What customers say: quarterly NPS surveys and feature requests. Negative
// feedback shows as detractor answers with comments, month after month; a
// product gap as a run of requests for features, integrations and pricing.
#include "signals.h"

#include <array>

namespace tenure::demo {

namespace {

double surveyedShare(Segment segment)
{
    switch (segment) {
    case Segment::HighTouch:
        return 0.9;
    case Segment::LowTouch:
        return 0.7;
    case Segment::TechTouch:
        return 0.45;
    }
    return 0.5;
}

// Weights of NPS scores 0 to 10.
constexpr std::array<double, 11> kContentScores{0.5, 0.5, 0.5, 1, 1, 1.5, 2, 8, 16, 28, 24};
constexpr std::array<double, 11> kUnhappyScores{8, 8, 12, 14, 16, 14, 12, 8, 5, 2, 1};

std::string_view commentFor(int score, Random& random)
{
    static constexpr std::array<std::string_view, 4> kDetractor{
        "Support takes far too long to answer.", "We are not getting the value we paid for.",
        "The product keeps breaking our workflows.", "Nobody follows up on our complaints."};
    static constexpr std::array<std::string_view, 3> kPassive{
        "Does the job, but reporting could be better.", "Fine overall, a bit pricey.",
        "Good, though onboarding new staff takes time."};
    static constexpr std::array<std::string_view, 3> kPromoter{
        "Our team relies on it every day.", "Great support and steady improvements.",
        "Saved us hours every week."};
    if (score <= 6)
        return random.pick(kDetractor);
    return score <= 8 ? random.pick(kPassive) : random.pick(kPromoter);
}

void writeNps(SignalContext& context, Random& random)
{
    const AccountStory& story = context.story;
    const bool surveyed = random.chance(surveyedShare(story.segment));
    const bool complaining = story.cause == Cause::NegativeFeedback;
    for (const Span& span : context.spans) {
        for (QDate month = span.from; month < span.until; month = month.addMonths(1)) {
            const QDate on = month.addDays(random.between(0, 27));
            const bool unhappy =
                (complaining || story.cause == Cause::SupportProblems) && context.warningOn(on);
            // Unhappy customers answer every month; the rest once a quarter, if at all.
            const bool answers = (complaining && unhappy) ||
                                 (surveyed && month.month() % 3 == 1 && random.chance(0.6));
            if (!answers || on >= span.until)
                continue;
            const int score = random.weighted(unhappy ? kUnhappyScores : kContentScores);
            const bool comments = (complaining && unhappy) || random.chance(0.3);
            context.writer.survey(story.id, context.contactOn(on, "champion", random), on, "nps",
                                  score, comments ? commentFor(score, random) : std::string_view());
        }
    }
}

void writeRequests(SignalContext& context, Random& random)
{
    static constexpr std::array<std::string_view, 4> kKinds{"feature", "enhancement", "integration",
                                                            "pricing"};
    static constexpr std::array<std::string_view, 8> kTitles{
        "Salesforce integration",       "Bulk edit for records",
        "Single sign-on with Okta",     "Custom fields on reports",
        "Cheaper plan for small teams", "Offline mode for field staff",
        "Export to Power BI",           "Approval workflows with several steps"};
    const AccountStory& story = context.story;
    const bool gap = story.cause == Cause::ProductGap;
    const double perMonth = story.segment == Segment::HighTouch ? 0.08 : 0.03;
    for (const Span& span : context.spans) {
        for (QDate month = span.from; month < span.until; month = month.addMonths(1)) {
            const bool missing = gap && context.warningOn(month);
            for (int n = random.poisson(missing ? 1.6 : perMonth); n > 0; --n) {
                const QDate on = month.addDays(random.between(0, 27));
                if (on >= span.until || on > context.window.today)
                    continue;
                const std::string_view status = missing ? (random.chance(0.7) ? "open" : "declined")
                                                        : (random.chance(0.5)   ? "open"
                                                           : random.chance(0.5) ? "planned"
                                                                                : "shipped");
                context.writer.featureRequest(story.id, context.contactOn(on, "power_user", random),
                                              on, random.pick(kTitles), random.pick(kKinds),
                                              status);
            }
        }
    }
}

} // namespace

void writeVoice(SignalContext& context)
{
    Random random = context.streamFor(Stream::Voice);
    writeNps(context, random);
    writeRequests(context, random);
}

} // namespace tenure::demo
