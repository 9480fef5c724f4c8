#include "progressestimator.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace tenure::import {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::import::ProgressEstimator)
};

constexpr std::int64_t kWindowMilliseconds = 5000;
constexpr std::int64_t kMinimumSpanMilliseconds = 500;

} // namespace

void ProgressEstimator::restart(std::int64_t total)
{
    m_total = total;
    m_samples.clear();
}

void ProgressEstimator::add(std::int64_t done, std::int64_t elapsedMilliseconds)
{
    m_samples.push_back({done, elapsedMilliseconds});
    // Keep one sample older than the window, so that the window is always spanned.
    while (m_samples.size() > 2 &&
           elapsedMilliseconds - m_samples[1].elapsed >= kWindowMilliseconds)
        m_samples.pop_front();
}

std::optional<double> ProgressEstimator::rate() const
{
    if (m_samples.size() < 2)
        return std::nullopt;
    const Sample& first = m_samples.front();
    const Sample& last = m_samples.back();
    const std::int64_t span = last.elapsed - first.elapsed;
    if (span < kMinimumSpanMilliseconds || last.done <= first.done)
        return std::nullopt;
    return static_cast<double>(last.done - first.done) * 1000.0 / static_cast<double>(span);
}

std::optional<std::int64_t> ProgressEstimator::secondsLeft() const
{
    const std::optional<double> perSecond = rate();
    if (!perSecond)
        return std::nullopt;
    const std::int64_t left = std::max<std::int64_t>(0, m_total - done());
    return static_cast<std::int64_t>(std::ceil(static_cast<double>(left) / *perSecond));
}

std::int64_t rowsDone(const std::vector<std::int64_t>& rowsPerFile,
                      const ProgressSnapshot& snapshot)
{
    std::int64_t rows = 0;
    const auto current = static_cast<std::size_t>(std::max(0, snapshot.file));
    for (std::size_t i = 0; i < rowsPerFile.size() && i < current; ++i)
        rows += rowsPerFile[i];
    if (current < rowsPerFile.size() && snapshot.total > 0) {
        const double share = std::clamp(
            static_cast<double>(snapshot.done) / static_cast<double>(snapshot.total), 0.0, 1.0);
        rows += static_cast<std::int64_t>(static_cast<double>(rowsPerFile[current]) * share);
    }
    return rows;
}

QString shortDuration(std::int64_t seconds)
{
    if (seconds < 60)
        return Messages::tr("%1 s").arg(std::max<std::int64_t>(1, seconds));
    const std::int64_t minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return Messages::tr("%1 min").arg(minutes);
    return Messages::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

} // namespace tenure::import
