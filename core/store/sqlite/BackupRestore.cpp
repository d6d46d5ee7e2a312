#include "store/sqlite/BackupRestore.h"

#include "files/BoundedFile.h"
#include "store/sqlite/DatabaseFile.h"
#include "store/sqlite/DatabaseLock.h"
#include "store/sqlite/SqliteBackups.h"
#include "store/sqlite/SqliteEngine.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QScopeGuard>
#include <QUuid>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Waymark {

namespace {

// Makes what was written to file reach the disk before it is renamed into place: a rename that
// reaches the disk before the data would, after a power cut, leave an empty database.
bool syncToDisk(QFileDevice &file, QString *reason)
{
    if (!file.flush()) {
        *reason = file.errorString();
        return false;
    }
#ifdef Q_OS_UNIX
    if (::fsync(file.handle()) != 0) {
        *reason = qt_error_string(errno);
        return false;
    }
#endif
    return true;
}

// Makes a rename in folder reach the disk (best effort: not every file system can).
void syncFolder(const QString &folder)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

// NAME.replaced-TIMESTAMP, with a number added when a restore in the same second took it:
// a kept file is never overwritten.
QString keptName(const QString &databaseFile)
{
    const QString base =
        databaseFile + QStringLiteral(".replaced-") +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = base;
    for (int n = 2; QFileInfo::exists(name) || QFileInfo::exists(name + QStringLiteral("-wal"));
         ++n)
        name = base + QStringLiteral("-%1").arg(n);
    return name;
}

} // namespace

bool BackupRestore::restore(const QString &backupPath, const QString &databasePath,
                            StoreError *error, AssessmentStore::RestoreOutcome *outcome)
{
    const auto native = &DatabaseFile::native;
    AssessmentStore::RestoreOutcome done;
    const QString database = DatabaseFile::resolve(databasePath);
    // A backup that cannot be restored is invalid input (exit 2 from the CLI): the database is
    // fine, the file offered for it is not.
    const auto refuse = [&](const QString &why) {
        setError(error, makeError(StoreError::Kind::InvalidInput,
                                  tr("%1 cannot be restored: %2 %3 was left as it was.")
                                      .arg(native(backupPath), why, native(database))));
        return false;
    };
    if (databasePath.isEmpty()) {
        setError(error, makeError(StoreError::Kind::CannotOpen, tr("No database was named.")));
        return false;
    }
    // Restoring puts back a database that is there, or one that was deleted while its backups
    // were kept; anywhere else it would be starting a database under a mistyped name.
    if (!QFileInfo::exists(database) && !QFileInfo::exists(SqliteBackups::folder(database))) {
        setError(error, DatabaseFile::missing(databasePath));
        return false;
    }
    if (!QFileInfo::exists(backupPath)) {
        setError(error, makeError(StoreError::Kind::InvalidInput,
                                  tr("There is no backup %1.").arg(native(backupPath))));
        return false;
    }
    if (DatabaseFile::resolve(backupPath) == database)
        return refuse(tr("it is the database itself."));

    // 1. Cheap checks on the file offered, before anything is copied or locked.
    QFile source;
    const BoundedFile::Result opened =
        BoundedFile::open(source, backupPath, BoundedFile::MaxDatabaseSize);
    if (opened.problem == BoundedFile::Problem::TooLarge) {
        return refuse(tr("it is larger than %1, more than any Waymark database holds.")
                          .arg(BoundedFile::sizeText(BoundedFile::MaxDatabaseSize)));
    }
    if (!opened.ok())
        return refuse(opened.message + QLatin1Char('.'));
    if (source.read(16) != DatabaseFile::sqliteHeader())
        return refuse(tr("it is not a database file at all."));
    // A database's latest changes may still be in its write-ahead log (or a journal), which a
    // copy of the file alone would leave behind. (Its -shm is only an index of the log.)
    for (const QString &side : DatabaseFile::sideFiles(backupPath)) {
        if (!side.endsWith(QLatin1String("-shm")) && QFileInfo(side).size() > 0) {
            return refuse(tr("its latest changes are still in %1. Open it in Waymark once, so "
                             "that they are written into it, then restore it.")
                              .arg(native(side)));
        }
    }

    // 2. No Waymark may have the database open while it is replaced.
    bool lockPrivate = true;
    std::unique_ptr<QLockFile> lock =
        DatabaseLock::take(database, &done.notes, &lockPrivate, error);
    if (!lock)
        return false;

    // 3. The copy, beside the database so that it can be renamed into place, owner-only from
    //    its first byte, and on the disk before it is checked. Unbuffered, so that a full disk
    //    is reported as one (a buffered flush that is cut short gives no reason).
    QFile copy(database + QStringLiteral(".restoring-") +
               QUuid::createUuid().toString(QUuid::Id128).left(12));
    auto removeCopy = qScopeGuard([&copy] { copy.remove(); });
    if (!copy.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered,
                   DatabaseFile::OwnerOnly)) {
        removeCopy.dismiss(); // nothing was made, and a file of that name is not ours
        const bool readOnly = !QFileInfo(QFileInfo(database).absolutePath()).isWritable();
        setError(error,
                 makeError(readOnly ? StoreError::Kind::ReadOnly : StoreError::Kind::CannotOpen,
                           tr("Cannot write beside %1 to restore it: %2. Nothing was "
                              "changed.")
                               .arg(native(database), copy.errorString())));
        return false;
    }
    const auto writeFailed = [&](const QString &reason) {
        const bool full =
            copy.error() == QFileDevice::ResourceError || reason == qt_error_string(ENOSPC);
        setError(error, makeError(full ? StoreError::Kind::DiskFull : StoreError::Kind::Failed,
                                  full ? tr("The disk is full (while restoring %1). Nothing was "
                                            "changed; free some space and try again.")
                                             .arg(native(database))
                                       : tr("Cannot write the restored copy of %1: %2. Nothing was "
                                            "changed.")
                                             .arg(native(database), reason)));
        return false;
    };
    source.seek(0);
    while (!source.atEnd()) {
        const QByteArray piece = source.read(1024 * 1024);
        if (source.error() != QFileDevice::NoError)
            return refuse(tr("it cannot be read (%1).").arg(source.errorString()));
        // A disk that fills up takes part of a write first, then refuses the rest.
        for (qint64 written = 0; written < piece.size();) {
            const qint64 n = copy.write(piece.constData() + written, piece.size() - written);
            if (n <= 0)
                return writeFailed(copy.errorString());
            written += n;
        }
    }
    source.close();
    QString reason;
    if (!syncToDisk(copy, &reason))
        return writeFailed(reason);
    copy.close();

    // 4. The copy checked as strictly as an opened database, read-only and changing nothing.
    SchemaState state;
    QString integrity;
    QString problem;
    if (!SqliteEngine::inspect(copy.fileName(), &state, &integrity, &problem))
        return refuse(tr("SQLite cannot read it (%1).").arg(problem));
    if (!state.isWaymark || state.version < 1) {
        return refuse(!state.hasTables ? tr("it is an empty database, not a Waymark one.")
                                       : tr("it is a database, but not a Waymark one."));
    }
    if (state.version > AssessmentStore::SchemaVersion) {
        return refuse(tr("it was written by a newer version of Waymark (database version %1; "
                         "this version understands up to %2).")
                          .arg(state.version)
                          .arg(AssessmentStore::SchemaVersion));
    }
    if (integrity != QLatin1String("ok"))
        return refuse(tr("it is damaged (%1).").arg(integrity));

    // 5. The swap. The replaced database's -wal and -shm go with it first: left beside the
    //    restored file, SQLite would apply the old log to it. Any failure puts back what moved.
    const QString kept = keptName(database);
    QList<std::pair<QString, QString>> moved;
    const auto moveAside = [&](const QString &from, const QString &to) {
        QFile file(from);
        if (file.rename(to)) {
            moved.append({from, to});
            return true;
        }
        for (auto back = moved.crbegin(); back != moved.crend(); ++back)
            QFile::rename(back->second, back->first);
        setError(error, makeError(StoreError::Kind::ReadOnly,
                                  tr("Cannot rename %1 to %2 while restoring the backup: %3. "
                                     "Nothing was changed.")
                                      .arg(native(from), native(to), file.errorString())));
        return false;
    };
    const QStringList sides = DatabaseFile::sideFiles(database);
    const QStringList keptSides = DatabaseFile::sideFiles(kept);
    for (int i = 0; i < sides.size(); ++i) {
        if (QFileInfo::exists(sides.at(i)) && !moveAside(sides.at(i), keptSides.at(i)))
            return false;
    }
    const bool replacing = QFileInfo::exists(database);
    if (replacing && !moveAside(database, kept))
        return false;
    if (!moveAside(copy.fileName(), database))
        return false;
    removeCopy.dismiss();
    syncFolder(QFileInfo(database).absolutePath());

    if (replacing)
        done.keptAs = kept;
    if (!lockPrivate || !DatabaseFile::makePrivate(database))
        done.notes.append(DatabaseFile::notPrivateNote(database));
    if (outcome)
        *outcome = done;
    return true;
}

} // namespace Waymark
