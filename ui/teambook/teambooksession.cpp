#include "teambooksession.h"

#include "store/bookerror.h"
#include "store/postgres/bookcopy.h"
#include "store/postgres/serversnapshot.h"
#include "store/postgres/serverwriter.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace tenure::ui {

namespace {

QString shortTime(const QTime& time)
{
    return QLocale().toString(time, QLocale::ShortFormat);
}

// A time today, else the day and the time.
QString shortMoment(const QDateTime& moment)
{
    return moment.date() == QDate::currentDate() ? shortTime(moment.time())
                                                 : QLocale().toString(moment, QLocale::ShortFormat);
}

} // namespace

TeamBookSession::TeamBookSession(const QString& uri, QWidget* window)
    : QObject(window)
    , m_uri(uri)
    , m_window(window)
    , m_writer(std::make_shared<store::postgres::ServerWriter>(uri))
    , m_follower(uri, m_writer->serverProcess())
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &TeamBookSession::read);
    connect(&m_follower, &TeamBookFollower::listening, this, &TeamBookSession::onListening);
    connect(&m_follower, &TeamBookFollower::changed, this, &TeamBookSession::onChanged);
    connect(&m_follower, &TeamBookFollower::unreachable, this, &TeamBookSession::onUnreachable);
}

TeamBookSession::~TeamBookSession() = default;

void TeamBookSession::onListening()
{
    m_unreachableSince.reset();
    // At first, and again after the server was gone: what changed meanwhile
    // was not heard, so the book is read.
    read();
    updateStatus();
}

void TeamBookSession::onChanged()
{
    if (!m_hasCopy)
        return; // the first read is yet to start, and will see it
    m_settle.start();
}

void TeamBookSession::onUnreachable(const QString& why)
{
    if (!m_hasCopy && !m_reading) {
        showKeptCopy(why);
        return;
    }
    if (!m_unreachableSince)
        m_unreachableSince = QTime::currentTime();
    m_unreachableWhy = why;
    updateStatus();
}

void TeamBookSession::showKeptCopy(const QString& why)
{
    m_reading = true;
    auto* watcher = new QFutureWatcher<std::shared_ptr<store::postgres::ServerSnapshot>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, why] {
        watcher->deleteLater();
        m_reading = false;
        const auto copy = watcher->result();
        if (!copy) {
            Q_EMIT failed(why);
            return;
        }
        m_unreachableSince = QTime::currentTime();
        m_unreachableWhy = why;
        onRead(copy, {});
    });
    // A private copy of the kept one: as large as the book.
    watcher->setFuture(
        QtConcurrent::run([uri = m_uri] { return store::postgres::ServerSnapshot::kept(uri); }));
}

void TeamBookSession::read()
{
    if (m_reading) {
        m_stale = true;
        return;
    }
    m_reading = true;
    m_stale = false;
    if (m_hasCopy && !m_readInSnapshot.isEmpty())
        refresh();
    else
        readWhole();
}

void TeamBookSession::readWhole()
{
    // After the first read, the book read goes into the copy shown.
    downloadTeamBook(this, m_hasCopy ? nullptr : m_window, m_uri, m_shownPath,
                     [this](auto copy, const QString& error) { onRead(copy, error); });
}

void TeamBookSession::refresh()
{
    struct Refreshed
    {
        std::optional<store::postgres::CopySummary> summary;
        QString error;
    };
    auto* watcher = new QFutureWatcher<Refreshed>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Refreshed refreshed = watcher->result();
        if (!refreshed.error.isEmpty()) {
            m_reading = false;
            onUnreachable(refreshed.error); // the copy shown stays; the next change reads again
            return;
        }
        if (!refreshed.summary) {
            readWhole(); // which tables changed cannot be told
            return;
        }
        m_reading = false;
        m_readInSnapshot = refreshed.summary->snapshot;
        m_encrypted = refreshed.summary->encrypted;
        m_readAt = QDateTime::currentDateTime();
        Q_EMIT copyRefreshed();
        updateStatus();
        if (m_stale)
            read();
    });
    watcher->setFuture(
        QtConcurrent::run([uri = m_uri, path = m_shownPath, since = m_readInSnapshot] {
            Refreshed refreshed;
            try {
                refreshed.summary = store::postgres::refreshChangedTables(uri, path, since);
            } catch (const store::BookError& error) {
                refreshed.error = error.message();
            }
            return refreshed;
        }));
}

void TeamBookSession::onRead(std::shared_ptr<store::postgres::ServerSnapshot> copy,
                             const QString& error)
{
    m_reading = false;
    if (!copy) {
        if (!m_hasCopy)
            Q_EMIT failed(error);
        else
            onUnreachable(error); // the copy shown stays; the next change reads again
        return;
    }
    const bool first = !m_hasCopy;
    m_hasCopy = true;
    m_readInSnapshot = copy->summary().snapshot;
    m_server = copy->summary().server;
    m_encrypted = copy->summary().encrypted;
    m_readAt = copy->readAt().toLocalTime();
    if (first) {
        m_shownPath = copy->path(); // later reads go into it
        Q_EMIT copyRead(copy);
    } else {
        Q_EMIT copyRefreshed();
    }
    updateStatus();
    if (m_stale)
        read();
}

void TeamBookSession::updateStatus()
{
    m_writer->setUnreachable(m_unreachableSince ? m_unreachableWhy : QString());
    if (!m_hasCopy)
        return;
    if (m_unreachableSince) {
        Q_EMIT statusChanged(
            tr("Team book: %1 cannot be reached since %2; this is the copy read at %3")
                .arg(m_server, shortTime(*m_unreachableSince), shortMoment(m_readAt)),
            tr("%1 Tenure tries again every few seconds, and reads the book again when it "
               "can.")
                .arg(m_unreachableWhy));
        return;
    }
    Q_EMIT statusChanged(
        m_encrypted
            ? tr("Team book: %1, encrypted, read at %2").arg(m_server, shortMoment(m_readAt))
            : tr("Team book: %1, not encrypted, read at %2").arg(m_server, shortMoment(m_readAt)),
        m_encrypted ? tr("The connection to the server uses TLS. Changes others commit are read "
                         "again as they come.")
                    : tr("The connection to the server is not encrypted: the server offered no "
                         "TLS, or it is on this computer. Changes others commit are read again "
                         "as they come."));
}

} // namespace tenure::ui
