// The playbooks the CSMs ran: a play for the risk they saw, some weeks after
// its warning signs began, the onboarding follow-up a month after go-live and
// the executive touch before a renewal.
// Their tasks are done or skipped when long past, and open around today, so
// that My Tasks, Today and "Did it work?" have something to show.
#include "playbooks/builtinplaybooks.h"
#include "signals.h"

#include <algorithm>

namespace tenure::demo {

namespace {

// Tasks due up to this many days ago are still open: the CSM is behind.
constexpr int kBacklogDays = 10;

const std::vector<playbooks::Playbook>& library()
{
    static const std::vector<playbooks::Playbook> builtin = playbooks::builtinPlaybooks();
    return builtin;
}

const playbooks::Playbook* playFor(playbooks::TriggerKind trigger, const QString& value,
                                   Segment segment)
{
    const QString segmentText = QString::fromLatin1(segmentName(segment));
    const auto& plays = library();
    const auto found = std::find_if(plays.begin(), plays.end(), [&](const auto& play) {
        return play.trigger == trigger && play.triggerValue == value &&
               play.appliesToSegment(segmentText);
    });
    return found == plays.end() ? nullptr : &*found;
}

// Whether the account was a paying customer on `date`.
bool paying(const SignalContext& context, const QDate& date)
{
    return std::any_of(context.spans.begin(), context.spans.end(),
                       [&](const Span& span) { return span.from <= date && date < span.until; });
}

std::vector<TaskRow> taskOutcomes(const SignalContext& context, const playbooks::Playbook& play,
                                  const QDate& startedOn, Random& random)
{
    const QDate today = context.window.today;
    const QDate lastDay = context.lastActiveDay();
    std::vector<TaskRow> tasks;
    for (const playbooks::PlaybookStep& step : play.steps) {
        TaskRow task{startedOn.addDays(step.dueOffsetDays), "open", {}, {}};
        if (task.dueOn > lastDay) {
            task.status = "skipped";
            task.completedOn = lastDay;
            task.skipReason = "The customer left";
        } else if (task.dueOn < today.addDays(-kBacklogDays)) {
            const bool done = random.chance(0.85);
            task.status = done ? "done" : "skipped";
            task.completedOn = std::min(today, task.dueOn.addDays(random.between(0, 3)));
            if (!done)
                task.skipReason = "No answer from the customer";
        }
        tasks.push_back(task);
    }
    return tasks;
}

void run(SignalContext& context, const playbooks::Playbook& play, const QDate& startedOn,
         std::string_view reasonCode, Random& random)
{
    context.writer.playRun(context.story.id, play, startedOn, context.story.owner, reasonCode,
                           taskOutcomes(context, play, startedOn, random));
}

} // namespace

void writePlays(SignalContext& context)
{
    const AccountStory& story = context.story;
    const QDate today = context.window.today;
    Random random = context.streamFor(Stream::Plays);

    // A CSM who reaches out at all answers most warnings with the reason's play.
    if (story.cause != Cause::None && story.cause != Cause::NoProactiveContact &&
        story.evidenceFrom.isValid() && random.chance(0.6)) {
        const QDate startedOn = story.evidenceFrom.addDays(random.between(10, 40));
        const std::string_view reason = causeCode(story.cause);
        const auto* play =
            playFor(playbooks::TriggerKind::RiskReason,
                    QString::fromLatin1(reason.data(), reason.size()), story.segment);
        if (play && startedOn <= today && paying(context, startedOn))
            run(context, *play, startedOn, reason, random);
    }

    // The check-in a month after go-live, for the accounts that went live lately.
    if (story.liveBy(today)) {
        const QDate startedOn = story.goLive.addDays(30);
        const auto* play = playFor(playbooks::TriggerKind::Lifecycle,
                                   playbooks::lifecycle::AfterOnboarding, story.segment);
        if (play && startedOn <= today && startedOn >= today.addDays(-90) &&
            paying(context, startedOn))
            run(context, *play, startedOn, {}, random);
    }

    // The executive touch 60 days before a renewal that is coming up.
    if (const QDate renewal = nextRenewal(story, today); renewal.isValid()) {
        const QDate startedOn = renewal.addDays(-60);
        const auto* play = playFor(playbooks::TriggerKind::Lifecycle,
                                   playbooks::lifecycle::BeforeRenewal, story.segment);
        if (play && startedOn <= today && paying(context, startedOn))
            run(context, *play, startedOn, {}, random);
    }
}

} // namespace tenure::demo
