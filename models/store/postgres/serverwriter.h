#pragma once

#include "store/rowchange.h"

#include <QString>

#include <atomic>
#include <memory>

namespace tenure::store::postgres {

class Connection;

// Makes a team book's copy writable: each transaction committed on the copy
// is first made on the server, in one transaction there, as the login of
// `uri`, whose roles and row-level security decide what it may change.
//
// A row changed or deleted must still be on the server as the copy had it
// (every column but who changed it and when, which the server writes): if
// someone else changed it first, the change is refused (BookError of kind
// Conflict) saying who and when, never written over theirs. A row added with
// an id someone else took meanwhile is refused the same way. What the
// server refuses for the login (a role without the right, a row it may not
// see) and a server that cannot be reached are refused in words; either way
// nothing changes on the server, and the copy rolls back too.
class ServerWriter final : public CommitForwarder
{
public:
    explicit ServerWriter(QString uri);
    ~ServerWriter() override;

    void forward(const ChangeSet& changes) override;

    // While the window knows the server cannot be reached (`why`), changes
    // are refused at once instead of after the connection's timeout. An
    // empty `why` tries the server again.
    void setUnreachable(const QString& why) { m_unreachable = why; }

    // The server process of the connection changes are made through, 0
    // while there is none: a listener ignores its notifications
    // (ChangeListener::ignoreBackend), as the copy has those changes already.
    std::shared_ptr<const std::atomic<int>> serverProcess() const { return m_serverProcess; }

private:
    Connection& server();

    QString m_uri;
    std::unique_ptr<Connection> m_server;
    QString m_unreachable;
    std::shared_ptr<std::atomic<int>> m_serverProcess = std::make_shared<std::atomic<int>>(0);
};

} // namespace tenure::store::postgres
