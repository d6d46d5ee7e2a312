#include "store/sqlite/SqliteBackups.h"

#include "store/AssessmentStore.h"
#include "store/sqlite/DatabaseFile.h"
#include "store/sqlite/SqliteErrors.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

namespace Waymark {

namespace Sqlite {
namespace {

// The namespace's name, which is where lupdate files the texts of these free functions.
QString tr(const char *text)
{
    return QCoreApplication::translate("Waymark::Sqlite", text);
}

// Writes a consistent copy of the open database to target (which must not exist), taken while
// the file is in use.
bool vacuumInto(QSqlDatabase &db, const QString &target, StoreError *error)
{
    QSqlQuery query(db);
    // VACUUM INTO takes its file name as an expression, so it can be bound.
    if (!query.prepare(QStringLiteral("VACUUM INTO ?"))) {
        *error = errorFrom(query.lastError(), tr("preparing a backup"));
        return false;
    }
    query.addBindValue(target);
    if (!query.exec()) {
        *error = errorFrom(query.lastError(), tr("writing a backup"));
        return false;
    }
    return true;
}

} // namespace
} // namespace Sqlite

QString SqliteBackups::folder(const QString &databasePath)
{
    const QFileInfo file(DatabaseFile::resolve(databasePath));
    return file.absolutePath() + QLatin1Char('/') + file.completeBaseName() +
           QStringLiteral("-backups");
}

QStringList SqliteBackups::list(const QString &databasePath)
{
    const QDir backups(folder(databasePath));
    QStringList paths;
    // Names carry a sortable UTC time, so name order is age order.
    const QStringList names =
        backups.entryList({QFileInfo(DatabaseFile::resolve(databasePath)).completeBaseName() +
                           QStringLiteral("-*.db")},
                          QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &name : names)
        paths.append(backups.absoluteFilePath(name));
    return paths;
}

bool SqliteBackups::dailyDue(const QString &databaseFile)
{
    // The newest backup file says when the last one was taken: nothing is written to the
    // database to keep track, so opening it to read never changes it.
    const QStringList saved = list(databaseFile);
    if (saved.isEmpty())
        return true;
    const QDateTime last = QFileInfo(saved.constFirst()).lastModified();
    return last.secsTo(QDateTime::currentDateTime()) >= 24 * 60 * 60;
}

bool SqliteBackups::write(QSqlDatabase &db, const QString &databaseFile, QString *backupPath,
                          StoreError *error)
{
    const QString target = folder(databaseFile);
    if (!QDir().mkpath(target)) {
        setError(error, makeError(StoreError::Kind::ReadOnly,
                                  tr("Cannot make the backup folder %1.").arg(target)));
        return false;
    }
    QFile::setPermissions(target, DatabaseFile::OwnerOnly | QFileDevice::ExeOwner);
    // Names carry the time to the millisecond, which orders them; two backups in one millisecond
    // (the daily one on opening, then one asked for) wait for the next rather than share a name.
    // The file is made empty and owner-only first (VACUUM INTO fills an empty file), so that the
    // copy is never readable by others, and never replaces an earlier backup.
    QString file;
    QFile reserved;
    for (int attempt = 0; attempt < 1000; ++attempt) {
        file = target + QLatin1Char('/') + QFileInfo(databaseFile).completeBaseName() +
               QLatin1Char('-') +
               QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) +
               QStringLiteral(".db");
        reserved.setFileName(file);
        if (reserved.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            break;
        if (reserved.error() != QFileDevice::OpenError || !QFileInfo::exists(file))
            break;
        QThread::msleep(1);
    }
    if (!reserved.isOpen()) {
        setError(error, makeError(StoreError::Kind::ReadOnly,
                                  tr("Cannot write a backup in %1: %2")
                                      .arg(QDir::toNativeSeparators(target),
                                           reserved.errorString())));
        return false;
    }
    reserved.setPermissions(DatabaseFile::OwnerOnly);
    reserved.close();
    StoreError failure;
    if (!Sqlite::vacuumInto(db, file, &failure)) {
        QFile::remove(file); // the empty file reserved above, or what the failed copy left
        setError(error, failure);
        return false;
    }
    const QStringList all = list(databaseFile);
    for (int i = AssessmentStore::BackupsKept; i < all.size(); ++i)
        QFile::remove(all.at(i));
    if (backupPath)
        *backupPath = file;
    return true;
}

} // namespace Waymark
