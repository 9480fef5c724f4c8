#pragma once

#include <QDate>
#include <QString>

#include <cstdint>

namespace tenure {
class Progress;
}

namespace tenure::demo {

struct DemoOptions
{
    int accounts = 1500;
    std::uint64_t seed = 1;
    int months = 36;                    // history length ending at `today`
    QDate today = QDate::currentDate(); // the book's "now"; tests pass a fixed date
};

// What was written, table by table; `rows` counts every data row.
struct DemoSummary
{
    int accounts = 0;
    std::int64_t rows = 0;
    std::int64_t subscriptionPeriods = 0;
    std::int64_t contacts = 0;
    std::int64_t usageRows = 0;
    std::int64_t tickets = 0;
    std::int64_t surveyResponses = 0;
    std::int64_t featureRequests = 0;
    std::int64_t goals = 0;
    std::int64_t accountEvents = 0;
    std::int64_t actions = 0;
    std::int64_t playRuns = 0; // playbooks the CSMs ran, with their tasks
    std::int64_t tasks = 0;
};

// Writes a new demo book at `path`: `accounts` accounts with `months` of billing,
// usage, support, survey and CSM history ending at `today`, each with a hidden
// fate recorded in demo_truth. The same options give the same data, row for row.
//
// Refuses to overwrite (BookError::AlreadyExists). Atomic: the book is written to
// a temporary file beside `path` and renamed at the end, so a killed or cancelled
// run leaves nothing at `path`. Throws tenure::Cancelled if progress->isCancelled().
DemoSummary generateDemoBook(const QString& path, const DemoOptions& options,
                             Progress* progress = nullptr);

} // namespace tenure::demo
