#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

namespace tenure::ui {

// Follows a team book on its server while the window shows a copy of it:
// says when the server is listened to, when another connection committed a
// change (so that the copy can be read again), when the server can no
// longer be reached, and when it can again. Its connection lives on a thread
// of its own: connecting to a server that is gone can take a long time, and
// the window must not wait for it, neither while it follows nor when it
// ends (a connection under way then gives up at once). Unreachable, it tries
// again every kRetryMs.
class TeamBookFollower : public QObject
{
    Q_OBJECT
public:
    static constexpr int kRetryMs = 3000;

    // Changes made by the server process `ignored` holds (the window's own
    // writer's) are not told.
    TeamBookFollower(const QString& uri, std::shared_ptr<const std::atomic<int>> ignored,
                     QObject* parent = nullptr);
    ~TeamBookFollower() override;

Q_SIGNALS:
    // Listening, at first or again after the server was unreachable.
    void listening();
    void changed();
    // `why` in the reader's language.
    void unreachable(const QString& why);

private:
    std::shared_ptr<std::atomic<bool>> m_stop = std::make_shared<std::atomic<bool>>(false);
    QThread m_thread;
};

} // namespace tenure::ui
