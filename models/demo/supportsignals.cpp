// Help-desk tickets and the CSAT answers that follow some of them. Healthy
// accounts raise a few questions that close within days; an account heading
// for a support-problems churn piles up bugs, escalations and tickets that
// stay open for weeks.
#include "signals.h"

#include <array>

namespace tenure::demo {

namespace {

constexpr std::array<std::string_view, 7> kTypes{"question",        "problem", "bug",  "usability",
                                                 "feature_request", "billing", "other"};
constexpr std::array<double, 7> kRoutineTypeWeights{40, 18, 10, 8, 7, 12, 5};
constexpr std::array<double, 7> kTroubleTypeWeights{5, 35, 40, 15, 2, 3, 0};

constexpr std::array<std::string_view, 4> kPriorities{"low", "normal", "high", "urgent"};
constexpr std::array<double, 4> kRoutinePriorityWeights{25, 60, 13, 2};
constexpr std::array<double, 4> kTroublePriorityWeights{3, 30, 42, 25};

std::string_view subjectFor(std::string_view type, Random& random)
{
    static constexpr std::array<std::string_view, 3> kQuestion{
        "How do I export a report?", "Question about user roles", "Where is the audit log?"};
    static constexpr std::array<std::string_view, 3> kProblem{
        "Dashboard does not load", "Sync keeps failing overnight", "Import stops half way"};
    static constexpr std::array<std::string_view, 3> kBug{"Wrong totals in monthly report",
                                                          "Error 500 when saving filters",
                                                          "Notifications sent twice"};
    static constexpr std::array<std::string_view, 2> kUsability{
        "Settings are hard to find", "Too many clicks to approve a request"};
    static constexpr std::array<std::string_view, 2> kBilling{"Invoice address change",
                                                              "Question about seat pricing"};
    if (type == "question")
        return random.pick(kQuestion);
    if (type == "problem")
        return random.pick(kProblem);
    if (type == "bug")
        return random.pick(kBug);
    if (type == "usability")
        return random.pick(kUsability);
    if (type == "billing")
        return random.pick(kBilling);
    if (type == "feature_request")
        return "Can you add an API for this?";
    return "General enquiry";
}

double routineTicketsPerMonth(Segment segment)
{
    switch (segment) {
    case Segment::HighTouch:
        return 1.5;
    case Segment::LowTouch:
        return 0.6;
    case Segment::TechTouch:
        return 0.2;
    }
    return 0.2;
}

// CSAT after a closed ticket: mostly good, poor when support is the problem.
int csatScore(bool trouble, Random& random)
{
    static constexpr std::array<double, 5> kRoutine{2, 3, 10, 35, 50};
    static constexpr std::array<double, 5> kTrouble{35, 35, 20, 8, 2};
    return random.weighted(trouble ? kTrouble : kRoutine) + 1;
}

} // namespace

void writeSupport(SignalContext& context)
{
    const AccountStory& story = context.story;
    const QDate& today = context.window.today;
    Random random = context.streamFor(Stream::Support);
    const bool troubled = story.cause == Cause::SupportProblems;
    const double routine = routineTicketsPerMonth(story.segment);
    for (const Span& span : context.spans) {
        for (QDate month = span.from; month < span.until; month = month.addMonths(1)) {
            const bool trouble = troubled && context.warningOn(month);
            const int count = random.poisson(trouble ? routine * 2 + 3.5 : routine);
            for (int i = 0; i < count; ++i) {
                TicketRow ticket;
                ticket.openedOn = month.addDays(random.between(0, 29));
                if (ticket.openedOn >= span.until)
                    continue;
                const int days =
                    trouble ? random.between(10, 75)
                            : (random.chance(0.9) ? random.between(0, 5) : random.between(6, 14));
                const QDate closed = ticket.openedOn.addDays(days);
                ticket.closedOn = closed <= today ? closed : QDate();
                ticket.type = kTypes[static_cast<std::size_t>(
                    random.weighted(trouble ? kTroubleTypeWeights : kRoutineTypeWeights))];
                ticket.priority = kPriorities[static_cast<std::size_t>(
                    random.weighted(trouble ? kTroublePriorityWeights : kRoutinePriorityWeights))];
                ticket.escalated = random.chance(trouble ? 0.4 : 0.02);
                ticket.subject = subjectFor(ticket.type, random);
                context.writer.ticket(story.id, ticket);
                if (ticket.closedOn.isValid() && closed < span.until && random.chance(0.3)) {
                    const std::int64_t contact = context.contactOn(closed, "admin", random);
                    context.writer.survey(story.id, contact, closed, "csat",
                                          csatScore(trouble, random), {});
                }
            }
        }
    }
}

} // namespace tenure::demo
