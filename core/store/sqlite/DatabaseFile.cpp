#include "store/sqlite/DatabaseFile.h"

#include "store/sqlite/SqliteBackups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Waymark {

namespace {

// The bits that let someone other than the owner at a file.
constexpr QFileDevice::Permissions NotOwnerBits = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                  QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                  QFileDevice::WriteOther | QFileDevice::ExeOther;

} // namespace

QString DatabaseFile::resolve(const QString &path)
{
    if (path.isEmpty())
        return QString();
    QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    // Not there yet (a new database): a dangling symlink names where it will be, and the folder
    // is resolved so that the lock and the backups go beside the real file from the first day.
    for (int depth = 0; depth < 40 && info.isSymbolicLink(); ++depth)
        info.setFile(info.symLinkTarget());
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + QLatin1Char('/') + info.fileName();
}

QByteArray DatabaseFile::sqliteHeader()
{
    return QByteArray("SQLite format 3\0", 16);
}

bool DatabaseFile::hasSqliteHeader(const QString &path, bool *isEmpty)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(16);
    *isEmpty = header.isEmpty();
    return header.isEmpty() || header == sqliteHeader();
}

bool DatabaseFile::checkBeforeOpening(const QString &path, const QString &file,
                                      AssessmentStore::OpenMode mode, Found *found,
                                      StoreError *error)
{
    const QFileInfo info(file);
    found->exists = info.exists();
    if (!found->exists) {
        if (mode == AssessmentStore::OpenMode::ExistingOnly) {
            setError(error, missing(path));
            return false;
        }
        if (!info.dir().exists()) {
            setError(error,
                     makeError(StoreError::Kind::CannotOpen,
                               tr("Cannot create the database %1: the folder %2 does not "
                                  "exist.")
                                   .arg(file, QDir::toNativeSeparators(info.absolutePath()))));
            return false;
        }
        return true;
    }
    if (!info.isReadable()) {
        setError(error, makeError(StoreError::Kind::CannotOpen,
                                  tr("Cannot read the database %1: permission denied.").arg(file)));
        return false;
    }
    if (!hasSqliteHeader(file, &found->empty)) {
        setError(error, makeError(StoreError::Kind::NotWaymark,
                                  tr("%1 is not a Waymark database (it is not a database "
                                     "file at all). Choose a Waymark database, or a new "
                                     "file name to start one.")
                                      .arg(file)));
        return false;
    }
    // An empty file becomes a database only when one is being started: reading a listing
    // must not write a schema into a file that happens to be empty.
    if (found->empty && mode == AssessmentStore::OpenMode::ExistingOnly) {
        setError(error, makeError(StoreError::Kind::NotWaymark,
                                  tr("%1 is an empty file, not a Waymark database.").arg(file)));
        return false;
    }
    return true;
}

bool DatabaseFile::createOwnerOnly(const QString &file, bool *keptPrivate, StoreError *error)
{
    QFile newFile(file);
    if (!newFile.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        const bool readOnly = newFile.error() == QFileDevice::OpenError &&
                              !QFileInfo(QFileInfo(file).absolutePath()).isWritable();
        setError(
            error,
            makeError(readOnly ? StoreError::Kind::ReadOnly : StoreError::Kind::CannotOpen,
                      tr("Cannot create the database %1: %2").arg(file, newFile.errorString())));
        return false;
    }
    newFile.close();
    *keptPrivate = makePrivate(file);
    return true;
}

bool DatabaseFile::makePrivate(const QString &path)
{
    const bool changed = QFile::setPermissions(path, OwnerOnly);
#ifdef Q_OS_UNIX
    return changed && (QFileInfo(path).permissions() & NotOwnerBits) == 0;
#else
    Q_UNUSED(changed);
    return true;
#endif
}

QString DatabaseFile::notPrivateNote(const QString &databaseFile)
{
    return tr("%1 is on a disk that does not keep file permissions (such as a USB stick "
              "formatted as FAT or exFAT, or a network share), so Waymark could not make it "
              "private to you: anyone who can read that disk can read the answers in it.")
        .arg(native(databaseFile));
}

StoreError DatabaseFile::missing(const QString &path)
{
    return makeError(
        StoreError::Kind::Missing,
        tr("There is no Waymark database at %1.").arg(native(QFileInfo(path).absoluteFilePath())));
}

QStringList DatabaseFile::sideFiles(const QString &databaseFile)
{
    return {databaseFile + QStringLiteral("-wal"), databaseFile + QStringLiteral("-shm"),
            databaseFile + QStringLiteral("-journal")};
}

void DatabaseFile::makeSideFilesWritable(const QString &databaseFile)
{
    for (const QString &side : sideFiles(databaseFile)) {
        const QFileInfo info(side);
        // By the mode, not only by access(): root may write anything, but the owner it is
        // kept for may not.
        if (info.exists() &&
            (!info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner)))
            QFile::setPermissions(side, OwnerOnly);
    }
}

ProtectedFiles DatabaseFile::ownFiles(const QString &databasePath)
{
    // Everything is beside the real file, whatever name the database was opened by; a symbolic
    // link to any of these is followed when an output is compared with them.
    ProtectedFiles own;
    own.database = resolve(databasePath);
    own.files.append(own.database); // the database itself first
    for (const char *suffix : {"-journal", "-wal", "-shm", ".lock"})
        own.files.append(own.database + QLatin1String(suffix));
    // What a restore kept: earlier databases, and their logs.
    const QFileInfo file(own.database);
    const QStringList kept = file.dir().entryList({file.fileName() + QStringLiteral(".replaced-*")},
                                                  QDir::Files | QDir::Hidden);
    for (const QString &each : kept)
        own.files.append(file.dir().filePath(each));
    own.folders.append(SqliteBackups::folder(own.database));
    return own;
}

QString DatabaseFile::native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace Waymark
