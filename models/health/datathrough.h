#pragma once

#include <QDate>

#include <vector>

namespace tenure::store {
class Connection;
}

namespace tenure::health {

// The book's data runs through its latest dated record on or before `today`:
// a subscription's start, end or cancellation, the last day of a usage
// period, a ticket, a survey answer, an activity or a customer event. After
// it nothing is known, so nothing after it may count as "kept". Invalid when
// the book holds no dated record.
QDate dataThrough(store::Connection& connection, const QDate& today);
// The same for several dates at once, in their order, for about the cost of one.
std::vector<QDate> dataThrough(store::Connection& connection, const std::vector<QDate>& todays);

} // namespace tenure::health
