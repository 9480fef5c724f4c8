#include "teambookfollower.h"

#include "core/progress.h"
#include "store/bookerror.h"
#include "store/postgres/changelistener.h"

#include <QTimer>

#include <memory>

namespace tenure::ui {

namespace {

// The follower's side on its thread: one listener at a time, made again
// after the connection is lost or could not be made.
class ListenerKeeper : public QObject
{
    Q_OBJECT
public:
    ListenerKeeper(QString uri, std::shared_ptr<const std::atomic<int>> ignored,
                   std::shared_ptr<const std::atomic<bool>> stop)
        : m_uri(std::move(uri))
        , m_ignored(std::move(ignored))
        , m_stop(std::move(stop))
    {
    }

    void listen()
    {
        try {
            m_listener = std::make_unique<store::postgres::ChangeListener>(m_uri, *m_stop);
            m_listener->ignoreBackend(m_ignored);
        } catch (const Cancelled&) {
            return; // the follower is going
        } catch (const store::BookError& error) {
            Q_EMIT unreachable(error.message());
            QTimer::singleShot(TeamBookFollower::kRetryMs, this, &ListenerKeeper::listen);
            return;
        }
        connect(m_listener.get(), &store::postgres::ChangeListener::changed, this,
                &ListenerKeeper::changed);
        connect(m_listener.get(), &store::postgres::ChangeListener::lost, this, [this] {
            // Let go of it once its own signal is done.
            m_listener.release()->deleteLater();
            Q_EMIT unreachable(tr("The connection to the server was lost."));
            QTimer::singleShot(TeamBookFollower::kRetryMs, this, &ListenerKeeper::listen);
        });
        Q_EMIT listening();
    }

Q_SIGNALS:
    void listening();
    void changed();
    void unreachable(const QString& why);

private:
    QString m_uri;
    std::shared_ptr<const std::atomic<int>> m_ignored;
    std::shared_ptr<const std::atomic<bool>> m_stop;
    std::unique_ptr<store::postgres::ChangeListener> m_listener;
};

} // namespace

TeamBookFollower::TeamBookFollower(const QString& uri,
                                   std::shared_ptr<const std::atomic<int>> ignored, QObject* parent)
    : QObject(parent)
{
    auto* keeper = new ListenerKeeper(uri, std::move(ignored), m_stop);
    keeper->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, keeper, &QObject::deleteLater);
    connect(&m_thread, &QThread::started, keeper, &ListenerKeeper::listen);
    connect(keeper, &ListenerKeeper::listening, this, &TeamBookFollower::listening);
    connect(keeper, &ListenerKeeper::changed, this, &TeamBookFollower::changed);
    connect(keeper, &ListenerKeeper::unreachable, this, &TeamBookFollower::unreachable);
    m_thread.setObjectName(QStringLiteral("team book follower"));
    m_thread.start();
}

TeamBookFollower::~TeamBookFollower()
{
    // A connection under way gives up within Connection::kStopCheckMs.
    m_stop->store(true);
    m_thread.quit();
    m_thread.wait();
}

} // namespace tenure::ui

#include "teambookfollower.moc"
