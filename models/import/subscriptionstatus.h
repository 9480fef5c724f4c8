#pragma once

#include <QString>

#include <optional>

namespace tenure::import {

// What a source's subscription status means for MRR. Trials and paused
// subscriptions carry no MRR; a cancelled one keeps its MRR until it ends.
enum class SubscriptionState { Active, Trial, PastDue, Paused, NonRenewing, Ended, Future };

// Maps a status as `source` writes it ("trialing", "in_trial", "Cancelled",
// ...). The same word can differ between sources: Recurly's "canceled" is a
// subscription that runs to the end of its term (non-renewing), Stripe's has ended.
std::optional<SubscriptionState> subscriptionState(const QString& source, const QString& status);

bool carriesMrr(SubscriptionState state);

// The accounts.status value for a customer whose subscription is in `state`.
const char* accountStatus(SubscriptionState state);

} // namespace tenure::import
