#include "store/sqlite/DatabaseLock.h"

#include "store/sqlite/DatabaseFile.h"

#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

namespace Waymark {

std::unique_ptr<QLockFile> DatabaseLock::take(const QString &databaseFile, QStringList *notes,
                                              bool *keptPrivate, StoreError *error)
{
    const auto native = &DatabaseFile::native;
    const QString lockPath = databaseFile + QStringLiteral(".lock");
    const auto unusable = [&] {
        setError(error, makeError(StoreError::Kind::Locked,
                                  tr("%1 is locked by %2, which Waymark can neither read nor "
                                     "remove. If no Waymark has the database open, delete %2 and "
                                     "try again.")
                                      .arg(native(databaseFile), native(lockPath))));
        return nullptr;
    };
    // A lock that is a folder, a FIFO or a dangling link is no Waymark's, and reading a FIFO
    // would wait for ever.
    const QFileInfo existing(lockPath);
    if ((existing.exists() || existing.isSymLink()) && !existing.isFile())
        return unusable();
    auto lock = std::make_unique<QLockFile>(lockPath);
    // Held for as long as the database is open, however long: a lock is stale only when its
    // owner is gone, never because it is old.
    lock->setStaleLockTime(0);
    // QLockFile takes over a lock whose process is gone without a word; what the lock said is
    // read first so that the member can be told.
    qint64 pid = 0;
    QString host;
    QString app;
    const bool hadOwner = lock->getLockInfo(&pid, &host, &app);
    bool locked = lock->tryLock(0);
    if (locked && hadOwner) {
        notes->append(tr("%1 was locked by %2 (process %3), which is no longer running; Waymark "
                         "took the lock over.")
                          .arg(native(databaseFile), app.isEmpty() ? tr("unknown program") : app)
                          .arg(pid));
    }
    if (!locked && lock->error() == QLockFile::LockFailedError) {
        if (lock->getLockInfo(&pid, &host, &app)) {
            const QString program = app.isEmpty() ? tr("unknown program") : app;
            if (!host.isEmpty() && host != QSysInfo::machineHostName()) {
                // Whether that Waymark still runs cannot be known from here; only a person who
                // can look at that computer can say the lock is safe to remove.
                setError(error,
                         makeError(StoreError::Kind::Locked,
                                   tr("%1 is open in Waymark on another computer, %2 (%3, "
                                      "process %4). Close it there. If Waymark is not running "
                                      "on %2 (say, it crashed), delete the lock file %5 and try "
                                      "again.")
                                       .arg(native(databaseFile), host, program)
                                       .arg(pid)
                                       .arg(native(lockPath))));
            } else {
                setError(error, makeError(StoreError::Kind::Locked,
                                          tr("%1 is open in another Waymark (%2, process %3 on "
                                             "%4). Close it there first, then try again.")
                                              .arg(native(databaseFile), program)
                                              .arg(pid)
                                              .arg(host)));
            }
            return nullptr;
        }
        // Empty, unreadable or not a lock at all: with no owner to ask, QLockFile would refuse
        // it for ever. removeStaleLockFile() removes it only while no running process holds it
        // (a Waymark that has just created its lock holds it before writing into it).
        if (QFileInfo(lockPath).isFile())
            QFile::setPermissions(lockPath,
                                  DatabaseFile::OwnerOnly); // its owner made it unreadable
        const bool removed = lock->removeStaleLockFile();
        locked = removed && lock->tryLock(0);
        if (locked) {
            notes->append(tr("The lock file %1 was empty or could not be read; Waymark took it "
                             "over.")
                              .arg(native(lockPath)));
        } else if (!removed || lock->error() == QLockFile::LockFailedError) {
            return unusable();
        }
    }
    if (!locked) {
        setError(error, makeError(StoreError::Kind::ReadOnly,
                                  tr("Cannot open %1 for changes: Waymark cannot write in the "
                                     "folder %2 (it may be read-only).")
                                      .arg(native(databaseFile),
                                           native(QFileInfo(databaseFile).absolutePath()))));
        return nullptr;
    }
    // QLockFile creates the file as the umask allows; it names the machine and the program.
    *keptPrivate = DatabaseFile::makePrivate(lockPath);
    return lock;
}

} // namespace Waymark
