#pragma once

#include "calendar.h"
#include "catalog.h"
#include "random.h"

#include <QDate>

#include <cstdint>
#include <string_view>
#include <vector>

namespace tenure::demo {

// One subscription period: a price that held from `start` until `end`
// (exclusive; invalid while it still runs).
struct Term
{
    QDate start;
    QDate end;
    Tier tier = Tier::Starter;
    int seats = 1;
};

// The hidden plan for one account, decided before any row is written: who it
// is, what it bought, and what becomes of it. Every table's rows are then
// derived from this story, so the evidence of a cause always precedes its event.
struct AccountStory
{
    std::int64_t id = 0;
    Segment segment = Segment::TechTouch;
    std::string_view owner;
    Billing billing = Billing::Monthly;
    QDate signup;
    QDate onboardingTarget;
    QDate goLive; // planned, possibly after today; invalid: never goes live

    Fate fate = Fate::Healthy;
    Cause cause = Cause::None;
    QDate churnOn;           // the first churn; after today for an account at risk now
    QDate reactivatedOn;     // invalid unless the account came back
    QDate contractedOn;      // invalid unless the account shrank
    QDate evidenceFrom;      // when the cause's warning signs start to show
    double adoption = 0.75;  // share of seats active in an ordinary week
    bool gaveNotice = false; // at risk and told us it will not renew

    std::vector<Term> terms; // as billed up to today, in order

    bool churnedBy(const QDate& date) const { return churnOn.isValid() && churnOn <= date; }
    bool liveBy(const QDate& date) const { return goLive.isValid() && goLive <= date; }
    // The date the fate takes effect: churn or contraction; invalid when healthy.
    QDate eventOn() const;
    int seatsOn(const QDate& date) const; // 0 when not subscribed
    const Term& currentTerm() const { return terms.back(); }
};

// Plans the story of account `id`, who signed up on `signup`.
AccountStory planStory(std::uint64_t seed, std::int64_t id, const QDate& signup,
                       const Window& window);
// Fills story.terms: the opening plan, then expansions, contraction, churn
// and reactivation as subscription periods (subscriptionterms.cpp).
void planTerms(AccountStory& story, Random& random, const QDate& today);

// Status and next renewal as they stand on `today`, for the accounts table.
std::string_view statusOn(const AccountStory& story, const QDate& today);
QDate nextRenewal(const AccountStory& story, const QDate& today); // invalid once churned

} // namespace tenure::demo
