// The customer's success plan (goals and whether they were met) and events in
// the customer's own business. An account that finds no value misses its
// goals; a customer-side churn is preceded by an acquisition, closure or
// restructuring.
#include "signals.h"

#include <algorithm>
#include <array>

namespace tenure::demo {

namespace {

struct GoalIdea
{
    std::string_view title;
    std::string_view metric;
    double low, high; // range of sensible targets
};

constexpr std::array<GoalIdea, 5> kGoalIdeas{{
    {"Cut report preparation time", "hours saved per month", 20, 120},
    {"Roll out to every team", "active users", 10, 400},
    {"Automate invoice approvals", "approvals automated per month", 100, 2000},
    {"Reduce onboarding time for new staff", "days to productivity", 5, 30},
    {"Replace legacy spreadsheets", "spreadsheets retired", 5, 60},
}};

double planShare(Segment segment)
{
    return segment == Segment::TechTouch ? 0.25 : 1.0;
}

void writeGoal(SignalContext& context, Random& random, const QDate& due, bool fails)
{
    const GoalIdea& idea = random.pick(kGoalIdeas);
    GoalRow goal{idea.title, idea.metric, "open", 0, 0, due, QDate()};
    goal.target = static_cast<double>(static_cast<int>(random.uniform(idea.low, idea.high)));
    const QDate& today = context.window.today;
    if (due > today) {
        goal.achieved =
            static_cast<double>(static_cast<int>(goal.target * random.uniform(0.1, 0.8)));
    } else if (fails) {
        goal.status = "missed";
        goal.achieved =
            static_cast<double>(static_cast<int>(goal.target * random.uniform(0.1, 0.6)));
    } else {
        goal.status = "achieved";
        goal.achieved =
            static_cast<double>(static_cast<int>(goal.target * random.uniform(1.0, 1.3)));
        goal.achievedOn = due.addDays(-random.between(0, 45));
    }
    context.writer.goal(context.story.id, goal);
}

void writeGoals(SignalContext& context, Random& random)
{
    const AccountStory& story = context.story;
    const bool noValue = story.cause == Cause::NoValue;
    if (!noValue && !random.chance(planShare(story.segment)))
        return;
    // Goals run half a year ahead of a current customer; none after a churn.
    const QDate& today = context.window.today;
    const QDate end =
        context.lastActiveDay() < today ? context.lastActiveDay() : today.addDays(180);
    const QDate first = (story.goLive.isValid() ? story.goLive : story.signup).addDays(90);
    for (QDate due = first; due <= end; due = due.addMonths(6)) {
        const bool fails = noValue ? due >= story.evidenceFrom.addDays(-120)
                                   : random.chance(story.cause == Cause::None ? 0.08 : 0.3);
        writeGoal(context, random, due, fails);
    }
    // The missed goal that shows a no-value account is not getting what it bought.
    if (noValue) {
        const QDate due =
            std::min(story.evidenceFrom.addDays(daysBetween(story.evidenceFrom, story.churnOn) / 2),
                     context.window.today.addDays(-1));
        writeGoal(context, random, due, true);
    }
}

void writeBusinessEvents(SignalContext& context, Random& random)
{
    static constexpr std::array<std::string_view, 3> kKinds{"acquired", "closing", "restructured"};
    static constexpr std::array<std::string_view, 3> kDescriptions{
        "Acquired by a larger competitor; moving to the parent company's tools.",
        "Announced it is winding down operations.",
        "Reorganised; the team using the product was merged into another department."};
    const AccountStory& story = context.story;
    if (story.cause == Cause::CustomerEvent) {
        const QDate on = std::clamp(story.churnOn.addDays(-random.between(15, 75)),
                                    story.evidenceFrom, context.window.today);
        const int kind = random.between(0, 2);
        context.writer.event(story.id, on, kKinds[static_cast<std::size_t>(kind)],
                             kDescriptions[static_cast<std::size_t>(kind)]);
    } else if (story.cause == Cause::None && !context.spans.empty() && random.chance(0.04)) {
        const Span& span = context.spans.front();
        const int days = std::max(1, daysBetween(span.from, span.until));
        context.writer.event(story.id, span.from.addDays(random.between(0, days - 1)), "funding",
                             "Raised a new funding round.");
    }
}

} // namespace

void writeSuccessPlan(SignalContext& context)
{
    Random random = context.streamFor(Stream::SuccessPlan);
    writeGoals(context, random);
    writeBusinessEvents(context, random);
}

} // namespace tenure::demo
