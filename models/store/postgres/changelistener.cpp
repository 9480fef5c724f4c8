#include "changelistener.h"

#include <QHash>
#include <QSocketNotifier>

#include <libpq-fe.h>

namespace tenure::store::postgres {

BookChange::Parts partsOfTable(const QString& table)
{
    using Part = BookChange::Part;
    static const QHash<QString, Part> parts = {
        {QStringLiteral("accounts"), Part::Accounts},
        {QStringLiteral("account_external_ids"), Part::Accounts},
        {QStringLiteral("subscription_periods"), Part::Periods},
        {QStringLiteral("currency_rates"), Part::Periods},
        {QStringLiteral("usage"), Part::Signals},
        {QStringLiteral("tickets"), Part::Signals},
        {QStringLiteral("survey_responses"), Part::Signals},
        {QStringLiteral("contacts"), Part::Signals},
        {QStringLiteral("account_events"), Part::Signals},
        {QStringLiteral("feature_requests"), Part::Signals},
        {QStringLiteral("goals"), Part::Signals},
        {QStringLiteral("health_snapshots"), Part::Signals},
        {QStringLiteral("risk_reason_snapshots"), Part::Signals},
        {QStringLiteral("actions"), Part::Actions},
        {QStringLiteral("tasks"), Part::Tasks},
        {QStringLiteral("playbook_runs"), Part::Tasks},
        {QStringLiteral("playbooks"), Part::Playbooks},
        {QStringLiteral("playbook_steps"), Part::Playbooks},
        {QStringLiteral("book_meta"), Part::Preferences},
        {QStringLiteral("health_config"), Part::Preferences},
        {QStringLiteral("imports"), Part::Imports},
        {QStringLiteral("import_mappings"), Part::Imports},
        {QStringLiteral("owner_reviews"), Part::Reviews},
    };
    const auto found = parts.constFind(table);
    return found == parts.constEnd() ? BookChange::Parts(Part::Everything)
                                     : BookChange::Parts(*found);
}

ChangeListener::ChangeListener(const QString& uri, QObject* parent)
    : QObject(parent)
    , m_connection(uri)
{
    listen();
}

ChangeListener::ChangeListener(const QString& uri, const std::atomic<bool>& stop, QObject* parent)
    : QObject(parent)
    , m_connection(uri, stop)
{
    listen();
}

void ChangeListener::listen()
{
    const QByteArray listen = QByteArrayLiteral("LISTEN ") + kChangeChannel;
    m_connection.exec(
        std::string_view(listen.constData(), static_cast<std::size_t>(listen.size())));
    m_notifier =
        std::make_unique<QSocketNotifier>(PQsocket(m_connection.handle()), QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this,
            &ChangeListener::readNotifications);
}

ChangeListener::~ChangeListener() = default;

void ChangeListener::readNotifications()
{
    pg_conn* connection = m_connection.handle();
    if (PQconsumeInput(connection) == 0 || PQstatus(connection) != CONNECTION_OK) {
        m_notifier->setEnabled(false);
        Q_EMIT lost();
        return;
    }
    BookChange change;
    while (PGnotify* notification = PQnotifies(connection)) {
        if (!m_ignored || notification->be_pid != m_ignored->load())
            change.parts |= partsOfTable(QString::fromUtf8(notification->extra));
        PQfreemem(notification);
    }
    if (change.parts)
        Q_EMIT changed(change);
}

} // namespace tenure::store::postgres
