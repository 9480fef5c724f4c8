#include "signals.h"

#include <algorithm>

namespace tenure::demo {

namespace {

std::vector<Span> paidSpans(const AccountStory& story, const Window& window)
{
    const QDate tomorrow = window.today.addDays(1);
    std::vector<Span> spans;
    const QDate from = std::max(story.signup, window.start);
    const QDate until = story.churnedBy(window.today) ? story.churnOn : tomorrow;
    if (from < until)
        spans.push_back({from, until});
    if (story.reactivatedOn.isValid() && story.reactivatedOn < tomorrow)
        spans.push_back({story.reactivatedOn, tomorrow});
    return spans;
}

// A real book lacks some sources for some customers: the analytics export
// does not cover every account, and some customers never file a ticket. Only
// healthy accounts go without, so every planted cause keeps its evidence.
struct Sources
{
    bool usage = true;
    bool support = true;
};

Sources sourcesOf(const AccountStory& story, Random random)
{
    if (story.fate != Fate::Healthy || story.cause != Cause::None)
        return {};
    const bool usage = !random.chance(0.05);
    const bool support = !random.chance(0.08);
    return {usage, support};
}

} // namespace

Random SignalContext::streamFor(Stream stream) const
{
    return Random::forKey(seed, static_cast<std::uint64_t>(story.id),
                          static_cast<std::uint64_t>(stream));
}

double SignalContext::warning(const QDate& date) const
{
    const QDate event = story.eventOn();
    if (story.cause == Cause::None || !story.evidenceFrom.isValid() || date < story.evidenceFrom ||
        date >= event)
        return 0.0;
    // Never exactly 0 inside the warning stretch, so warningOn() holds from its first day.
    return std::max(1e-6, progressBetween(date, story.evidenceFrom, event));
}

std::int64_t SignalContext::contactOn(const QDate& date, std::string_view role,
                                      Random& random) const
{
    std::vector<std::int64_t> present;
    for (const ContactRef& contact : contacts) {
        if (contact.createdOn > date || (contact.leftOn.isValid() && contact.leftOn <= date))
            continue;
        if (contact.role == role)
            return contact.id;
        present.push_back(contact.id);
    }
    return present.empty() ? 0 : random.pick(present);
}

QDate SignalContext::lastActiveDay() const
{
    const bool gone = story.churnedBy(window.today) && !story.reactivatedOn.isValid();
    return gone ? story.churnOn.addDays(-1) : window.today;
}

void writeAccountSignals(const AccountStory& story, std::string_view domain, const Window& window,
                         BookWriter& writer, std::uint64_t seed)
{
    SignalContext context{story, window, writer, seed, domain, paidSpans(story, window), {}};
    const Sources sources = sourcesOf(story, context.streamFor(Stream::Sources));
    writeContacts(context);
    if (sources.usage)
        writeUsage(context);
    if (sources.support)
        writeSupport(context);
    writeVoice(context);
    writeSuccessPlan(context);
    writeActions(context);
    writePlays(context);
}

} // namespace tenure::demo
