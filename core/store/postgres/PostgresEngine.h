#pragma once

#include "store/StoreEngine.h"
#include "store/postgres/ServerAddress.h"

#include <QCoreApplication>

namespace Waymark {

// The store's engine for a council's PostgreSQL server (StoreEngine.h, docs/server.md), through
// Qt's QPSQL driver and libpq: the address parsed (ServerAddress), the connection made with
// libpq's own authentication and TLS, the schema "waymark" read and checked, PostgreSQL's
// SQLSTATEs turned into messages (ServerErrors). Who may see and change what is PostgreSQL's
// row-level security (ServerSchema), not this class's. The server's backups are its
// administrator's (pg_dump, point-in-time recovery): this engine takes none.
class PostgresEngine final : public StoreEngine
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::PostgresEngine)

public:
    PostgresEngine();
    ~PostgresEngine() override;
    PostgresEngine(const PostgresEngine &) = delete;
    PostgresEngine &operator=(const PostgresEngine &) = delete;

    bool connect(const QString &location, AssessmentStore::OpenMode mode, QStringList *notes,
                 StoreError *error) override;
    void disconnect(bool discardCreated) override;
    QString location() const override { return m_address.display(); }
    QString connectionName() const override { return m_connection; }

    bool readSchemaState(SchemaState *state, StoreError *error) override;
    QString checkIntegrity(IntegrityCheck depth) override;
    bool configure(StoreError *error) override;
    // Refuses: a server's schema is made by `waymark-cli server init` and raised by `server
    // upgrade`, run by the council's Waymark administrator, never by a member's open.
    bool createOrMigrate(int fromVersion, int toVersion, FutureTimesRepair *repair,
                         StoreError *error) override;

    StoreError errorFrom(const QSqlError &sqlError, const QString &doing) const override;
    QString boundText(const QString &text) const override;

    bool takesBackups() const override { return false; }
    bool dailyBackupDue() const override { return false; }
    bool backUp(QString *backupPath, StoreError *error) override;
    QStringList backups() const override { return {}; }
    ProtectedFiles ownFiles() const override { return {}; }

    const ServerAddress &address() const { return m_address; }
    // The login the server knows this connection by (libpq's default when the address named
    // none).
    QString login() const { return m_login; }

private:
    ServerAddress m_address;
    QString m_connection; // empty when not connected
    QString m_login;
};

} // namespace Waymark
