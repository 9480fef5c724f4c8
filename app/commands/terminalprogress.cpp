#include "terminalprogress.h"

#include "commandsupport.h"

#include <csignal>
#include <unistd.h>

namespace tenure::app {

namespace {

volatile std::sig_atomic_t interrupted = 0;

void onInterrupt(int)
{
    interrupted = 1;
}

} // namespace

TerminalProgress::TerminalProgress()
    : m_shown(isatty(STDERR_FILENO) == 1)
{
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

void TerminalProgress::report(std::int64_t done, std::int64_t total, const QString& stage)
{
    if (!m_shown)
        return;
    const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 100;
    if (percent == m_lastPercent && stage == m_lastStage)
        return;
    if (stage != m_lastStage && !m_lastStage.isEmpty())
        standardError() << '\n';
    m_lastPercent = percent;
    m_lastStage = stage;
    standardError() << QStringLiteral("\r%1: %2%").arg(stage).arg(percent);
    standardError().flush();
}

bool TerminalProgress::isCancelled() const
{
    return interrupted != 0;
}

void TerminalProgress::finish()
{
    if (m_shown && !m_lastStage.isEmpty()) {
        standardError() << '\n';
        standardError().flush();
        m_lastStage.clear();
    }
}

} // namespace tenure::app
