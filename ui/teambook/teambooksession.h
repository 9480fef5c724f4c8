#pragma once

#include "teambookdownload.h"
#include "teambookfollower.h"

#include <QDateTime>
#include <QObject>
#include <QTime>
#include <QTimer>

#include <memory>
#include <optional>

namespace tenure::store::postgres {
class ServerWriter;
}

class QWidget;

namespace tenure::ui {

// The window's side of one team book: it listens to the server first, then
// reads the book into a copy (behind a progress dialog over `window`), and
// reads it again, quietly, whenever another connection than its writer's
// commits a change, or the server can be reached again after it could not. Listening before the
// first read means no change committed meanwhile goes unheard. When the
// server cannot be reached at first, the copy kept from the last read (by
// this window or another) is shown until it can. What the status bar should
// say about the server follows every step. The copies it reads can be
// changed: writer() makes each change on the server first.
class TeamBookSession : public QObject
{
    Q_OBJECT
public:
    // Changes within this of one another are read together.
    static constexpr int kSettleMs = 250;

    TeamBookSession(const QString& uri, QWidget* window);
    ~TeamBookSession() override;

    // Makes the copies' changes on the server, as this session's login; it
    // refuses them at once while the server is known to be out of reach.
    std::shared_ptr<store::postgres::ServerWriter> writer() const { return m_writer; }
    const QString& uri() const { return m_uri; }

Q_SIGNALS:
    // The copy to show, the one the session opens with.
    void copyRead(std::shared_ptr<tenure::store::postgres::ServerSnapshot> copy);
    // The copy shown was brought up to date in place, on a worker: the
    // tables changed since it was read, or the whole book, were read again
    // into it.
    void copyRefreshed();
    // The book could not be opened at all; the session is over.
    void failed(const QString& why);
    void statusChanged(const QString& text, const QString& tooltip);

private:
    void read();
    // Reads again only the tables changed since the last read, into the
    // copy shown; the whole book when that cannot be told.
    void refresh();
    void readWhole();
    void onListening();
    void onChanged();
    void onUnreachable(const QString& why);
    void onRead(std::shared_ptr<store::postgres::ServerSnapshot> copy, const QString& error);
    void showKeptCopy(const QString& why);
    void updateStatus();

    QString m_uri;
    QWidget* m_window;
    std::shared_ptr<store::postgres::ServerWriter> m_writer; // before the follower, which asks it
    TeamBookFollower m_follower;
    QTimer m_settle;
    bool m_hasCopy = false;
    bool m_reading = false;
    bool m_stale = false; // changed while a read was under way
    QString m_server;
    bool m_encrypted = false;
    QDateTime m_readAt;       // local time
    QString m_shownPath;      // the copy the window shows, which refresh() brings up to date
    QString m_readInSnapshot; // the server's snapshot the copy shown was last read in
    std::optional<QTime> m_unreachableSince;
    QString m_unreachableWhy;
};

} // namespace tenure::ui
