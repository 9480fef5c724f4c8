#pragma once

#include "core/progress.h"

namespace tenure::app {

// A long command's progress as percentages on one line of stderr, when
// stderr is a terminal (scripts and logs get no carriage returns). Ctrl+C
// or a TERM signal cancels: the command rolls back, or removes what it was writing.
class TerminalProgress : public Progress
{
public:
    TerminalProgress();
    void report(std::int64_t done, std::int64_t total, const QString& stage) override;
    bool isCancelled() const override;
    // Ends the progress line, if one was printed.
    void finish();

private:
    bool m_shown;
    int m_lastPercent = -1;
    QString m_lastStage;
};

} // namespace tenure::app
