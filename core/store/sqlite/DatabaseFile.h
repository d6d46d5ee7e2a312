#pragma once

#include "files/SafeSave.h"
#include "store/AssessmentStore.h"
#include "store/StoreError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFileDevice>
#include <QString>
#include <QStringList>

namespace Waymark {

// The file a SQLite database lives in, and the files beside it: what is checked and prepared on
// the disk before SQLite is let at it, and which files are the database's own.
class DatabaseFile
{
    // The texts keep the store's context, where the translations have them.
    Q_DECLARE_TR_FUNCTIONS(Waymark::AssessmentStore)

public:
    static constexpr QFileDevice::Permissions OwnerOnly =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    // AssessmentStore::resolvePath().
    static QString resolve(const QString &path);
    // The first 16 bytes of every SQLite database file.
    static QByteArray sqliteHeader();
    // The file starts with SQLite's header (or is empty). Reads, never writes.
    static bool hasSqliteHeader(const QString &path, bool *isEmpty);

    // What is at a database's place, checked before anything is written: a missing file only
    // when mode allows starting a database (and its folder is there), otherwise a readable
    // SQLite file, which may be empty only when a database may be started. path is as named,
    // file the same resolved.
    struct Found
    {
        bool exists = false;
        bool empty = false;
    };
    static bool checkBeforeOpening(const QString &path, const QString &file,
                                   AssessmentStore::OpenMode mode, Found *found, StoreError *error);
    // Makes a new, empty file for a database, owner-only before SQLite writes a byte into it;
    // keptPrivate says whether the permissions took.
    static bool createOwnerOnly(const QString &file, bool *keptPrivate, StoreError *error);

    // Makes a file Waymark made owner-only, and says whether that took: a disk that does not
    // keep permissions (FAT, exFAT, many network shares) ignores or refuses the change. On
    // Windows the folder's access list decides who may read, and there is nothing to check.
    static bool makePrivate(const QString &path);
    // What a member is told when makePrivate() did not take for one of the database's files.
    static QString notPrivateNote(const QString &databaseFile);
    static StoreError missing(const QString &path);

    // The files SQLite keeps beside a database (its write-ahead log, the log's index and a
    // rollback journal). They belong to that one file: beside another, SQLite would apply them
    // to it.
    static QStringList sideFiles(const QString &databaseFile);
    // A database that was opened while it was read-only leaves its -wal and -shm read-only;
    // once the database can be written again they must be too, or every change fails. Gives
    // them back to their owner (owner-only, like the database); files it cannot change are left
    // to SQLite to report. Only for a database that can itself be written.
    static void makeSideFilesWritable(const QString &databaseFile);

    // AssessmentStore::ownFiles() for the database at databasePath.
    static ProtectedFiles ownFiles(const QString &databasePath);

    static QString native(const QString &path);
};

} // namespace Waymark
