#include "movements.h"

#include <algorithm>

namespace tenure::metrics {

MovementKind classify(std::int64_t before, std::int64_t after, bool activeEarlier)
{
    if (before == 0 && after > 0)
        return activeEarlier ? MovementKind::Reactivation : MovementKind::New;
    if (before > 0 && after == 0)
        return MovementKind::Churn;
    if (after > before && before > 0)
        return MovementKind::Expansion;
    if (after < before && after > 0)
        return MovementKind::Contraction;
    return MovementKind::None;
}

bool returnIsReactivation(Month lastPaid, Month month, int windowMonths)
{
    if (!lastPaid.isValid())
        return false;
    return windowMonths <= 0 || month - lastPaid - 1 <= windowMonths;
}

namespace {

// Calls visit(monthOffset, movement) for every month in [from, to] for one account.
template <typename Visit>
void walkAccount(const MrrHistory& history, int account, Month from, Month to, Visit&& visit)
{
    const int window = history.conventions().reactivationWindowMonths;
    Month lastPaid;
    std::int64_t before = history.mrr(account, history.firstMonth() - 1);
    for (Month month = history.firstMonth(); month <= to; month = month + 1) {
        if (month < from && month > history.settledMonth()) {
            // Nothing moves after the settled month: skip to `from` at once.
            if (before > 0)
                lastPaid = from - 1;
            month = from;
        }
        const std::int64_t after = history.mrr(account, month);
        if (month >= from) {
            const bool activeEarlier = returnIsReactivation(lastPaid, month, window);
            visit(month - from,
                  AccountMovement{account, classify(before, after, activeEarlier), before, after});
        }
        if (after > 0)
            lastPaid = month;
        before = after;
    }
}

} // namespace

std::vector<MonthMovements> monthlyMovements(const MrrHistory& history,
                                             std::span<const int> accounts, Month from, Month to)
{
    std::vector<MonthMovements> months;
    for (Month month = from; month <= to; month = month + 1)
        months.emplace_back().month = month;
    if (months.empty())
        return months;

    // After the settled month nothing moves: those months repeat the last
    // walked month's end, so the walk stops there and costs the data's own
    // span however far away `to` lies.
    const Month walkedTo =
        to <= history.lastMonth() ? std::min(to, std::max(from, history.settledMonth())) : to;
    for (const int account : accounts) {
        walkAccount(history, account, from, walkedTo,
                    [&](int offset, const AccountMovement& movement) {
                        MonthMovements& row = months[static_cast<std::size_t>(offset)];
                        row.startMrr += movement.before;
                        row.endMrr += movement.after;
                        row.customersStart += movement.before > 0;
                        row.customersEnd += movement.after > 0;
                        switch (movement.kind) {
                        case MovementKind::New:
                            row.newMrr += movement.after;
                            ++row.newCustomers;
                            break;
                        case MovementKind::Reactivation:
                            row.reactivationMrr += movement.after;
                            ++row.reactivatedCustomers;
                            break;
                        case MovementKind::Expansion:
                            row.expansionMrr += movement.amount();
                            break;
                        case MovementKind::Contraction:
                            row.contractionMrr += movement.amount();
                            break;
                        case MovementKind::Churn:
                            row.churnMrr += movement.before;
                            ++row.churnedCustomers;
                            break;
                        case MovementKind::None:
                            break;
                        }
                    });
    }
    const MonthMovements& settled = months[static_cast<std::size_t>(walkedTo - from)];
    for (std::size_t i = static_cast<std::size_t>(walkedTo - from) + 1; i < months.size(); ++i) {
        MonthMovements& row = months[i];
        row.startMrr = row.endMrr = settled.endMrr;
        row.customersStart = row.customersEnd = settled.customersEnd;
    }
    return months;
}

std::vector<AccountMovement> accountMovements(const MrrHistory& history,
                                              std::span<const int> accounts, Month month)
{
    std::vector<AccountMovement> moved;
    for (const int account : accounts) {
        walkAccount(history, account, month, month, [&](int, const AccountMovement& movement) {
            if (movement.kind != MovementKind::None)
                moved.push_back(movement);
        });
    }
    return moved;
}

} // namespace tenure::metrics
