#include "serversnapshot.h"

#include "pgconnection.h"
#include "store/book.h"
#include "store/bookerror.h"
#include "store/sqlite.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

#include <cstdio>
#include <functional>
#include <libpq-fe.h>

namespace tenure::store::postgres {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::store::postgres::ServerSnapshot)
};

// What the kept copy came from, beside it: the server, its encryption and
// when it was read.
QString aboutPath(const QString& keptPath)
{
    return keptPath + QStringLiteral(".json");
}

// `uri` without a password, wherever it was written.
QString withoutPassword(const QString& uri)
{
    QUrl url(uri);
    url.setPassword({});
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("password"));
    url.setQuery(query);
    return url.toString();
}

// Writes `bytes` to `path` through a file beside it, so that a reader sees
// the old file or the new, never part of one; private to the user.
bool replaceWith(const QString& path, const std::function<bool(const QString&)>& write)
{
    const QString next = path + QStringLiteral(".new");
    QFile::remove(next);
    if (!write(next)) {
        QFile::remove(next);
        return false;
    }
    QFile::setPermissions(next, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (std::rename(QFile::encodeName(next).constData(), QFile::encodeName(path).constData()) !=
        0) {
        QFile::remove(next);
        return false;
    }
    return true;
}

} // namespace

ServerSnapshot::ServerSnapshot()
    : m_folder(std::make_unique<QTemporaryDir>())
    , m_path(m_folder->filePath(QStringLiteral("server-snapshot.tenure")))
{
}

ServerSnapshot::ServerSnapshot(const QString& uri, Progress* progress)
    : ServerSnapshot()
{
    if (!m_folder->isValid()) {
        throw BookError(BookError::Kind::Io,
                        Messages::tr("Tenure could not make a temporary folder to read the "
                                     "server's book into (%1).")
                            .arg(m_folder->errorString()));
    }
    m_summary = copyServerToFile(uri, m_path, progress);
    m_readAt = QDateTime::currentDateTimeUtc();
}

ServerSnapshot::~ServerSnapshot() = default;

QString ServerSnapshot::keptPath(const QString& uri)
{
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (cache.isEmpty())
        return {};
    const QByteArray key =
        QCryptographicHash::hash(withoutPassword(uri).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(32);
    return cache + QStringLiteral("/tenure/team-books/") + QString::fromLatin1(key) +
           QStringLiteral(".tenure");
}

bool ServerSnapshot::keep(const QString& uri) const
{
    const QString target = keptPath(uri);
    if (target.isEmpty() || !QDir().mkpath(QFileInfo(target).path()))
        return false;
    QFile::setPermissions(QFileInfo(target).path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QJsonObject note{
        {QStringLiteral("server"), m_summary.server},
        {QStringLiteral("encrypted"), m_summary.encrypted},
        {QStringLiteral("read_at"), m_readAt.toString(Qt::ISODate)},
    };
    if (m_summary.changes)
        note.insert(QStringLiteral("changes"), *m_summary.changes);
    if (!m_summary.snapshot.isEmpty())
        note.insert(QStringLiteral("snapshot"), m_summary.snapshot);
    const QByteArray about = QJsonDocument(note).toJson(QJsonDocument::Compact);
    // Kept whole in one file (no write-ahead log beside it): readers of the
    // kept copy hold it open while a newer one replaces it.
    const auto copy = [this](const QString& next) {
        try {
            store::Connection source(m_path, store::Connection::Mode::ReadOnly);
            Book::backup(source, next);
            store::Connection(next, store::Connection::Mode::ReadWrite)
                .exec("PRAGMA journal_mode = DELETE");
            return true;
        } catch (const BookError&) {
            return false;
        }
    };
    // The note first: a copy without one is never used.
    QFile::remove(aboutPath(target));
    return replaceWith(target, copy) &&
           replaceWith(aboutPath(target), [&about](const QString& next) {
               QFile file(next);
               return file.open(QIODevice::WriteOnly) && file.write(about) == about.size() &&
                      file.flush();
           });
}

std::shared_ptr<ServerSnapshot> ServerSnapshot::describedKept(const QString& uri, bool privateCopy)
{
    const QString path = keptPath(uri);
    QFile aboutFile(aboutPath(path));
    if (path.isEmpty() || !QFileInfo::exists(path) || !aboutFile.open(QIODevice::ReadOnly))
        return nullptr;
    const QJsonObject about = QJsonDocument::fromJson(aboutFile.readAll()).object();
    const QDateTime readAt =
        QDateTime::fromString(about.value(QStringLiteral("read_at")).toString(), Qt::ISODate);
    if (!readAt.isValid())
        return nullptr;
    std::shared_ptr<ServerSnapshot> copy(new ServerSnapshot);
    if (privateCopy) {
        if (!copy->m_folder->isValid() || !QFile::copy(path, copy->m_path))
            return nullptr;
    } else {
        copy->m_folder.reset();
        copy->m_path = path;
    }
    copy->m_summary.server = about.value(QStringLiteral("server")).toString();
    copy->m_summary.encrypted = about.value(QStringLiteral("encrypted")).toBool();
    if (const QJsonValue changes = about.value(QStringLiteral("changes")); changes.isString())
        copy->m_summary.changes = changes.toString();
    copy->m_summary.snapshot = about.value(QStringLiteral("snapshot")).toString();
    copy->m_readAt = readAt.toUTC();
    return copy;
}

std::shared_ptr<ServerSnapshot> ServerSnapshot::kept(const QString& uri)
{
    return describedKept(uri, true);
}

std::shared_ptr<ServerSnapshot> ServerSnapshot::current(const QString& uri, Use use,
                                                        Progress* progress)
{
    if (auto kept = describedKept(uri, use == Use::Changing); kept && kept->m_summary.changes) {
        postgres::Connection server(uri);
        if (recordedChanges(server) == kept->m_summary.changes) {
            kept->m_summary.server = server.describe();
            kept->m_summary.encrypted = PQsslInUse(server.handle()) == 1;
            kept->m_readAt = QDateTime::currentDateTimeUtc(); // found to be the book as it is
            return kept;
        }
    }
    auto fresh = std::make_shared<ServerSnapshot>(uri, progress);
    fresh->keep(uri);
    return fresh;
}

} // namespace tenure::store::postgres
