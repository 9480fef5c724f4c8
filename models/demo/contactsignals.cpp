// The customer's people: who bought, who champions, who uses; who went quiet
// or left. A sponsor change shows as a champion or executive sponsor leaving
// months before the churn, with nobody taking their place.
#include "names.h"
#include "signals.h"

#include <algorithm>
#include <array>
#include <string>

namespace tenure::demo {

namespace {

std::vector<std::string_view> rolesFor(Segment segment, Random& random)
{
    std::vector<std::string_view> roles;
    switch (segment) {
    case Segment::HighTouch:
        roles = {"buyer", "executive_sponsor", "champion", "admin", "it", "power_user"};
        for (int i = random.between(1, 3); i > 0; --i)
            roles.emplace_back(i == 1 ? "power_user" : "user");
        break;
    case Segment::LowTouch:
        roles = {"buyer", "champion", "admin", "power_user"};
        for (int i = random.between(0, 2); i > 0; --i)
            roles.emplace_back("user");
        break;
    case Segment::TechTouch:
        roles = {"champion", "buyer", random.chance(0.5) ? "admin" : "power_user"};
        break;
    }
    return roles;
}

bool isSponsor(std::string_view role)
{
    return role == "champion" || role == "executive_sponsor";
}

// The day `date` minus up to `days`, but not before `floor`.
QDate someDaysBefore(const QDate& date, int days, const QDate& floor, Random& random)
{
    return std::max(floor, date.addDays(-random.between(0, days)));
}

// Writes one contact and remembers it for surveys, requests and actions.
void addContact(SignalContext& context, Random& random, std::string_view role,
                const QDate& createdOn, const QDate& lastActiveOn, const QDate& leftOn)
{
    const Person person = inventPerson(random, context.domain);
    const ContactRow row{person.name, person.email, titleFor(role, random),
                         role,        createdOn,    std::max(createdOn, lastActiveOn),
                         leftOn};
    context.contacts.push_back(
        {context.writer.contact(context.story.id, row), role, createdOn, leftOn});
}

// When the sponsor of an account heading for a sponsor-change churn leaves:
// inside the warning stretch, at least a month before the churn, by today.
QDate sponsorDeparture(const SignalContext& context, Random& random)
{
    const AccountStory& story = context.story;
    const int room = std::max(0, daysBetween(story.evidenceFrom, story.churnOn) - 30);
    const QDate left = story.evidenceFrom.addDays(random.between(0, room));
    return std::max(story.signup.addDays(30), std::min(left, context.window.today.addDays(-7)));
}

} // namespace

void writeContacts(SignalContext& context)
{
    const AccountStory& story = context.story;
    Random random = context.streamFor(Stream::Contacts);
    const QDate lastDay = context.lastActiveDay();
    const int age = std::max(0, daysBetween(story.signup, lastDay));
    const bool sponsorLeaves = story.cause == Cause::SponsorChange;
    const QDate departure = sponsorLeaves ? sponsorDeparture(context, random) : QDate();

    const std::vector<std::string_view> roles = rolesFor(story.segment, random);
    for (std::size_t i = 0; i < roles.size(); ++i) {
        const std::string_view role = roles[i];
        const QDate created = story.signup.addDays(i < 3 ? random.between(0, 14)
                                                         : random.between(0, std::min(age, 365)));
        const bool leaves = sponsorLeaves && isSponsor(role) && created < departure;
        QDate lastActive;
        if (leaves)
            lastActive = departure.addDays(-random.between(1, 20));
        else if (sponsorLeaves)
            // Without its sponsor the account goes quiet.
            lastActive = std::min(lastDay, departure.addDays(random.between(0, 30)));
        else
            lastActive = someDaysBefore(lastDay, role == "buyer" ? 90 : 12, created, random);
        addContact(context, random, role, created, lastActive, leaves ? departure : QDate());
    }

    // Healthy long-lived accounts see ordinary turnover: a champion leaves and
    // a successor takes over within weeks.
    if (story.cause == Cause::None && age > 400 && random.chance(0.1)) {
        const QDate left = story.signup.addDays(random.between(120, age - 120));
        addContact(context, random, "champion", story.signup.addDays(random.between(0, 14)),
                   left.addDays(-random.between(1, 20)), left);
        const QDate successor = left.addDays(random.between(7, 45));
        addContact(context, random, "champion", successor,
                   someDaysBefore(lastDay, 12, successor, random), QDate());
    }
    // A customer who returns after its sponsor left comes back with a new one.
    if (story.reactivatedOn.isValid() && sponsorLeaves) {
        addContact(context, random, "champion", story.reactivatedOn,
                   someDaysBefore(context.window.today, 12, story.reactivatedOn, random), QDate());
    }
}

} // namespace tenure::demo
