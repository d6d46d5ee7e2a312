#pragma once

#include "assessment/Assessment.h"
#include "files/SafeSave.h"
#include "store/StoreError.h"
#include "workshop/Workshop.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QSqlDriver;

namespace Waymark {

class StoreEngine;

// One row of the list of assessments: what a member needs to pick one.
struct AssessmentSummary
{
    AssessmentInfo info;
    int answered = 0; // questions with any answer (a rating, Don't know or Not applicable)
};

// What importing one assessment did.
struct ImportOutcome
{
    qint64 id = 0;
    bool created = false; // a new assessment; otherwise an existing one (same uid) was updated
    int answersTaken = 0; // answers from the file that were newer than the stored ones
    int clearsTaken = 0;  // clears from the file that were newer than the stored answers
};

// The Waymark database: every assessment, answer, action and workshop. The one class the rest of
// Waymark uses to reach it, whatever engine keeps it: a SQLite file on this computer, or a
// council's PostgreSQL server (StoreEngine.h, docs/server.md). Each change
// is one short transaction, committed before the call returns, so that whatever a call
// acknowledged survives a crash of the process.
//
// Only the classes in core/store/ write SQL: AssessmentRecords (assessments, answers, actions),
// WorkshopRecords, ImportMerge and, for what is the engine's own (the schema and migrations,
// PRAGMAs, backups), the engine's classes in core/store/sqlite/.
//
// Opening checks, before anything is written, that the file is a Waymark database of a schema
// this build understands, is not corrupt, is not open in another Waymark and can be written; a
// file that fails any check is left exactly as it was. One store is used from one thread.
//
// Every call that reads or writes the database fails, when none is open, with Kind::CannotOpen
// and "No database is open." (a list comes back empty, a count 0, a load as nothing), as a
// failing database would: an empty answer is never mistaken for an empty database. path(),
// warning() and ownFiles() then describe no database.
class AssessmentStore
{
public:
    static constexpr int SchemaVersion = 5;
    static constexpr int BackupsKept = 7;

    AssessmentStore();
    ~AssessmentStore();
    AssessmentStore(const AssessmentStore &) = delete;
    AssessmentStore &operator=(const AssessmentStore &) = delete;

    // Whether open() may start a new database where there is none. Only what is meant to start
    // one asks for it (waymark-cli new, import and workshop new; the app's own database and its
    // "Open or create" dialog): anywhere else a mistyped name must fail, leaving nothing behind.
    enum class OpenMode
    {
        ExistingOnly,
        CreateIfMissing,
    };

    // Whether a location names a database on a PostgreSQL server (postgresql://..., issue 14,
    // docs/server.md) rather than a file. Everything else is a SQLite file.
    static bool isServerAddress(const QString &location);
    // The location as messages and the title bar show it: a server's address without any
    // password it carried; a file's path as it is.
    static QString displayAddress(const QString &location);

    // The database a member uses unless they open another: in the application data folder.
    static QString defaultPath();

    // The file a database path stands for, symlinks resolved (for a file that does not exist
    // yet, its folder's). The store keeps everything beside this file (lock, WAL, backups) and a
    // restore replaces it, so that two names for one database share one lock.
    static QString resolvePath(const QString &path);

    // Opens the database at path. With CreateIfMissing, a missing file (or an empty one) becomes
    // a database of the current schema with owner-only permissions; with ExistingOnly it is
    // refused (Kind::Missing) and nothing is created, not even a lock. Migrates an older schema
    // after taking a backup; takes the daily backup.
    bool open(const QString &path, OpenMode mode, StoreError *error);
    void close();
    bool isOpen() const;
    // The database file, symlinks resolved (resolvePath()).
    QString path() const { return m_path; }
    // What the member should know that did not stop the database opening, one note per line: a
    // lock left by a Waymark that is no longer running taken over, a disk that does not keep
    // file permissions, change times in the future that were repaired, a daily backup that could
    // not be written. Empty when all went well.
    QString warning() const { return m_warning; }

    // Assessments. create() fills in id, uid (when empty), created and updated.
    bool createAssessment(AssessmentInfo &info, StoreError *error);
    // Most recently changed first; with a limit, only that many.
    QList<AssessmentSummary> listAssessments(StoreError *error, int limit = -1);
    int countAssessments(StoreError *error);
    std::optional<Assessment> loadAssessment(qint64 id, StoreError *error);
    // Every assessment of one authority (case, spacing and accents aside, as NameMatching
    // compares) and role: the cycles of a trend. None when any of them cannot be read.
    std::optional<QList<Assessment>> loadAssessmentsOf(const QString &authority,
                                                       const QString &roleId, StoreError *error);
    bool updateInfo(const AssessmentInfo &info, StoreError *error);
    bool deleteAssessment(qint64 id, StoreError *error);

    // Saves one answer (replacing the stored one). An empty answer is a clear: kept, as a row
    // with nothing in it, so that it travels in exchange files (Assessment::cleared). Stamps the
    // answer and the assessment with the time of the change unless answer.updated is already set.
    bool saveAnswer(qint64 assessmentId, const QString &questionId, const Answer &answer,
                    StoreError *error);

    // Actions. addAction() fills in action.id, or keeps it when set (an undone removal returning).
    bool addAction(qint64 assessmentId, Action &action, StoreError *error);
    bool updateAction(qint64 assessmentId, const Action &action, StoreError *error);
    bool removeAction(qint64 assessmentId, qint64 actionId, StoreError *error);

    // Adds an assessment read from an exchange file, or merges it into the one with the same uid
    // (docs/exchange-format.md: the later answer or clear wins per question). One transaction.
    // With joinWorkshop, it also joins that workshop as a participant, in the same transaction.
    std::optional<ImportOutcome> importAssessment(const Assessment &incoming, StoreError *error,
                                                  qint64 joinWorkshop = 0);

    // Workshops: a facilitator's gathering of members' assessments (participants) and the
    // ratings the room agreed. create() fills in id, uid, created and updated.
    bool createWorkshop(WorkshopInfo &info, StoreError *error);
    // Most recently changed first.
    QList<WorkshopInfo> listWorkshops(StoreError *error);
    // The workshop with every participant's assessment and the agreed answers.
    std::optional<Workshop> loadWorkshop(qint64 id, StoreError *error);
    bool addParticipant(qint64 workshopId, qint64 assessmentId, StoreError *error);
    bool removeParticipant(qint64 workshopId, qint64 assessmentId, StoreError *error);
    // Records (or, for an empty answer, removes) the rating agreed for a question.
    bool saveAgreed(qint64 workshopId, const QString &questionId, const AgreedAnswer &agreed,
                    StoreError *error);

    // Backups: copies of the database in the folder beside it (beside the real file, for a
    // path through a symlink), newest first; the last BackupsKept are kept. A backup is taken
    // before migrations and once a day on open; backupNow() takes one at once. The static calls
    // here and restoreBackup() are about a database file; a database on a server has no backups
    // of the store's own (StoreEngine::takesBackups()).
    static QString backupFolder(const QString &databasePath);
    static QStringList backups(const QString &databasePath);
    bool backupNow(QString *backupPath, StoreError *error);
    // What a restore did.
    struct RestoreOutcome
    {
        QString keptAs;    // where the replaced database now is; empty when there was none
        QStringList notes; // as for warning(): a stale lock taken over, permissions not kept
    };
    // Replaces the database at databasePath (closed: no Waymark may have it open) with a backup.
    // The backup is checked first as strictly as an opened database, on a copy written beside
    // the database, and a backup that is not a sound Waymark database of a schema this build
    // reads is refused (InvalidInput) with the database untouched. The copy is then renamed into
    // place; the replaced file, with its -wal and -shm, is kept beside it as
    // NAME.replaced-TIMESTAMP so that nothing is ever destroyed. A database that was deleted can
    // be restored while its backup folder is there; otherwise a missing one is Kind::Missing.
    static bool restoreBackup(const QString &backupPath, const QString &databasePath,
                              StoreError *error, RestoreOutcome *outcome = nullptr);

    // The files that are the database's own, for saveFileSafely() to refuse to write over: the
    // database, its rollback journal, WAL and shared-memory files, its lock, the files a restore
    // kept beside it, and its backup folder (all beside the real file, resolvePath()). The open
    // database's, or nothing when none is open.
    ProtectedFiles ownFiles() const;

    // For a database on a server: the Qt Sql driver of the store's connection, which delivers
    // the server's notifications of changes (channels waymark_answer, with an assessment's id,
    // and waymark_consensus, with a workshop's: docs/server.md). Null for a file, or when none
    // is open. It changes whenever the store is opened again.
    QSqlDriver *notificationDriver() const;

    // The engine's full integrity check: true when it finds nothing wrong, else Kind::Corrupt
    // with what it found.
    bool checkIntegrity(StoreError *error);

private:
    struct Open;
    // The open database, or null after telling a caller that asked that none is open.
    Open *opened(StoreError *error) const;
    static StoreError checkAndPrepare(StoreEngine &engine, QStringList *notes);

    std::unique_ptr<Open> m_open;
    QString m_path;
    QString m_warning;
};

} // namespace Waymark
