// The CSM's action log. High- and low-touch owners call, email and hold QBRs
// on a rhythm; tech-touch accounts get one-to-many emails and webinars. An
// account heading for a no-proactive-contact churn hears nothing for months.
#include "signals.h"

#include <algorithm>
#include <array>
#include <string>

namespace tenure::demo {

namespace {

struct Rhythm
{
    int shortestGap, longestGap; // days between one-to-one touches; 0: none
    int qbrMonths;               // 0: no QBRs
};

Rhythm rhythmOf(Segment segment)
{
    switch (segment) {
    case Segment::HighTouch:
        return {14, 30, 3};
    case Segment::LowTouch:
        return {30, 75, 6};
    case Segment::TechTouch:
        return {0, 0, 0};
    }
    return {0, 0, 0};
}

struct Touch
{
    std::string_view kind, summary, outcome;
};

constexpr std::array<Touch, 5> kTouches{{
    {"call", "Check-in call on adoption and open questions", "Positive; no blockers"},
    {"email", "Shared tips for the features they use least", ""},
    {"meeting", "Workshop with the team on reporting", "Agreed next steps"},
    {"training", "Training session for new users", "Attendance good"},
    {"email", "Follow-up on last week's call", ""},
}};

class ActionLog
{
public:
    ActionLog(SignalContext& context, Random& random)
        : m_context(context)
        , m_random(random)
    {
    }

    // Whether the owner still reaches out on `date`.
    bool reachesOut(const QDate& date) const
    {
        const AccountStory& story = m_context.story;
        return !(story.cause == Cause::NoProactiveContact && m_context.warningOn(date));
    }

    void log(const QDate& on, const Touch& touch, std::string_view reason = {},
             std::string_view bulkId = {})
    {
        ActionRow row{on,
                      touch.kind,
                      reason,
                      touch.summary,
                      touch.outcome,
                      bulkId.empty() ? m_context.story.owner : std::string_view(),
                      bulkId};
        if (bulkId.empty())
            row.contactId = m_context.contactOn(on, "champion", m_random);
        m_context.writer.action(m_context.story.id, row);
    }

    void oneToOne(const Span& span)
    {
        const Rhythm rhythm = rhythmOf(m_context.story.segment);
        if (rhythm.shortestGap == 0) {
            // Tech-touch owners write now and then, when something comes up.
            for (QDate on = span.from; on < span.until; on = on.addMonths(1)) {
                if (reachesOut(on) && m_random.chance(0.05))
                    log(on, kTouches[1]);
            }
            return;
        }
        for (QDate on = span.from.addDays(m_random.between(3, rhythm.shortestGap)); on < span.until;
             on = on.addDays(m_random.between(rhythm.shortestGap, rhythm.longestGap))) {
            if (reachesOut(on))
                log(on, m_random.pick(kTouches));
        }
        const Touch qbr{"qbr", "Quarterly business review", "Reviewed goals and usage"};
        for (QDate on = span.from.addMonths(rhythm.qbrMonths); on < span.until;
             on = on.addMonths(rhythm.qbrMonths)) {
            if (reachesOut(on))
                log(on, qbr);
        }
    }

    // One-to-many programmes: the onboarding email a month in, and a
    // quarterly webinar invitation sent to every customer.
    void oneToMany(const Span& span)
    {
        const QDate onboarding = m_context.story.signup.addDays(30);
        if (onboarding >= span.from && onboarding < span.until && reachesOut(onboarding)) {
            // The automation sends each month's new customers one batch.
            const std::string bulk =
                "onboarding-" + std::string(IsoDate(onboarding).view().substr(0, 7));
            log(onboarding, {"email", "Onboarding tips: the first month", ""}, {}, bulk);
        }
        for (QDate month = span.from; month < span.until; month = month.addMonths(1)) {
            if (month.month() % 3 != 2 || !reachesOut(month) || !m_random.chance(0.85))
                continue;
            const QDate on(month.year(), month.month(), 10);
            if (on < span.from || on >= span.until)
                continue;
            const std::string bulk = "webinar-" + std::to_string(on.year()) + "-q" +
                                     std::to_string((on.month() - 1) / 3 + 1);
            log(on, {"webinar", "Invitation to the quarterly product webinar", ""}, {}, bulk);
        }
    }

    // A CSM who saw the warning signs of a past churn tried to save the account.
    void saveAttempt()
    {
        const AccountStory& story = m_context.story;
        if (story.fate != Fate::Churned || story.cause == Cause::NoProactiveContact ||
            story.cause == Cause::None || !m_random.chance(0.5))
            return;
        const int room = std::max(1, daysBetween(story.evidenceFrom, story.churnOn) - 1);
        const QDate on = story.evidenceFrom.addDays(m_random.between(room / 2, room));
        if (m_context.spans.empty() || on < m_context.spans.front().from)
            return;
        log(on, {"call", "Call about the account's risk", "Customer undecided"},
            causeCode(story.cause));
    }

private:
    SignalContext& m_context;
    Random& m_random;
};

} // namespace

void writeActions(SignalContext& context)
{
    Random random = context.streamFor(Stream::Actions);
    ActionLog log(context, random);
    for (const Span& span : context.spans) {
        log.oneToOne(span);
        log.oneToMany(span);
    }
    log.saveAttempt();
}

} // namespace tenure::demo
