#include "teamroles.h"

#include "pgconnection.h"
#include "serverschema.h"
#include "store/bookerror.h"
#include "store/booktables.h"
#include "store/migrations.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tenure::store::postgres {

namespace {

struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(tenure::store::postgres::TeamRoles)
};

// PostgreSQL cuts longer names short, which could make two roles one.
constexpr int kLongestName = 63;

// The tables a CSM writes: the work on accounts, the plays run on them
// (which create their tasks) and the marks of their morning reviews.
const QStringList& csmTables()
{
    static const QStringList tables{QStringLiteral("actions"), QStringLiteral("tasks"),
                                    QStringLiteral("playbook_runs"),
                                    QStringLiteral("owner_reviews")};
    return tables;
}

// The owner's alone to change: the book's conventions and health settings.
const QStringList& preferenceTables()
{
    static const QStringList tables{QStringLiteral("book_meta"), QStringLiteral("health_config")};
    return tables;
}

void run(Connection& server, const QString& sql)
{
    server.exec(sql.toStdString());
}

// CSMs read only their own accounts, and only those accounts' rows of every
// table that refers to an account; the other groups read every row. The
// owner role owns the tables and so is not held by the policies, nor are its
// members (a book copied in, say).
void limitCsmsToTheirAccounts(Connection& server, const TeamRoles& roles)
{
    const QString csm = server.identifier(roles.csm);
    const QString others =
        QStringList{server.identifier(roles.manager), server.identifier(roles.reporting)}.join(
            QStringLiteral(", "));
    const QString members = server.identifier(kTeamMembersTable);
    const auto limit = [&](const QString& table, const QString& visible) {
        const QString name = server.identifier(table);
        run(server, QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(name));
        run(server, QStringLiteral("CREATE POLICY team_reads_all ON %1 TO %2 USING (true) "
                                   "WITH CHECK (true)")
                        .arg(name, others));
        run(server, QStringLiteral("CREATE POLICY csm_own_accounts ON %1 TO %2 USING (%3)")
                        .arg(name, csm, visible));
    };
    limit(QStringLiteral("accounts"),
          QStringLiteral("owner = (SELECT display_name FROM %1 WHERE role_name = current_user)")
              .arg(members));
    const Result referring =
        server.query("SELECT table_name FROM information_schema.columns "
                     "WHERE table_schema = current_schema() AND column_name = 'account_id' "
                     "AND table_name <> $1 ORDER BY 1",
                     {kTeamMembersTable});
    for (int row = 0; row < referring.rows(); ++row) {
        // The accounts the CSM reads, as the policy on accounts decides.
        limit(referring.text(row, 0), QStringLiteral("account_id IN (SELECT id FROM accounts)"));
    }
}

// Who changed a task, an action or a playbook, and who ran an import, as the
// server knows it: the display name team_members gives the login, else the
// login, whatever the program sent. Members of the role that owns the tables
// (a book copied in) keep the values they bring.
void recordWhoChangesWork(Connection& server)
{
    const QString members = server.identifier(kTeamMembersTable);
    run(server, QStringLiteral("CREATE FUNCTION tenure_person() RETURNS text LANGUAGE sql STABLE "
                               "AS $$ SELECT coalesce((SELECT display_name FROM %1 "
                               "WHERE role_name = session_user), session_user::text) $$")
                    .arg(members));
    run(server, QStringLiteral(
                    "CREATE FUNCTION tenure_trusted() RETURNS boolean LANGUAGE sql STABLE "
                    "AS $$ SELECT pg_has_role(session_user, (SELECT relowner FROM pg_class "
                    "WHERE relname = 'tasks' AND relnamespace = current_schema()::regnamespace), "
                    "'MEMBER') $$"));
    run(server, QStringLiteral(
                    "CREATE FUNCTION tenure_record_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
                    "BEGIN IF NOT tenure_trusted() THEN NEW.changed_by := tenure_person(); "
                    "NEW.changed_at := to_char(now() AT TIME ZONE 'UTC', "
                    "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'); END IF; RETURN NEW; END $$"));
    run(server, QStringLiteral(
                    "CREATE FUNCTION tenure_record_import() RETURNS trigger LANGUAGE plpgsql AS $$ "
                    "BEGIN IF NOT tenure_trusted() THEN NEW.imported_by := tenure_person(); "
                    "END IF; RETURN NEW; END $$"));
    for (const char* table : {"tasks", "actions", "playbooks"}) {
        run(server, QStringLiteral("CREATE TRIGGER tenure_who_changed BEFORE INSERT OR UPDATE ON "
                                   "%1 FOR EACH ROW EXECUTE FUNCTION tenure_record_change()")
                        .arg(server.identifier(QLatin1String(table))));
    }
    run(server, QStringLiteral("CREATE TRIGGER tenure_who_imported BEFORE INSERT ON %1 FOR EACH "
                               "ROW EXECUTE FUNCTION tenure_record_import()")
                    .arg(server.identifier(QStringLiteral("imports"))));
}

// Every statement that changes the book (or who sees which accounts) adds a
// row to kBookChangesTable, as the owner (SECURITY DEFINER): whoever writes,
// the record grows, and only the owner may change it otherwise.
void recordBookChanges(Connection& server, const TeamRoles& roles)
{
    const QString changes = server.identifier(kBookChangesTable);
    // The writer's transaction id tells which rows an earlier snapshot saw.
    run(server, QStringLiteral("CREATE TABLE %1 (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY "
                               "KEY, table_name text NOT NULL, "
                               "changed_at timestamptz NOT NULL DEFAULT now(), "
                               "xid xid8 NOT NULL DEFAULT pg_current_xact_id())")
                    .arg(changes));
    run(server, QStringLiteral("REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON %1 FROM %2")
                    .arg(changes, server.identifier(roles.manager)));
    // The record's identity, so that another book's (or this one made again)
    // never reads as this one's.
    run(server, QStringLiteral("DO $$ BEGIN EXECUTE format('COMMENT ON TABLE %1 IS %L', "
                               "gen_random_uuid()); END $$")
                    .arg(changes));
    run(server, QStringLiteral("CREATE FUNCTION tenure_record_book_change() RETURNS trigger "
                               "LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT "
                               "AS $$ BEGIN INSERT INTO %1(table_name) VALUES (TG_TABLE_NAME); "
                               "RETURN NULL; END $$")
                    .arg(changes));
    for (const QString& table : standardBookTableNames() + QStringList{kTeamMembersTable}) {
        run(server, QStringLiteral("CREATE TRIGGER tenure_record_book_change AFTER INSERT OR "
                                   "UPDATE OR DELETE OR TRUNCATE ON %1 FOR EACH STATEMENT "
                                   "EXECUTE FUNCTION tenure_record_book_change()")
                        .arg(server.identifier(table)));
    }
}

} // namespace

TeamRoles::TeamRoles(const QString& prefix)
    : owner(prefix + QStringLiteral("_owner"))
    , manager(prefix + QStringLiteral("_manager"))
    , csm(prefix + QStringLiteral("_csm"))
    , reporting(prefix + QStringLiteral("_reporting"))
{
}

TeamRoles initTeam(const QString& uri, const QString& prefix, CsmSees csmSees)
{
    Connection server(uri);
    TeamRoles roles(prefix.isEmpty() ? server.database() : prefix);
    for (const QString& role : roles.all()) {
        if (role.toUtf8().size() > kLongestName) {
            throw BookError(BookError::Kind::Io,
                            Messages::tr("The role name %1 is longer than the server allows (%2 "
                                         "bytes); choose a shorter prefix.")
                                .arg(role)
                                .arg(kLongestName));
        }
    }

    Transaction transaction(server);
    lockServerSchema(server);
    const DatabaseContents contents = inspectDatabase(server, standardBookTableNames());
    if (!contents.isEmpty()) {
        QStringList held = contents.otherRelations;
        if (contents.schemaVersion > 0)
            held.prepend(Messages::tr("a Tenure book"));
        throw BookError(BookError::Kind::AlreadyExists,
                        Messages::tr("The database %1 is not empty (it holds %2). A team book "
                                     "starts on an empty database; copy a book into it afterwards "
                                     "with tenure book copy. Nothing was changed.")
                            .arg(server.describe(), held.join(QStringLiteral(", "))));
    }
    const Result existing =
        server.query("SELECT rolname FROM pg_catalog.pg_roles WHERE rolname = ANY($1::text[]) "
                     "ORDER BY 1",
                     {u'{' + roles.all().join(u',') + u'}'});
    if (existing.rows() > 0) {
        QStringList names;
        for (int row = 0; row < existing.rows(); ++row)
            names.append(existing.text(row, 0));
        throw BookError(BookError::Kind::AlreadyExists,
                        Messages::tr("The server already has the roles %1. Choose another prefix "
                                     "with --role-prefix. Nothing was changed.")
                            .arg(names.join(QStringLiteral(", "))));
    }

    const QString owner = server.identifier(roles.owner);
    const QString manager = server.identifier(roles.manager);
    const QString csm = server.identifier(roles.csm);
    const QString reporting = server.identifier(roles.reporting);
    const QString everyone = QStringList{owner, manager, csm, reporting}.join(QStringLiteral(", "));
    const QString database = server.identifier(server.database());

    for (const QString& role : {owner, manager, csm, reporting})
        run(server, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(role));
    // Only the team connects; the one who sets it up may act as the owner.
    run(server, QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(database));
    run(server,
        QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2").arg(database, everyone));
    run(server, QStringLiteral("GRANT %1 TO CURRENT_USER").arg(owner));
    run(server, QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC"));
    run(server, QStringLiteral("GRANT USAGE, CREATE ON SCHEMA public TO %1").arg(owner));
    run(server,
        QStringLiteral("GRANT USAGE ON SCHEMA public TO %1, %2, %3").arg(manager, csm, reporting));

    // The book's tables are made by the owner role, so that it owns them, and
    // with its default grants in place, so that every table it makes, now or
    // in a later version's step, is readable by the team and writable by
    // managers.
    run(server, QStringLiteral("SET LOCAL ROLE %1").arg(owner));
    run(server, QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public "
                               "GRANT SELECT ON TABLES TO %1, %2, %3")
                    .arg(manager, csm, reporting));
    run(server, QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public "
                               "GRANT INSERT, UPDATE, DELETE ON TABLES TO %1")
                    .arg(manager));
    run(server, QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA public "
                               "GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %1")
                    .arg(manager));
    applyServerMigrations(server);
    requireServerSchema(server, currentSchemaVersion());
    run(server, QStringLiteral("CREATE TABLE %1 (role_name text PRIMARY KEY, "
                               "display_name text NOT NULL CHECK (length(trim(display_name)) > 0))")
                    .arg(server.identifier(kTeamMembersTable)));
    recordWhoChangesWork(server);
    recordBookChanges(server, roles);
    if (csmSees == CsmSees::OwnAccounts)
        limitCsmsToTheirAccounts(server, roles);

    QStringList ownerOnly{kSchemaVersionTable};
    ownerOnly += preferenceTables();
    for (const QString& table : std::as_const(ownerOnly)) {
        run(server, QStringLiteral("REVOKE INSERT, UPDATE, DELETE ON %1 FROM %2")
                        .arg(server.identifier(table), manager));
    }
    for (const QString& table : csmTables()) {
        const QString name = server.identifier(table);
        run(server, QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2").arg(name, csm));
        // Only a table with an id has a sequence to draw it from.
        const auto sequence = server.queryText(
            "SELECT pg_get_serial_sequence($1, 'id') WHERE EXISTS (SELECT 1 FROM "
            "information_schema.columns WHERE table_schema = 'public' AND table_name = $2 "
            "AND column_name = 'id')",
            {name, table});
        // UPDATE: a copy's new rows bring their ids, and move the numbering past them.
        if (sequence) {
            run(server,
                QStringLiteral("GRANT USAGE, UPDATE ON SEQUENCE %1 TO %2").arg(*sequence, csm));
        }
    }
    run(server, QStringLiteral("RESET ROLE"));
    transaction.commit();
    return roles;
}

} // namespace tenure::store::postgres
