#pragma once

#include <QString>

namespace tenure::store {
class Connection;
}

namespace tenure::metrics {

// Retention over a period: of the accounts paying before it (docs/metrics.md
// §3), or of the contracts up for renewal in it.
enum class RetentionMethod { Cohort, Renewal };

// When a cancelled subscription stops counting: when the customer cancels, or
// when the period it paid for ends (the default, and what billing shows).
enum class ChurnRecognition { PeriodEnd, Cancellation };

// How this book counts retention: the choices docs/metrics.md leaves to a
// visible setting. Stored in the book (book_meta), so that everyone who opens
// it sees the same numbers, and printed in the report's methodology note.
struct Conventions
{
    RetentionMethod method = RetentionMethod::Cohort;
    ChurnRecognition churnAt = ChurnRecognition::PeriodEnd;
    // A customer back after at most this many months without revenue is a
    // reactivation; after a longer gap, new business. 0: no limit.
    int reactivationWindowMonths = 0;
    int fiscalYearStartMonth = 1; // 1 = January: calendar quarters

    bool operator==(const Conventions&) const = default;
};

// Missing or unreadable keys keep their defaults.
Conventions loadConventions(store::Connection& connection);
void saveConventions(store::Connection& connection, const Conventions& conventions);

} // namespace tenure::metrics
