#pragma once

#include "core/progress.h"

namespace tenure::test {

// Counts reports and cancels after `cancelAfter` of them (never when negative;
// at once when 0).
class CountingProgress : public Progress
{
public:
    explicit CountingProgress(int cancelAfter = -1)
        : m_cancelAfter(cancelAfter)
    {
    }
    void report(std::int64_t, std::int64_t, const QString&) override { ++reports; }
    bool isCancelled() const override { return m_cancelAfter >= 0 && reports >= m_cancelAfter; }
    int reports = 0;

private:
    int m_cancelAfter;
};

} // namespace tenure::test
