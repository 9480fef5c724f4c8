#pragma once

#include <QString>
#include <QStringList>

namespace tenure::store::postgres {

// The group roles of a team book, each named after the book: with the prefix
// "acme", acme_owner, acme_manager, acme_csm and acme_reporting. People log in
// with roles of their own that are members of one of these (CREATE ROLE dana
// LOGIN IN ROLE acme_csm); what each group may do is granted on the server,
// so it holds whatever program connects.
struct TeamRoles
{
    QString owner;     // owns the schema and the book's preferences (book_meta, health_config)
    QString manager;   // reads and writes every table but the preferences and the schema record
    QString csm;       // reads everything; writes only actions, tasks, plays run and reviews
    QString reporting; // reads everything, writes nothing

    explicit TeamRoles(const QString& prefix);
    QStringList all() const { return {owner, manager, csm, reporting}; }
};

// Who may read which accounts in a team book: CSMs every account, or only
// those they own (row-level security on the server: an account whose owner
// is the CSM's display name in team_members, and every row of those accounts).
enum class CsmSees { AllAccounts, OwnAccounts };

// Makes the empty database at `uri` a team book: creates the four group roles
// (refusing, untouched, when one exists already), the book's schema owned by
// the owner role, team_members, and each group's grants and row policies, in
// one transaction. `prefix` names the roles; empty means the database's name.
// Needs a server role that may create roles (a superuser, or one with
// CREATEROLE that owns the database).
TeamRoles initTeam(const QString& uri, const QString& prefix = {},
                   CsmSees csmSees = CsmSees::AllAccounts);

} // namespace tenure::store::postgres
