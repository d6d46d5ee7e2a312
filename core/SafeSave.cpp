#include "SafeSave.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace Waymark {

namespace {

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

#ifdef Q_OS_UNIX
// Every permission bit that says who may do what; QFileDevice also reports ReadUser etc., which
// describe the current user's access rather than the file's mode.
constexpr QFileDevice::Permissions ModeBits =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
    QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
    QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
#endif

bool fail(const QString &path, const QString &reason, QString *errorMessage)
{
    if (errorMessage) {
        *errorMessage = QCoreApplication::translate("Waymark::SafeSave", "Cannot save %1: %2")
                            .arg(QDir::toNativeSeparators(path), reason);
    }
    return false;
}

QString reasonOf(const QFileDevice &file)
{
    const QString reason = file.errorString();
    return reason.isEmpty() || reason == QLatin1String("Unknown error")
               ? QCoreApplication::translate("Waymark::SafeSave", "the file could not be written")
               : reason;
}

} // namespace

bool saveFileSafely(const QString &path, const std::function<bool(QIODevice &)> &writer,
                    QString *errorMessage)
{
    QSaveFile file(path);
    // Never fall back to writing the target in place: that is what would leave a half-written
    // file behind when the disk fills up.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return fail(path, reasonOf(file), errorMessage);

    // Restrict the temporary file before a single byte goes into it; commit() renames it into
    // place, so the file at path is never readable by others, not even for a moment. On Windows
    // this only clears the read-only flag, and the folder's ACL decides who may read.
    if (!file.setPermissions(OwnerOnly)) {
        const QString reason = reasonOf(file);
        file.cancelWriting();
        return fail(path,
                    QCoreApplication::translate("Waymark::SafeSave",
                                                "cannot make the file private to you (%1)")
                        .arg(reason),
                    errorMessage);
    }

    if (!writer(file) || file.error() != QFileDevice::NoError) {
        const QString reason = reasonOf(file);
        file.cancelWriting();
        return fail(path, reason, errorMessage);
    }
    if (!file.commit())
        return fail(path, reasonOf(file), errorMessage);

#ifdef Q_OS_UNIX
    // commit() renames the temporary file, which keeps its mode; check that nothing (a file system
    // without Unix permissions, say) widened it on the way.
    if ((QFile::permissions(path) & ModeBits) != OwnerOnly) {
        return fail(path,
                    QCoreApplication::translate("Waymark::SafeSave",
                                                "the file was written but could not be made "
                                                "private to you; check who can read it"),
                    errorMessage);
    }
#endif
    return true;
}

bool saveFileSafely(const QString &path, const QByteArray &data, QString *errorMessage)
{
    return saveFileSafely(
        path, [&data](QIODevice &device) { return device.write(data) == qint64(data.size()); },
        errorMessage);
}

} // namespace Waymark
