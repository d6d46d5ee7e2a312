#pragma once

#include "store/StoreError.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QStringList>

#include <memory>

namespace Waymark {

// One Waymark at a time on a database file: NAME.db.lock beside the (resolved) database file,
// held for as long as the database is open (or a restore replaces it), and owner-only whatever
// the umask. A second Waymark writing the same answers would confuse a member.
class DatabaseLock
{
    // The texts keep the store's context, where the translations have them.
    Q_DECLARE_TR_FUNCTIONS(Waymark::AssessmentStore)

public:
    // Takes the lock. A lock whose owner is no longer running on this machine, and a lock file
    // that is empty or cannot be read (a crash while it was written, a copy from elsewhere),
    // are taken over with a note; a lock held on this machine, or on another (a database on a
    // network share), is refused with what to do. keptPrivate says whether the lock's
    // permissions took, the sign of a disk that does not keep them.
    static std::unique_ptr<QLockFile> take(const QString &databaseFile, QStringList *notes,
                                           bool *keptPrivate, StoreError *error);
};

} // namespace Waymark
