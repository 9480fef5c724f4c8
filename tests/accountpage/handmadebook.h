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
// Acme's health then, worked out in tst_accountdetail (scoresHealthAsWorkedOutByHand):
// outcome 37.5, experience 47.5 pulled by a detractor 58 days old, relationship 87.5.
inline const double kHandMadeExperience = 47.5 - (1 - 28.0 / 335) * 25;
inline const double kHandMadeHealth = 0.5 * 37.5 + 0.3 * kHandMadeExperience + 0.2 * 87.5;
std::unique_ptr<store::Book> createHandMadeBook(const QString& path);

} // namespace tenure::test
