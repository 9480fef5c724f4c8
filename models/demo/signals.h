#pragma once

#include "accountstory.h"
#include "bookwriter.h"
#include "calendar.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace tenure::demo {

// Random stream numbers of the signal writers; 1 belongs to the story.
enum class Stream : std::uint64_t {
    Contacts = 10,
    Usage,
    Support,
    Voice,
    SuccessPlan,
    Actions,
    Plays,
    Sources
};

// A stretch [from, until) during which the account paid, clipped to the window.
struct Span
{
    QDate from;
    QDate until;
};

struct ContactRef
{
    std::int64_t id = 0;
    std::string_view role;
    QDate createdOn;
    QDate leftOn;
};

// What the signal writers share for one account. Each writer draws from its
// own random stream, so the tables do not shift when another one changes.
struct SignalContext
{
    const AccountStory& story;
    const Window& window;
    BookWriter& writer;
    std::uint64_t seed = 0;
    std::string_view domain; // the customer's email domain
    std::vector<Span> spans;
    std::vector<ContactRef> contacts;

    Random streamFor(Stream stream) const;
    // How far the cause's warning signs have gone on `date`: 0 before they
    // start and after the event, rising to 1 on the event.
    double warning(const QDate& date) const;
    bool warningOn(const QDate& date) const { return warning(date) > 0; }
    // A contact who worked at the customer on `date`, preferably in `role`; 0 if none.
    std::int64_t contactOn(const QDate& date, std::string_view role, Random& random) const;
    // The last day the customer was one: the day before its churn, or today.
    QDate lastActiveDay() const;
};

// Writes every signal table's rows for one account, in a fixed order.
void writeAccountSignals(const AccountStory& story, std::string_view domain, const Window& window,
                         BookWriter& writer, std::uint64_t seed);

void writeContacts(SignalContext& context);
void writeUsage(SignalContext& context);
void writeSupport(SignalContext& context);
void writeVoice(SignalContext& context);       // NPS surveys and feature requests
void writeSuccessPlan(SignalContext& context); // goals and events in the customer's business
void writeActions(SignalContext& context);
void writePlays(SignalContext& context); // playbook runs and their tasks

} // namespace tenure::demo
