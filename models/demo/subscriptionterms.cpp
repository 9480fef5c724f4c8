// The billing side of a story: which plan and how many seats an account buys,
// and how that changes: expansion, contraction, churn and reactivation.
#include "accountstory.h"

#include <algorithm>

namespace tenure::demo {

namespace {

struct Change
{
    enum class Kind { AddSeats, Upgrade, Reduce };
    QDate on;
    Kind kind = Kind::AddSeats;
};

// Seats skewed towards the low end of [low, high]: a long tail of small buyers.
int skewedSeats(Random& random, int low, int high, int skew)
{
    double u = random.uniform();
    double scaled = u;
    for (int i = 1; i < skew; ++i)
        scaled *= u;
    return low + static_cast<int>(scaled * (high - low));
}

// The opening plan: each segment is an ARR tier (high touch from about
// $30k a year, tech touch below about $3k).
Term openingTerm(const AccountStory& story, Random& random)
{
    Term term;
    term.start = story.signup;
    switch (story.segment) {
    case Segment::HighTouch:
        term.tier = random.chance(0.7) ? Tier::Enterprise : Tier::Business;
        term.seats = term.tier == Tier::Enterprise ? skewedSeats(random, 25, 500, 3)
                                                   : skewedSeats(random, 40, 400, 3);
        break;
    case Segment::LowTouch:
        term.tier = random.chance(0.4) ? Tier::Business : Tier::Growth;
        term.seats = term.tier == Tier::Business ? skewedSeats(random, 5, 35, 2)
                                                 : skewedSeats(random, 10, 60, 2);
        break;
    case Segment::TechTouch:
        term.tier = random.chance(0.65) ? Tier::Starter : Tier::Growth;
        term.seats = term.tier == Tier::Starter ? skewedSeats(random, 1, 12, 2)
                                                : skewedSeats(random, 1, 5, 2);
        break;
    }
    return term;
}

// Healthy stretches of life bring seat adds and upgrades; none in the half
// year before a churn or around a contraction.
std::vector<Change> plannedExpansions(const AccountStory& story, Random& random, const QDate& today)
{
    std::vector<Change> changes;
    const double perMonth = profileOf(story.segment).expansionsPerYear / 12.0;
    for (int month = 4;; ++month) {
        const QDate on = story.signup.addMonths(month);
        if (on > today || (story.churnOn.isValid() && on >= story.churnOn.addDays(-180)))
            break;
        const bool nearContraction = story.contractedOn.isValid() &&
                                     on >= story.contractedOn.addDays(-180) &&
                                     on <= story.contractedOn.addDays(60);
        if (nearContraction || !random.chance(perMonth))
            continue;
        changes.push_back(
            {on, random.chance(0.2) ? Change::Kind::Upgrade : Change::Kind::AddSeats});
    }
    return changes;
}

// Applies one change to the plan in force; false when it cannot be applied
// (a single seat on the cheapest plan cannot shrink).
bool apply(Term& term, Change::Kind kind, Random& random)
{
    switch (kind) {
    case Change::Kind::Upgrade:
        if (term.tier != Tier::Enterprise) {
            term.tier = static_cast<Tier>(static_cast<int>(term.tier) + 1);
            return true;
        }
        [[fallthrough]];
    case Change::Kind::AddSeats:
        term.seats += std::max(1, static_cast<int>(term.seats * random.uniform(0.1, 0.4)));
        return true;
    case Change::Kind::Reduce:
        if (term.seats >= 2) {
            const int cut = static_cast<int>(term.seats * random.uniform(0.25, 0.5));
            term.seats -= std::max(1, cut);
            return true;
        }
        if (term.tier != Tier::Starter) {
            term.tier = static_cast<Tier>(static_cast<int>(term.tier) - 1);
            return true;
        }
        return false;
    }
    return false;
}

void forgetContraction(AccountStory& story)
{
    story.fate = Fate::Healthy;
    story.cause = Cause::None;
    story.contractedOn = QDate();
    story.evidenceFrom = QDate();
}

} // namespace

void planTerms(AccountStory& story, Random& random, const QDate& today)
{
    std::vector<Change> changes = plannedExpansions(story, random, today);
    if (story.contractedOn.isValid())
        changes.push_back({story.contractedOn, Change::Kind::Reduce});
    std::stable_sort(changes.begin(), changes.end(),
                     [](const Change& a, const Change& b) { return a.on < b.on; });

    story.terms.clear();
    Term current = openingTerm(story, random);
    for (const Change& change : changes) {
        Term next = current;
        if (!apply(next, change.kind, random)) {
            forgetContraction(story);
            continue;
        }
        if (change.on == current.start) {
            current = next; // two changes on one day make one period
            continue;
        }
        current.end = change.on;
        story.terms.push_back(current);
        next.start = change.on;
        current = next;
    }
    if (!story.churnedBy(today)) {
        story.terms.push_back(current);
        return;
    }
    current.end = story.churnOn;
    story.terms.push_back(current);
    if (story.reactivatedOn.isValid()) {
        // A returning customer starts smaller than it left.
        Term comeback{story.reactivatedOn, QDate(), current.tier, current.seats};
        comeback.seats = std::max(1, static_cast<int>(current.seats * random.uniform(0.6, 1.0)));
        story.terms.push_back(comeback);
    }
}

} // namespace tenure::demo
