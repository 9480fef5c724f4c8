#pragma once

#include <QDate>
#include <QString>

#include <memory>

namespace tenure::store {
class Book;
}

namespace tenure::test {

// A small book whose every answer is worked out by hand in the tests: Acme
// (#1) with billing, usage, tickets, surveys, contacts, goals, actions, a
// request and an event around kHandMadeAsOf, some rows dated after it; and
// eight paying fillers (#10-#17) that give the book a danger-zone line.
inline const QDate kHandMadeAsOf(2026, 3, 31);
std::unique_ptr<store::Book> createHandMadeBook(const QString& path);

} // namespace tenure::test
