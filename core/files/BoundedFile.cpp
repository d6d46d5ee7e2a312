#include "files/BoundedFile.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Waymark {

namespace {

BoundedFile::Result failure(BoundedFile::Problem problem, const QString &reason,
                            const QString &message)
{
    BoundedFile::Result result;
    result.problem = problem;
    result.reason = reason;
    result.message = message;
    return result;
}

BoundedFile::Result tooLarge(qint64 limit)
{
    return failure(BoundedFile::Problem::TooLarge, QString(),
                   BoundedFile::tr("the file is larger than %1, the most Waymark reads here")
                       .arg(BoundedFile::sizeText(limit)));
}

#ifdef Q_OS_UNIX
QString notAFile(mode_t mode)
{
    if (S_ISDIR(mode))
        return BoundedFile::tr("it is a folder, not a file");
    if (S_ISFIFO(mode))
        return BoundedFile::tr("it is a pipe (FIFO), not a file; save what it carries to a file "
                               "and give that");
    if (S_ISSOCK(mode))
        return BoundedFile::tr("it is a socket, not a file");
    return BoundedFile::tr("it is a device, not a file");
}
#endif

} // namespace

namespace {

// Through QFile alone: for Qt's resources (":/..."), which the system cannot open, and where
// there is no POSIX open().
BoundedFile::Result openThroughQt(QFile &file, const QString &path, qint64 limit)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return failure(BoundedFile::Problem::NotAFile, QString(),
                       BoundedFile::tr("it is not a file"));
    file.setFileName(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(BoundedFile::Problem::CannotOpen, file.errorString(),
                       BoundedFile::tr("cannot open the file: %1").arg(file.errorString()));
    }
    if (file.isSequential()) {
        file.close();
        return failure(BoundedFile::Problem::NotAFile, QString(),
                       BoundedFile::tr("it is not a file"));
    }
    if (file.size() > limit) {
        file.close();
        return tooLarge(limit);
    }
    return BoundedFile::Result();
}

} // namespace

BoundedFile::Result BoundedFile::open(QFile &file, const QString &path, qint64 limit)
{
#ifdef Q_OS_UNIX
    if (path.startsWith(QLatin1Char(':')))
        return openThroughQt(file, path, limit);
    // O_NONBLOCK: opening a FIFO that nobody writes to would otherwise wait for ever, before
    // there is anything to check. It changes nothing for an ordinary file, and is cleared below.
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const QString reason = qt_error_string(errno);
        return failure(Problem::CannotOpen, reason, tr("cannot open the file: %1").arg(reason));
    }
    struct stat status;
    if (::fstat(fd, &status) != 0) {
        const QString reason = qt_error_string(errno);
        ::close(fd);
        return failure(Problem::CannotOpen, reason, tr("cannot open the file: %1").arg(reason));
    }
    if (!S_ISREG(status.st_mode)) {
        ::close(fd);
        return failure(Problem::NotAFile, QString(), notAFile(status.st_mode));
    }
    if (status.st_size > limit) {
        ::close(fd);
        return tooLarge(limit);
    }
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags != -1)
        ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return failure(Problem::CannotOpen, file.errorString(),
                       tr("cannot open the file: %1").arg(file.errorString()));
    }
    return Result();
#else
    return openThroughQt(file, path, limit);
#endif
}

BoundedFile::Result BoundedFile::read(const QString &path, qint64 limit)
{
    QFile file;
    Result result = open(file, path, limit);
    if (!result.ok())
        return result;
    // In pieces, and never more than one byte past the limit: the size checked above may have
    // grown since.
    constexpr qint64 Piece = 64 * 1024;
    result.data.reserve(qsizetype(qMin(file.size(), limit)));
    while (result.data.size() <= limit) {
        const qint64 wanted = qMin(Piece, limit + 1 - result.data.size());
        const QByteArray piece = file.read(wanted);
        if (file.error() != QFileDevice::NoError) {
            return failure(Problem::CannotRead, file.errorString(),
                           tr("cannot read the file: %1").arg(file.errorString()));
        }
        if (piece.isEmpty())
            break;
        result.data.append(piece);
    }
    if (result.data.size() > limit)
        return tooLarge(limit);
    return result;
}

QString BoundedFile::sizeText(qint64 bytes)
{
    constexpr qint64 MiB = 1024 * 1024;
    if (bytes >= 1024 * MiB && bytes % (1024 * MiB) == 0)
        return tr("%1 GiB").arg(bytes / (1024 * MiB));
    if (bytes >= MiB && bytes % MiB == 0)
        return tr("%1 MiB").arg(bytes / MiB);
    return tr("%1 bytes").arg(bytes);
}

} // namespace Waymark
