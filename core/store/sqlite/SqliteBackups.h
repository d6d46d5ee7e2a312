#pragma once

#include "store/StoreError.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace Waymark {

// Backups of a SQLite database: consistent copies (VACUUM INTO) in NAME-backups/ beside the
// real file, named NAME-YYYYMMDD-HHMMSS-mmm.db in UTC so that name order is age order; the
// newest AssessmentStore::BackupsKept are kept.
class SqliteBackups
{
    // The texts keep the store's context, where the translations have them.
    Q_DECLARE_TR_FUNCTIONS(Waymark::AssessmentStore)

public:
    // AssessmentStore::backupFolder() and backups().
    static QString folder(const QString &databasePath);
    static QStringList list(const QString &databasePath);
    // Whether a day has passed since the newest backup (or there is none).
    static bool dailyDue(const QString &databaseFile);
    // Writes a backup of the open database db, whose file is databaseFile, and removes the
    // oldest beyond those kept.
    static bool write(QSqlDatabase &db, const QString &databaseFile, QString *backupPath,
                      StoreError *error);
};

} // namespace Waymark
