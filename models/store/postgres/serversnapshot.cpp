#include "serversnapshot.h"

#include "store/bookerror.h"

#include <QCoreApplication>

namespace tenure::store::postgres {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::store::postgres::ServerSnapshot)
};

} // namespace

ServerSnapshot::ServerSnapshot(const QString& uri, Progress* progress)
{
    if (!m_folder.isValid()) {
        throw BookError(BookError::Kind::Io,
                        Messages::tr("Tenure could not make a temporary folder to read the "
                                     "server's book into (%1).")
                            .arg(m_folder.errorString()));
    }
    m_path = m_folder.filePath(QStringLiteral("server-snapshot.tenure"));
    m_summary = copyServerToFile(uri, m_path, progress);
}

} // namespace tenure::store::postgres
