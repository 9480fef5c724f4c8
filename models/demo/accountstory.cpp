#include "accountstory.h"

#include <algorithm>
#include <array>

namespace tenure::demo {

namespace {

// Stream numbers keep the story's draws apart from the signals' draws.
constexpr std::uint64_t kStoryStream = 1;

// How many days before its event a cause starts to show in the data.
constexpr int kShortestLead = 60;
constexpr int kLongestLead = 120;
// Accounts whose churn falls this soon after today are "at risk now".
constexpr int kAtRiskHorizonDays = 90;

Segment drawSegment(Random& random)
{
    std::array<double, kSegmentCount> shares{};
    for (int i = 0; i < kSegmentCount; ++i)
        shares[static_cast<std::size_t>(i)] = profileOf(static_cast<Segment>(i)).share;
    return static_cast<Segment>(random.weighted(shares));
}

// Onboarding failures add to the steady hazard in the first half year, which
// gives the retention curve its steep start.
double onboardingHazard(const SegmentProfile& profile, int monthOfLife)
{
    if (monthOfLife <= 3)
        return profile.monthlyHazard * 3.0;
    if (monthOfLife <= 6)
        return profile.monthlyHazard * 1.0;
    return 0.0;
}

Cause drawSteadyCause(const SegmentProfile& profile, Random& random)
{
    return static_cast<Cause>(random.weighted(profile.causeWeights) + 1);
}

// Walks the account's life month by month (monthly billing) or renewal by
// renewal (annual billing) and decides whether and when it churns, and why.
void planChurn(AccountStory& story, const Window& window, Random& random)
{
    const SegmentProfile& profile = profileOf(story.segment);
    const QDate horizon = window.today.addDays(kAtRiskHorizonDays);
    // Accounts that joined before the history window are its starting base:
    // they survive into it, and their warning signs fall inside it.
    const QDate earliest = story.signup < window.start ? window.start.addMonths(4) : story.signup;
    const int step = story.billing == Billing::Annual ? 12 : 1;
    for (int month = step;; month += step) {
        const QDate date = story.signup.addMonths(month);
        if (date > horizon)
            return;
        double survive = 1.0;
        double onboarding = 0.0;
        for (int m = month - step + 1; m <= month; ++m) {
            const double extra = onboardingHazard(profile, m);
            survive *= 1.0 - profile.monthlyHazard - extra;
            onboarding += extra;
        }
        if (date <= earliest || !random.chance(1.0 - survive))
            continue;
        const double steady = profile.monthlyHazard * step;
        story.churnOn = date;
        story.cause = random.chance(onboarding / (onboarding + steady))
                          ? Cause::StalledOnboarding
                          : drawSteadyCause(profile, random);
        return;
    }
}

void planEvidence(AccountStory& story, const QDate& event, const QDate& today, Random& random)
{
    int lead = random.between(kShortestLead, kLongestLead);
    if (story.cause == Cause::NoProactiveContact)
        lead = random.between(180, 300); // contact stops long before the customer leaves
    QDate from = event.addDays(-lead);
    // An account at risk now shows at least a month of signs already.
    from = std::min(from, today.addDays(-30));
    if (story.cause == Cause::StalledOnboarding || from < story.signup)
        from = story.signup;
    story.evidenceFrom = from;
}

void planFate(AccountStory& story, const Window& window, Random& random)
{
    const QDate& today = window.today;
    if (story.churnOn.isValid()) {
        story.fate = story.churnOn <= today ? Fate::Churned : Fate::AtRisk;
        planEvidence(story, story.churnOn, today, random);
        story.gaveNotice =
            story.fate == Fate::AtRisk && story.billing == Billing::Annual && random.chance(0.5);
        const QDate comeback = story.churnOn.addDays(random.between(90, 365));
        if (story.fate == Fate::Churned && story.cause != Cause::CustomerEvent &&
            random.chance(0.15) && comeback <= today.addDays(-7)) {
            story.fate = Fate::Reactivated;
            story.reactivatedOn = comeback;
        }
        return;
    }
    // Some survivors shrink instead: licences they stopped using are cut.
    const QDate first = std::max(story.signup, window.start).addMonths(6);
    const QDate last = today.addDays(-14);
    if (first < last && random.chance(story.segment == Segment::TechTouch ? 0.06 : 0.12)) {
        story.contractedOn = first.addDays(random.between(0, daysBetween(first, last)));
        story.fate = Fate::Contracted;
        story.cause = Cause::LowAdoption;
        planEvidence(story, story.contractedOn, today, random);
    }
}

void planOnboarding(AccountStory& story, Random& random)
{
    const int days = profileOf(story.segment).onboardingDays;
    story.onboardingTarget = story.signup.addDays(days);
    if (story.cause == Cause::StalledOnboarding)
        return; // never goes live
    const double late = random.chance(0.08) ? random.uniform(1.5, 2.5) : random.uniform(0.5, 1.3);
    story.goLive = story.signup.addDays(static_cast<int>(days * late));
}

double planAdoption(const AccountStory& story, Random& random)
{
    switch (story.cause) {
    case Cause::StalledOnboarding:
        return random.uniform(0.03, 0.15);
    case Cause::LowAdoption:
        return story.fate == Fate::Contracted ? random.uniform(0.55, 0.8)
                                              : random.uniform(0.2, 0.4);
    default:
        return random.uniform(0.6, 0.9);
    }
}

} // namespace

QDate AccountStory::eventOn() const
{
    return churnOn.isValid() ? churnOn : contractedOn;
}

int AccountStory::seatsOn(const QDate& date) const
{
    for (const Term& term : terms) {
        if (term.start <= date && (!term.end.isValid() || date < term.end))
            return term.seats;
    }
    return 0;
}

AccountStory planStory(std::uint64_t seed, std::int64_t id, const QDate& signup,
                       const Window& window)
{
    Random random = Random::forKey(seed, static_cast<std::uint64_t>(id), kStoryStream);
    AccountStory story;
    story.id = id;
    story.signup = signup;
    story.segment = drawSegment(random);
    const SegmentProfile& profile = profileOf(story.segment);
    story.owner = profile.owners[static_cast<std::size_t>(
        random.between(0, static_cast<int>(profile.owners.size()) - 1))];
    story.billing = random.chance(profile.annualShare) ? Billing::Annual : Billing::Monthly;

    planChurn(story, window, random);
    planFate(story, window, random);
    planOnboarding(story, random);
    story.adoption = planAdoption(story, random);
    planTerms(story, random, window.today);
    return story;
}

std::string_view statusOn(const AccountStory& story, const QDate& today)
{
    if (story.churnedBy(today) && !story.reactivatedOn.isValid())
        return "churned";
    if (!story.liveBy(today))
        return "onboarding";
    return story.gaveNotice ? "non_renewing" : "active";
}

QDate nextRenewal(const AccountStory& story, const QDate& today)
{
    if (story.churnedBy(today) && !story.reactivatedOn.isValid())
        return {};
    const QDate anchor = story.reactivatedOn.isValid() ? story.reactivatedOn : story.signup;
    const int step = story.billing == Billing::Annual ? 12 : 1;
    int months = step;
    while (anchor.addMonths(months) <= today)
        months += step;
    return anchor.addMonths(months);
}

} // namespace tenure::demo
