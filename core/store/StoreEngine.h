#pragma once

#include "files/SafeSave.h"
#include "store/AssessmentStore.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class QSqlError;

namespace Waymark {

// What a database says it is, read before anything is written to it.
struct SchemaState
{
    bool hasTables = false; // anything in it at all: a new, empty database has nothing
    bool isWaymark = false; // marked as Waymark's (SQLite: its application_id)
    int version = 0;        // the schema version it records; 0 for an empty database
};

// Change times found more than MaxClockAheadSecs in the future (Assessment.h) when a database
// was raised to version 3, and set to the time of the repair. Only a database that a version 1
// or 2 Waymark wrote can hold them, so only the SQLite engine's migration fills this in.
struct FutureTimesRepair
{
    int times = 0;             // answers' and assessments' times changed
    QList<qint64> assessments; // the assessments they belong to, by id
    QDateTime repairedAt;
};

// How thorough an integrity check is: the quick one runs on the day's first open, before the
// daily backup, the full one when asked (AssessmentStore::checkIntegrity, a checked restore).
enum class IntegrityCheck
{
    Quick,
    Full,
};

// The engine-specific half of the store: what differs between keeping the database in a SQLite
// file on a laptop (SqliteEngine) and on a council's PostgreSQL server. AssessmentStore owns one
// engine per open database and runs the opening sequence through it (connect, read the schema
// state, refuse what is not Waymark's or too new, check, back up, configure, migrate); the
// records classes (AssessmentRecords, WorkshopRecords, ImportMerge) write their SQL through
// StoreConnection, which asks the engine only for its connection, its error mapping, its way of
// binding text, and where the database and its backups are (to name them in a message).
//
// The SQL in the records classes is written once for both engines, in the subset that SQLite
// (3.35 or later) and PostgreSQL (9.5 or later) run alike: prepared statements with positional
// bound values; INSERT ... RETURNING id (added in one place, StoreConnection::insert); upserts as
// INSERT ... ON CONFLICT (key) DO UPDATE SET column = excluded.column, and ON CONFLICT DO NOTHING;
// LIMIT; count(*); an id column left out of an INSERT to have one made (never bound as NULL, which
// PostgreSQL refuses for an identity column). Nothing uses RANDOM(), whose results differ (an
// integer in SQLite, a fraction in PostgreSQL). Values keep one spelling whatever the engine, so an
// engine's schema keeps these column types: times as ISO 8601 UTC text with milliseconds (they
// compare as text), dates as YYYY-MM-DD text, flags as the integers 0 and 1, ratings and statuses
// as their keys (text). What an engine cannot run as written belongs behind this interface, not in
// the records.
//
// One engine serves one database from connect() to disconnect(), on one thread.
class StoreEngine
{
    // The texts keep the store's context, where the translations have them.
    Q_DECLARE_TR_FUNCTIONS(Waymark::AssessmentStore)

public:
    virtual ~StoreEngine() = default;

    // --- Reaching the database

    // Reaches the database at location with every check that can be made before anything is
    // written (SQLite: the file is there, or may be made, is a SQLite file and is not open in
    // another Waymark; a server: it answers and lets this user in), and opens the Qt Sql
    // connection connectionName(). What the member should know but does not stop the database
    // opening goes to notes, one a line. On failure nothing is left behind.
    virtual bool connect(const QString &location, AssessmentStore::OpenMode mode,
                         QStringList *notes, StoreError *error) = 0;
    // Closes the connection and lets go of what connect() took (SQLite: the lock). With
    // discardCreated, also removes what connect() created (a new, empty database file), for an
    // open that failed after connecting. Every statement on the connection must be gone first.
    virtual void disconnect(bool discardCreated) = 0;
    // Where the database is, as messages name it (SQLite: the file, symlinks resolved).
    virtual QString location() const = 0;
    // The Qt Sql connection name, for QSqlDatabase::database().
    virtual QString connectionName() const = 0;

    // --- Making it ready

    // Reads what the database says it is, writing nothing.
    virtual bool readSchemaState(SchemaState *state, StoreError *error) = 0;
    // "ok", or what the engine found damaged. An engine whose server guards its own pages may
    // answer "ok" without reading anything.
    virtual QString checkIntegrity(IntegrityCheck depth) = 0;
    // The settings every connection needs before it is used (SQLite: foreign keys, write-ahead
    // logging checked to have taken, synchronous writes).
    virtual bool configure(StoreError *error) = 0;
    // Creates the schema from nothing (fromVersion 0) or migrates it step by step to toVersion,
    // in one transaction rolled back on any failure, and records toVersion in the database.
    // repair says what the step to version 3 repaired, where there was such a step.
    virtual bool createOrMigrate(int fromVersion, int toVersion, FutureTimesRepair *repair,
                                 StoreError *error) = 0;

    // --- Running statements

    // The store error for what the driver reported while doing `doing` (a translated phrase).
    virtual StoreError errorFrom(const QSqlError &sqlError, const QString &doing) const = 0;
    // The value to bind for a member's text so that the database stores the text itself.
    virtual QString boundText(const QString &text) const = 0;

    // --- Backups, and the files that are the database's own

    // Whether the store takes backups of this database itself (SQLite: copies in a folder
    // beside the file). A server's are its administrator's (pg_dump): false, and then backUp()
    // fails saying so, and no backup is taken on opening or before a migration.
    virtual bool takesBackups() const = 0;
    // Whether the day's backup is still to be taken (never, for an engine that takes none).
    virtual bool dailyBackupDue() const = 0;
    // Takes a consistent copy of the open database; keeps the newest AssessmentStore::BackupsKept.
    virtual bool backUp(QString *backupPath, StoreError *error) = 0;
    // The backups there are, newest first (none, for an engine that takes none).
    virtual QStringList backups() const = 0;
    // The files that make up the database, for saveFileSafely() never to write over (none, for
    // a database on a server).
    virtual ProtectedFiles ownFiles() const = 0;

    // A failure told so that the member can act on it: the message names the database (where it
    // does not already), and for damage the latest backup that can replace it.
    static StoreError locatedFailure(StoreError failure, const QString &location,
                                     const QStringList &backups);
};

} // namespace Waymark
