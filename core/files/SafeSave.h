#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace Waymark {

// Files a save must never replace: an open database and everything that belongs to it (its
// journal, WAL and shared-memory files, its lock, the files a restore kept, its backups), so that
// no export, report or answer pack can be written over the answers it was made from.
// AssessmentStore::ownFiles() says which they are.
struct ProtectedFiles
{
    QString database;    // the database they belong to, as messages name it
    QStringList files;   // the database first, then its other files, whether they exist or not
    QStringList folders; // folders every file of which belongs to the database (its backups)

    bool isEmpty() const { return files.isEmpty() && folders.isEmpty(); }
};

// How a save ended. The status decides what a member is told and the CLI's exit code: Refused
// is invalid input (2: the path names something Waymark must not write over), DiskFull and
// Failed are storage errors (3).
struct SaveResult
{
    enum class Status
    {
        Saved,
        Refused,  // the path is the database or one of its files, or not a regular file
        DiskFull, // no space left (or over quota) while writing, flushing or syncing the file
        Failed,   // anything else: a missing folder, a read-only disk, no permission ...
    };

    Status status = Status::Saved;
    QString message; // when not saved: translated, names the file and says why
    QString warning; // when saved: something the member should know (the file is not private)

    bool ok() const { return status == Status::Saved; }
};

// Checks, without writing anything, that a save to path may go ahead: refuses (status Refused) a
// path that is, or would land on, one of the protected files or a file in one of their folders
// (compared as real files: through symbolic links, hard links, relative paths and "..", by
// canonical path and by device and inode), an existing Waymark database, and anything at path
// that is not a regular file (a folder, a named pipe, a device, a socket, a symbolic link to
// nothing). A symbolic link to a regular file is fine: the save writes to that file and keeps
// the link. Everything else (a missing folder, say) is left for the save to report.
SaveResult checkSaveTarget(const QString &path, const ProtectedFiles &protectedFiles = {});

// The one way Waymark writes a file (exchange files, CSV exports, PDFs, answer packs): after
// checkSaveTarget(), through QSaveFile to a temporary file beside the target, made owner-only
// (0600) before anything is written to it, because assessments hold safeguarding notes about a
// council's children's services; every write, the final flush and the sync to disk are checked
// before the temporary file is renamed over the target, so that a failed or interrupted save
// (a full disk included, even one that only says so at the last flush) leaves an existing file
// exactly as it was and no temporary file behind.
//
// A disk that ignores permissions (FAT or exFAT on a USB stick, many network shares) does not
// fail the save: it is saved, with a warning that it could not be made private.
SaveResult saveFileSafely(const QString &path, const QByteArray &data,
                          const ProtectedFiles &protectedFiles = {});

// The same, for output produced piece by piece: writer writes to the device and returns false to
// abandon the save (the device's errorString() is then reported if it has one).
SaveResult saveFileSafely(const QString &path, const std::function<bool(QIODevice &)> &writer,
                          const ProtectedFiles &protectedFiles = {});

} // namespace Waymark
