#pragma once

#include "pgconnection.h"
#include "store/bookchange.h"

#include <QObject>

#include <atomic>
#include <memory>

class QSocketNotifier;

namespace tenure::store::postgres {

// The channel a server book announces its changes on (schema step 10): one
// notification per table a committed transaction changed, naming the table.
inline constexpr char kChangeChannel[] = "tenure_book_changed";

// What a change to `table` means to the views; every part for a table it
// does not know.
BookChange::Parts partsOfTable(const QString& table);

// Hears the commits other connections make to a server book, through
// LISTEN/NOTIFY on a connection of its own, without polling: the server
// sends each notification when the writer's transaction commits, and the
// listener wakes when its socket has something to read. The notifications
// of one commit (a bulk import touches several tables) arrive together and
// become one BookChange. Lives on the thread that created it.
class ChangeListener : public QObject
{
    Q_OBJECT
public:
    explicit ChangeListener(const QString& uri, QObject* parent = nullptr);
    // Connecting gives up (throwing Cancelled) soon after `stop` is set.
    ChangeListener(const QString& uri, const std::atomic<bool>& stop, QObject* parent = nullptr);
    ~ChangeListener() override;

    // The server process of the connection this window writes through (0
    // while there is none; it may change when that connection is made
    // again): its own changes are in the window's copy already, and are not
    // heard again. Read as each notification arrives, from any thread.
    void ignoreBackend(std::shared_ptr<const std::atomic<int>> processId)
    {
        m_ignored = std::move(processId);
    }

Q_SIGNALS:
    void changed(const tenure::store::BookChange& change);
    // The connection broke (the server went away, or ended it): nothing more
    // will be heard on it.
    void lost();

private:
    void listen();
    void readNotifications();

    Connection m_connection;
    std::unique_ptr<QSocketNotifier> m_notifier;
    std::shared_ptr<const std::atomic<int>> m_ignored;
};

} // namespace tenure::store::postgres
