#pragma once

#include <QStringList>
#include <QTimer>

namespace tenure::test {

// Answers every message box the window shows, as soon as it shows, keeping
// each one's text in `shown`: for tests of what a window says when a message
// may come later (from a worker) or more than once.
class MessageAnswerer
{
public:
    MessageAnswerer();
    QStringList shown;

private:
    QTimer m_timer;
};

} // namespace tenure::test
