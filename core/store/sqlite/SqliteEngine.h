#pragma once

#include "store/StoreEngine.h"

#include <QCoreApplication>

#include <memory>

class QLockFile;

namespace Waymark {

// The store's engine for a SQLite file on this computer (StoreEngine.h): the file checked and
// locked before SQLite is let at it (DatabaseFile, DatabaseLock), PRAGMAs with write-ahead
// logging checked to have taken, application_id and user_version, the schema and its migrations
// (SqliteSchema), SQLite's result codes (SqliteErrors) and backups with VACUUM INTO
// (SqliteBackups).
class SqliteEngine final : public StoreEngine
{
    // The texts keep the context of the SQLite corner, where the translations have them.
    Q_DECLARE_TR_FUNCTIONS(Waymark::Sqlite)

public:
    SqliteEngine();
    ~SqliteEngine() override;
    SqliteEngine(const SqliteEngine &) = delete;
    SqliteEngine &operator=(const SqliteEngine &) = delete;

    bool connect(const QString &location, AssessmentStore::OpenMode mode, QStringList *notes,
                 StoreError *error) override;
    void disconnect(bool discardCreated) override;
    QString location() const override { return m_file; }
    QString connectionName() const override { return m_connection; }

    bool readSchemaState(SchemaState *state, StoreError *error) override;
    QString checkIntegrity(IntegrityCheck depth) override;
    bool configure(StoreError *error) override;
    bool createOrMigrate(int fromVersion, int toVersion, FutureTimesRepair *repair,
                         StoreError *error) override;

    StoreError errorFrom(const QSqlError &sqlError, const QString &doing) const override;
    QString boundText(const QString &text) const override;

    bool takesBackups() const override { return true; }
    bool dailyBackupDue() const override;
    bool backUp(QString *backupPath, StoreError *error) override;
    QStringList backups() const override;
    ProtectedFiles ownFiles() const override;

    // Opens the file at path strictly read-only and as immutable, so that SQLite neither writes
    // to it nor creates anything beside it, and reads its schema state and its full integrity
    // check ("ok" or the problems). For judging a file before it replaces a database. When
    // SQLite cannot read the file at all, problem says what it said.
    static bool inspect(const QString &path, SchemaState *state, QString *integrity,
                        QString *problem);

private:
    QString m_file;       // the database file, symlinks resolved
    QString m_connection; // empty when not connected
    std::unique_ptr<QLockFile> m_lock;
    bool m_created = false; // connect() made the file
};

} // namespace Waymark
