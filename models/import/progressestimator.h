#pragma once

#include "importjob.h"

#include <QString>

#include <cstdint>
#include <deque>
#include <optional>
#include <vector>

namespace tenure::import {

// Rate and time left of long work, from samples of how much is done. The rate
// is measured over the last few seconds, so that a slow start (opening the
// book, a cold cache) does not skew the estimate for the rest of the run.
class ProgressEstimator
{
public:
    explicit ProgressEstimator(std::int64_t total = 0) { restart(total); }
    void restart(std::int64_t total);
    void add(std::int64_t done, std::int64_t elapsedMilliseconds);

    std::int64_t total() const { return m_total; }
    std::int64_t done() const { return m_samples.empty() ? 0 : m_samples.back().done; }
    // Units per second; nullopt until half a second of progress is measured.
    std::optional<double> rate() const;
    std::optional<std::int64_t> secondsLeft() const;

private:
    struct Sample
    {
        std::int64_t done;
        std::int64_t elapsed;
    };
    std::int64_t m_total = 0;
    std::deque<Sample> m_samples;
};

// Rows done across the files of an import from the position in the current
// file: each file's rows (counted by the check before it) spread evenly over
// its bytes, since the importer reports bytes.
std::int64_t rowsDone(const std::vector<std::int64_t>& rowsPerFile,
                      const ProgressSnapshot& snapshot);

// "45 s", "3 min", "1 h 20 min": a short, rounded duration for "time left".
QString shortDuration(std::int64_t seconds);

} // namespace tenure::import
