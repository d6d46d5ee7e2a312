#pragma once

#include "store/AssessmentStore.h"
#include "store/StoreError.h"

#include <QCoreApplication>

namespace Waymark {

// Puts a backup in the place of a SQLite database file, checked first as strictly as an opened
// database and never destroying anything: AssessmentStore::restoreBackup() says how.
class BackupRestore
{
    // The texts keep the store's context, where the translations have them.
    Q_DECLARE_TR_FUNCTIONS(Waymark::AssessmentStore)

public:
    static bool restore(const QString &backupPath, const QString &databasePath, StoreError *error,
                        AssessmentStore::RestoreOutcome *outcome);
};

} // namespace Waymark
