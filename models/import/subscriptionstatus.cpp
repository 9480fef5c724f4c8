#include "subscriptionstatus.h"

#include <QHash>

namespace tenure::import {

std::optional<SubscriptionState> subscriptionState(const QString& source, const QString& status)
{
    using S = SubscriptionState;
    static const QHash<QString, S> common = {
        {QStringLiteral("active"), S::Active},
        {QStringLiteral("live"), S::Active},
        {QStringLiteral("trialing"), S::Trial},
        {QStringLiteral("in_trial"), S::Trial},
        {QStringLiteral("trial"), S::Trial},
        {QStringLiteral("past_due"), S::PastDue},
        {QStringLiteral("unpaid"), S::PastDue},
        {QStringLiteral("paused"), S::Paused},
        {QStringLiteral("suspended"), S::Paused},
        {QStringLiteral("non_renewing"), S::NonRenewing},
        {QStringLiteral("canceled"), S::Ended},
        {QStringLiteral("cancelled"), S::Ended},
        {QStringLiteral("expired"), S::Ended},
        {QStringLiteral("ended"), S::Ended},
        {QStringLiteral("churned"), S::Ended},
        {QStringLiteral("incomplete_expired"), S::Ended},
        {QStringLiteral("deleted"), S::Ended}, // Paddle Classic
        {QStringLiteral("ready"), S::Future},  // Paddle Billing: not yet billed
        {QStringLiteral("future"), S::Future},
        {QStringLiteral("incomplete"), S::Future},
        {QStringLiteral("pending_activation"), S::Future},
        {QStringLiteral("draft"), S::Future},
        {QStringLiteral("completed"), S::Active}, // Paddle transactions: paid
        {QStringLiteral("billed"), S::Active},
        {QStringLiteral("paid"), S::Active},
    };
    QString key = status.trimmed().toLower();
    key.replace(u' ', u'_');
    key.replace(u'-', u'_');
    if (key.isEmpty())
        return S::Active;
    if (source == QLatin1String("recurly") && key == QLatin1String("canceled"))
        return S::NonRenewing;
    const auto found = common.constFind(key);
    if (found == common.constEnd())
        return std::nullopt;
    return *found;
}

bool carriesMrr(SubscriptionState state)
{
    return state != SubscriptionState::Trial && state != SubscriptionState::Paused;
}

const char* accountStatus(SubscriptionState state)
{
    switch (state) {
    case SubscriptionState::Trial:
    case SubscriptionState::Future:
        return "trial";
    case SubscriptionState::PastDue:
        return "past_due";
    case SubscriptionState::Paused:
        return "paused";
    case SubscriptionState::NonRenewing:
        return "non_renewing";
    case SubscriptionState::Ended:
        return "churned";
    case SubscriptionState::Active:
        break;
    }
    return "active";
}

} // namespace tenure::import
