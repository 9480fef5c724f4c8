#pragma once

#include <QString>

#include <cstdint>
#include <exception>

namespace tenure {

// How long work (import, generation, recompute, report) tells whoever started
// it how far it got, and learns that it should stop. Knows nothing of widgets:
// the GUI adapts it to a progress bar, the command line to stderr, tests to a
// counter.
class Progress
{
public:
    virtual ~Progress() = default;
    // `done` of `total` units of `stage` (a short, translated description).
    virtual void report(std::int64_t done, std::int64_t total, const QString& stage) = 0;
    virtual bool isCancelled() const = 0;
};

// Thrown by work that noticed Progress::isCancelled(); whatever it was writing
// has been rolled back.
class Cancelled : public std::exception
{
public:
    const char* what() const noexcept override { return "cancelled"; }
};

} // namespace tenure
