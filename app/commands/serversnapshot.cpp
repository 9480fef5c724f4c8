#include "serversnapshot.h"

#include "store/bookerror.h"
#include "store/postgres/bookcopy.h"

#include <QCoreApplication>

namespace tenure::app {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::app::Command)
};

} // namespace

ServerSnapshot::ServerSnapshot(const QString& uri)
{
    if (!m_folder.isValid()) {
        throw store::BookError(store::BookError::Kind::Io,
                               Messages::tr("Tenure could not make a temporary folder to read "
                                            "the server's book into (%1).")
                                   .arg(m_folder.errorString()));
    }
    m_path = m_folder.filePath(QStringLiteral("server-snapshot.tenure"));
    store::postgres::copyServerToFile(uri, m_path);
}

} // namespace tenure::app
