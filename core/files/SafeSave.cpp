#include "files/SafeSave.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <climits>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Waymark {

namespace {

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Symbolic links followed before a path is taken to lead nowhere (Linux's own limit).
constexpr int MaxLinks = 40;

#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
// Their file systems ignore case by default: W.DB is the database w.db.
constexpr Qt::CaseSensitivity PathCase = Qt::CaseInsensitive;
#else
constexpr Qt::CaseSensitivity PathCase = Qt::CaseSensitive;
#endif

// Where a save to a path lands: its folder resolved to the real one and the symbolic links of the
// last part followed, as open() and rename() would, so that every name of one file (a link, a
// relative path, "..") gives the same place.
struct Place
{
    enum class Kind
    {
        Nothing, // nothing there yet: the save creates the file
        Regular,
        Folder,
        Pipe,
        Device,
        Socket,
        Other,
    };

    QString path;   // the real folder and the final name
    QString folder; // the real folder; for a missing one, its nearest real form
    bool folderExists = false;
    Kind kind = Kind::Nothing;
    bool danglingLink = false; // the path is a symbolic link to nothing
    bool tooManyLinks = false; // a loop of links, or a chain too long to follow
    QString linkTarget;        // for a dangling link: what it points to
    bool hasIdentity = false;  // device and inode are known (Unix, something there)
    quint64 device = 0;
    quint64 inode = 0;
};

#ifdef Q_OS_UNIX
QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

Place::Kind kindOf(mode_t mode)
{
    if (S_ISREG(mode))
        return Place::Kind::Regular;
    if (S_ISDIR(mode))
        return Place::Kind::Folder;
    if (S_ISFIFO(mode))
        return Place::Kind::Pipe;
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return Place::Kind::Device;
    if (S_ISSOCK(mode))
        return Place::Kind::Socket;
    return Place::Kind::Other;
}

// The real path of folder (realpath(3)); for a folder that does not exist, the real path of its
// nearest existing ancestor with the missing parts appended, so that a folder about to be made
// (report --out-dir) is still recognised as, say, the backup folder.
QString realFolder(const QString &folder, bool *exists)
{
    QString missing;
    QString current = folder.isEmpty() ? QStringLiteral(".") : folder;
    for (int guard = 0; guard < 4096; ++guard) {
        char buffer[PATH_MAX];
        if (::realpath(native(current).constData(), buffer)) {
            *exists = missing.isEmpty();
            const QString real = QFile::decodeName(buffer);
            return missing.isEmpty() ? real : QDir::cleanPath(real + QLatin1Char('/') + missing);
        }
        const qsizetype slash = current.lastIndexOf(QLatin1Char('/'));
        const QString last = slash < 0 ? current : current.mid(slash + 1);
        missing = missing.isEmpty() ? last : last + QLatin1Char('/') + missing;
        current = slash < 0    ? QStringLiteral(".")
                  : slash == 0 ? QStringLiteral("/")
                               : current.left(slash);
    }
    *exists = false;
    return QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
}

void identify(Place &place, const struct stat &status)
{
    place.kind = kindOf(status.st_mode);
    place.hasIdentity = true;
    place.device = quint64(status.st_dev);
    place.inode = quint64(status.st_ino);
}

Place locate(const QString &path)
{
    Place place;
    QString current = path;
    for (int depth = 0; depth <= MaxLinks; ++depth) {
        const qsizetype slash = current.lastIndexOf(QLatin1Char('/'));
        const QString name = slash < 0 ? current : current.mid(slash + 1);
        const QString folder = slash < 0    ? QStringLiteral(".")
                               : slash == 0 ? QStringLiteral("/")
                                            : current.left(slash);
        if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String("..")) {
            // The path names a folder itself ("out/", "out/.").
            place.path = realFolder(current, &place.folderExists);
            place.folder = place.path;
            struct stat status;
            if (place.folderExists && ::stat(native(place.path).constData(), &status) == 0)
                identify(place, status);
            return place;
        }
        place.folder = realFolder(folder, &place.folderExists);
        place.path = (place.folder == QLatin1String("/") ? QString() : place.folder) +
                     QLatin1Char('/') + name;
        if (!place.folderExists) {
            place.danglingLink = depth > 0; // a link into a folder that is not there
            return place;
        }
        struct stat status;
        if (::lstat(native(place.path).constData(), &status) != 0) {
            place.danglingLink = depth > 0;
            return place;
        }
        if (!S_ISLNK(status.st_mode)) {
            identify(place, status);
            return place;
        }
        char buffer[PATH_MAX];
        const ssize_t length = ::readlink(native(place.path).constData(), buffer, sizeof buffer);
        if (length <= 0 || size_t(length) >= sizeof buffer) {
            place.kind = Place::Kind::Other;
            return place;
        }
        const QString link = QFile::decodeName(QByteArray(buffer, length));
        place.linkTarget =
            link.startsWith(QLatin1Char('/')) ? link : place.folder + QLatin1Char('/') + link;
        current = place.linkTarget;
    }
    place.tooManyLinks = true;
    return place;
}

bool sameFolder(const QString &a, const QString &b)
{
    struct stat first;
    struct stat second;
    return ::stat(native(a).constData(), &first) == 0 &&
           ::stat(native(b).constData(), &second) == 0 && first.st_dev == second.st_dev &&
           first.st_ino == second.st_ino;
}
#else
QString realFolder(const QString &folder, bool *exists)
{
    const QFileInfo info(folder.isEmpty() ? QStringLiteral(".") : folder);
    *exists = info.isDir();
    return *exists ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
}

Place locate(const QString &path)
{
    Place place;
    QString current = path;
    for (int depth = 0; depth <= MaxLinks; ++depth) {
        const QFileInfo given(current);
        place.folder = realFolder(given.absolutePath(), &place.folderExists);
        place.path = place.folder + QLatin1Char('/') + given.fileName();
        if (given.fileName().isEmpty() || given.isDir()) {
            place.path = realFolder(current, &place.folderExists);
            place.kind = place.folderExists ? Place::Kind::Folder : Place::Kind::Nothing;
            return place;
        }
        if (!place.folderExists)
            return place;
        const QFileInfo at(place.path);
        if (at.isSymLink()) {
            place.linkTarget = at.symLinkTarget();
            current = place.linkTarget;
            continue;
        }
        if (!at.exists()) {
            place.danglingLink = depth > 0;
            return place;
        }
        place.kind = at.isFile() ? Place::Kind::Regular : Place::Kind::Other;
        return place;
    }
    place.tooManyLinks = true;
    return place;
}

bool sameFolder(const QString &, const QString &)
{
    return false;
}
#endif

bool samePlace(const Place &a, const Place &b)
{
    if (a.hasIdentity && b.hasIdentity)
        return a.device == b.device && a.inode == b.inode;
    return a.path.compare(b.path, PathCase) == 0;
}

bool inFolder(const Place &target, const QString &folder)
{
    bool exists = false;
    const QString real = realFolder(folder, &exists);
    if (target.folder.compare(real, PathCase) == 0 ||
        target.folder.startsWith(real + QLatin1Char('/'), PathCase))
        return true;
    return exists && target.folderExists && sameFolder(target.folder, real);
}

// SQLite's header, and Waymark's PRAGMA application_id ("WYMK") at offset 68 of it.
bool isWaymarkDatabase(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(72);
    return header.size() == 72 && header.startsWith(QByteArrayLiteral("SQLite format 3\0")) &&
           header.mid(68, 4) == QByteArrayLiteral("WYMK");
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

SaveResult refused(const QString &message)
{
    SaveResult result;
    result.status = SaveResult::Status::Refused;
    result.message = message;
    return result;
}

SaveResult wouldOverwrite(const QString &path, const QString &database, const QString &why)
{
    return refused(QCoreApplication::translate(
                       "Waymark::SafeSave",
                       "Cannot save %1: that would overwrite the database %2 (%3). Nothing was "
                       "written; choose another name or folder.")
                       .arg(shown(path), shown(database), why));
}

SaveResult notARegularFile(const QString &path, const QString &what)
{
    return refused(QCoreApplication::translate(
                       "Waymark::SafeSave",
                       "Cannot save %1: it is %2, not a regular file, and has been left as it "
                       "is. Choose a file name.")
                       .arg(shown(path), what));
}

// The check of checkSaveTarget(), also telling where the save lands.
SaveResult check(const QString &path, const ProtectedFiles &protectedFiles, Place *landing)
{
    if (path.isEmpty()) {
        SaveResult result;
        result.status = SaveResult::Status::Failed;
        result.message =
            QCoreApplication::translate("Waymark::SafeSave", "Cannot save: no file name given.");
        return result;
    }
    const Place target = locate(path);
    if (landing)
        *landing = target;

    // The database and its own files first: through whatever name, they are never written over.
    for (qsizetype i = 0; i < protectedFiles.files.size(); ++i) {
        if (!samePlace(target, locate(protectedFiles.files.at(i))))
            continue;
        return wouldOverwrite(
            path, protectedFiles.database,
            i == 0
                ? QCoreApplication::translate("Waymark::SafeSave", "it is the database itself")
                : QCoreApplication::translate(
                      "Waymark::SafeSave", "it is one of the files the database keeps beside it"));
    }
    for (const QString &folder : protectedFiles.folders) {
        if (inFolder(target, folder)) {
            return wouldOverwrite(path, protectedFiles.database,
                                  QCoreApplication::translate("Waymark::SafeSave",
                                                              "it is in the database's backup "
                                                              "folder %1")
                                      .arg(shown(folder)));
        }
    }

    if (target.tooManyLinks) {
        return refused(QCoreApplication::translate(
                           "Waymark::SafeSave",
                           "Cannot save %1: it is a symbolic link that leads round in a circle, "
                           "or through too many other links. Choose a file name.")
                           .arg(shown(path)));
    }
    // Like cp, never create a file through a link to nothing: the link may have been left to
    // catch whoever writes through it.
    if (target.danglingLink) {
        return refused(QCoreApplication::translate(
                           "Waymark::SafeSave",
                           "Cannot save %1: it is a symbolic link to %2, which does not exist; "
                           "Waymark does not create files through a link. Choose a file name.")
                           .arg(shown(path), shown(target.linkTarget)));
    }
    switch (target.kind) {
    case Place::Kind::Nothing:
    case Place::Kind::Regular:
        break;
    case Place::Kind::Folder:
        return notARegularFile(path, QCoreApplication::translate("Waymark::SafeSave", "a folder"));
    case Place::Kind::Pipe:
        return notARegularFile(
            path, QCoreApplication::translate("Waymark::SafeSave", "a named pipe (FIFO)"));
    case Place::Kind::Device:
        return notARegularFile(path, QCoreApplication::translate("Waymark::SafeSave", "a device"));
    case Place::Kind::Socket:
        return notARegularFile(path, QCoreApplication::translate("Waymark::SafeSave", "a socket"));
    case Place::Kind::Other:
        return notARegularFile(path, QCoreApplication::translate("Waymark::SafeSave",
                                                                 "something Waymark cannot "
                                                                 "replace safely"));
    }

    // Any Waymark database, open or not (the CLI's workbook opens none), is answers to keep.
    if (target.kind == Place::Kind::Regular && isWaymarkDatabase(target.path)) {
        return wouldOverwrite(
            path, target.path,
            QCoreApplication::translate("Waymark::SafeSave", "the file is a Waymark database"));
    }
    return {};
}

// ENOSPC, or EDQUOT (over the user's quota): either way, the member has to make room.
bool meansDiskFull(int error)
{
#ifdef EDQUOT
    if (error == EDQUOT)
        return true;
#endif
    return error == ENOSPC;
}

// The file engine reports a full disk as text only (and as ResourceError, for ENOSPC alone).
bool saysDiskFull(const QString &reason)
{
    QList<int> codes = {ENOSPC};
#ifdef EDQUOT
    codes.append(EDQUOT);
#endif
#ifdef Q_OS_WIN
    codes.append({39 /* ERROR_HANDLE_DISK_FULL */, 112 /* ERROR_DISK_FULL */});
#endif
    for (const int code : std::as_const(codes)) {
        if (reason == qt_error_string(code))
            return true;
    }
    return false;
}

// A failed save. osError is errno just after the failing call (0 when unknown): the file engine
// says nothing when a write is cut short, which is how a disk that fills mid-write shows.
SaveResult failed(const QString &path, const QFileDevice &file, int osError)
{
    QString reason = file.errorString();
    if (reason.isEmpty() || reason == QLatin1String("Unknown error")) {
        reason = osError != 0 ? qt_error_string(osError)
                              : QCoreApplication::translate("Waymark::SafeSave",
                                                            "the file could not be written");
    }
    SaveResult result;
    if (file.error() == QFileDevice::ResourceError || meansDiskFull(osError) ||
        saysDiskFull(reason)) {
        result.status = SaveResult::Status::DiskFull;
        result.message = QCoreApplication::translate(
                             "Waymark::SafeSave",
                             "The disk is full: %1 was not saved (%2). Any file that was there "
                             "before is unchanged; free some space and try again.")
                             .arg(shown(path), reason);
    } else {
        result.status = SaveResult::Status::Failed;
        result.message = QCoreApplication::translate("Waymark::SafeSave", "Cannot save %1: %2")
                             .arg(shown(path), reason);
    }
    return result;
}

QString notPrivate(const QString &path)
{
    return QCoreApplication::translate(
               "Waymark::SafeSave",
               "%1 was saved, but it could not be made private to you: the disk it is on (a USB "
               "stick or a network share, say) does not keep file permissions, so anyone who can "
               "use that disk may be able to read it.")
        .arg(shown(path));
}

bool isOwnerOnly(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat status;
    return ::stat(native(path).constData(), &status) == 0 &&
           (status.st_mode & 07777) == (S_IRUSR | S_IWUSR);
#else
    // Only the read-only flag is a permission here; the folder's ACL decides who may read.
    Q_UNUSED(path);
    return true;
#endif
}

// Makes the rename itself survive a power cut. The file is complete and in place already, so a
// failure here has nothing to undo and is not reported.
void syncFolderOf(const QString &path)
{
#ifdef Q_OS_UNIX
    const int folder =
        ::open(native(QFileInfo(path).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
#else
    Q_UNUSED(path);
#endif
}

} // namespace

SaveResult checkSaveTarget(const QString &path, const ProtectedFiles &protectedFiles)
{
    return check(path, protectedFiles, nullptr);
}

SaveResult saveFileSafely(const QString &path, const std::function<bool(QIODevice &)> &writer,
                          const ProtectedFiles &protectedFiles)
{
    Place landing;
    if (SaveResult refusal = check(path, protectedFiles, &landing); !refusal.ok())
        return refusal;

    // The real file: through a symbolic link, the file it points to is replaced and the link
    // kept. A path in a missing folder is left as given, for the error to name it.
    QSaveFile file(landing.folderExists ? landing.path : path);
    // Never fall back to writing the target in place: that is what would leave a half-written
    // file behind when the disk fills up.
    file.setDirectWriteFallback(false);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly))
        return failed(path, file, errno);

    // Restrict the temporary file before a single byte goes into it; commit() renames it into
    // place, so the file at path is never readable by others, not even for a moment. A disk that
    // keeps no permissions (FAT, exFAT) refuses or ignores this: the file is then as private as
    // that disk allows, and the member is told. On Windows this only clears the read-only flag,
    // and the folder's ACL decides who may read.
    QString warning;
    if (!file.setPermissions(OwnerOnly))
        warning = notPrivate(path);

    errno = 0;
    const bool written = writer(file);
    const int writeErrno = errno;
    // A refused setPermissions() leaves its PermissionsError until the first write clears it.
    if (!written ||
        (file.error() != QFileDevice::NoError && file.error() != QFileDevice::PermissionsError)) {
        const SaveResult result = failed(path, file, writeErrno);
        file.cancelWriting();
        return result;
    }

    // Qt 6.4's QSaveFile::commit() ignores a failed flush of what is still buffered and any
    // error from the sync to disk, and would rename a truncated file over a good one: a disk that
    // fills up, or a network share that fails, often says so only here.
    errno = 0;
    if (!file.flush()) {
        const SaveResult result = failed(path, file, errno);
        file.cancelWriting();
        return result;
    }
#ifdef Q_OS_UNIX
    if (::fsync(file.handle()) != 0) {
        const int syncErrno = errno;
        file.cancelWriting();
        return failed(path, QFile(), syncErrno);
    }
#endif

    // Something may have taken the target's place while the file was written (a pipe, a link
    // to the database): check again just before the rename.
    if (SaveResult refusal = check(path, protectedFiles, nullptr); !refusal.ok()) {
        file.cancelWriting();
        return refusal;
    }
    errno = 0;
    if (!file.commit())
        return failed(path, file, errno);
    syncFolderOf(file.fileName());

    // commit() renames the temporary file, which keeps its mode; a file system without Unix
    // permissions may have ignored the change without saying so.
    SaveResult result;
    if (warning.isEmpty() && !isOwnerOnly(file.fileName()))
        warning = notPrivate(path);
    result.warning = warning;
    return result;
}

SaveResult saveFileSafely(const QString &path, const QByteArray &data,
                          const ProtectedFiles &protectedFiles)
{
    return saveFileSafely(
        path, [&data](QIODevice &device) { return device.write(data) == qint64(data.size()); },
        protectedFiles);
}

} // namespace Waymark
