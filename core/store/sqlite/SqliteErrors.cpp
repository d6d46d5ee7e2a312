#include "store/sqlite/SqliteErrors.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Waymark::Sqlite {

namespace {

// The namespace's name, which is where lupdate files the texts of these free functions.
QString tr(const char *text)
{
    return QCoreApplication::translate("Waymark::Sqlite", text);
}

// SQLite's primary result codes (sqlite3.h); the driver reports extended codes as numbers.
enum SqliteCode
{
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteNotADb = 26,
};

} // namespace

StoreError errorFrom(const QSqlError &sqlError, const QString &doing)
{
    StoreError error;
    const int code = sqlError.nativeErrorCode().toInt() & 0xff;
    const QString detail =
        sqlError.databaseText().isEmpty() ? sqlError.text() : sqlError.databaseText();
    switch (code) {
    case SqliteBusy:
    case SqliteLocked:
        error.kind = StoreError::Kind::Locked;
        error.message = tr("The database is busy: another program is using it (while %1). Close "
                           "the other program and try again.")
                            .arg(doing);
        break;
    case SqliteReadOnly:
        error.kind = StoreError::Kind::ReadOnly;
        error.message = tr("The database cannot be changed: the file, its folder or the disk is "
                           "read-only (while %1). Copy it somewhere you can write to.")
                            .arg(doing);
        break;
    case SqliteFull:
        error.kind = StoreError::Kind::DiskFull;
        error.message = tr("The disk is full (while %1). Nothing was changed; free some space "
                           "and try again.")
                            .arg(doing);
        break;
    case SqliteCorrupt:
    case SqliteNotADb:
        error.kind = StoreError::Kind::Corrupt;
        error.message = tr("The database file is damaged (while %1): %2. Restore it from a "
                           "backup.")
                            .arg(doing, detail);
        break;
    case SqliteCantOpen:
        error.kind = StoreError::Kind::CannotOpen;
        error.message = tr("The database file cannot be opened (while %1): %2").arg(doing, detail);
        break;
    case SqliteIoErr:
        error.kind = StoreError::Kind::Failed;
        error.message = tr("The disk reported an error (while %1): %2. Nothing was changed.")
                            .arg(doing, detail);
        break;
    default:
        error.kind = StoreError::Kind::Failed;
        error.message = tr("The database reported an error (while %1): %2").arg(doing, detail);
        break;
    }
    return error;
}

bool exec(QSqlDatabase &db, const QString &sql, StoreError *error, const QString &doing)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        setError(error, errorFrom(query.lastError(), doing));
        return false;
    }
    return true;
}

} // namespace Waymark::Sqlite
