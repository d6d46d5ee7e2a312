#pragma once

#include "assessment/Assessment.h"
#include "store/StoreError.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>

// The SQLite-specific corner of the store: file checks, PRAGMAs, the schema's DDL and its
// migrations, VACUUM INTO backups and SQLite error codes. AssessmentStore.cpp keeps to SQL that
// PostgreSQL also runs, so a shared council server needs a sibling of this file, not a rewrite.
namespace Waymark::Sqlite {

// Written to PRAGMA application_id so that a Waymark database is recognisable as one.
constexpr int ApplicationId = 0x57594d4b; // "WYMK"

// The file starts with SQLite's header (or is empty). Reads, never writes.
bool hasSqliteHeader(const QString &path, bool *isEmpty);

// The value to bind for a text so that SQLite stores the text itself. Qt hands SQLite text as
// UTF-16, and SQLite takes a leading U+FEFF or U+FFFE for a byte order mark: it drops the
// character and, for U+FFFE, reads the rest in the other byte order. A member's text may start
// with either (pasted from a file that had a byte order mark), so such a text gets a byte order
// mark of this machine's own in front, which is the one dropped.
QString boundText(const QString &text);

// The store error for a failed query, with what was being done.
StoreError errorFrom(const QSqlError &sqlError, const QString &doing);

// The PRAGMAs every connection needs: foreign keys on, WAL (checked to have taken effect),
// synchronous FULL so that a committed change is on disk before the call returns.
bool configure(QSqlDatabase &db, StoreError *error);

// Read-only facts about an open file; each fills error and returns false when SQLite cannot read
// them (for a damaged file, this is where it shows first).
struct FileFacts
{
    int tables = 0;
    int applicationId = 0;
    int userVersion = 0;
};
bool readFacts(QSqlDatabase &db, FileFacts *facts, StoreError *error);

// Change times found more than MaxClockAheadSecs in the future (Assessment.h) when a database
// was raised to version 3, and set to the time of the repair.
struct FutureTimesRepair
{
    int times = 0;             // answers' and assessments' times changed
    QList<qint64> assessments; // the assessments they belong to, by id
    QDateTime repairedAt;
};

// Creates the schema from nothing, or migrates it step by step from fromVersion to toVersion,
// all in one transaction that is rolled back on any failure. repair, when given, says what the
// step to version 3 repaired.
bool createOrMigrate(QSqlDatabase &db, int fromVersion, int toVersion, StoreError *error,
                     FutureTimesRepair *repair = nullptr);

// "ok", or what SQLite found wrong. quick is PRAGMA quick_check, else integrity_check.
QString integrityCheck(QSqlDatabase &db, bool quick);

// Writes a consistent copy of the open database to target (which must not exist).
bool vacuumInto(QSqlDatabase &db, const QString &target, StoreError *error);

// The files SQLite keeps beside a database (its write-ahead log, the log's index and a rollback
// journal). They belong to that one file: beside another, SQLite would apply them to it.
QStringList sideFiles(const QString &databaseFile);

// A database that was opened while it was read-only leaves its -wal and -shm read-only; once
// the database can be written again they must be too, or every change fails. Gives them back
// to their owner (owner-only, like the database); files it cannot change are left to SQLite to
// report. Only for a database that can itself be written.
void makeSideFilesWritable(const QString &databaseFile);

// Opens the file at path strictly read-only and as immutable, so that SQLite neither writes
// to it nor creates anything beside it, and reads its facts and its full integrity check
// ("ok" or the problems). For judging a file before it replaces a database. When SQLite cannot
// read the file at all, problem says what it said.
bool inspectFile(const QString &path, FileFacts *facts, QString *integrity, QString *problem);

} // namespace Waymark::Sqlite
