#include "store/AssessmentStore.h"

#include "files/BoundedFile.h"
#include "store/SqliteSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUuid>
#include <QVariant>

#include <atomic>
#include <cerrno>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Waymark {

namespace {

// The context is the class's name because that is where lupdate files the texts of its members.
QString tr(const char *text)
{
    return QCoreApplication::translate("Waymark::AssessmentStore", text);
}

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString timestamp(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTimestamp(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
}

QVariant ratingValueFor(Rating rating)
{
    return rating == Rating::Unanswered ? QVariant(QMetaType(QMetaType::QString))
                                        : QVariant(ratingKey(rating));
}

// Every text the store writes is bound through this. A null QString binds as SQL NULL; text
// columns are NOT NULL with '' for "nothing written". Sqlite::boundText() keeps a text that
// starts with a byte order mark whole.
QString text(const QString &value)
{
    return Sqlite::boundText(value.isNull() ? QStringLiteral("") : value);
}

StoreError makeError(StoreError::Kind kind, const QString &message)
{
    StoreError error;
    error.kind = kind;
    error.message = message;
    return error;
}

void setError(StoreError *error, const StoreError &value)
{
    if (error)
        *error = value;
}

// The bits that let someone other than the owner at a file.
constexpr QFileDevice::Permissions NotOwnerBits = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                  QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                  QFileDevice::WriteOther | QFileDevice::ExeOther;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Makes a file Waymark made owner-only, and says whether that took: a disk that does not keep
// permissions (FAT, exFAT, many network shares) ignores or refuses the change. On Windows the
// folder's access list decides who may read, and there is nothing to check here.
bool makePrivate(const QString &path)
{
    const bool changed = QFile::setPermissions(path, OwnerOnly);
#ifdef Q_OS_UNIX
    return changed && (QFileInfo(path).permissions() & NotOwnerBits) == 0;
#else
    Q_UNUSED(changed);
    return true;
#endif
}

QString notPrivateNote(const QString &databaseFile)
{
    return tr("%1 is on a disk that does not keep file permissions (such as a USB stick "
              "formatted as FAT or exFAT, or a network share), so Waymark could not make it "
              "private to you: anyone who can read that disk can read the answers in it.")
        .arg(native(databaseFile));
}

StoreError missingDatabase(const QString &path)
{
    StoreError error;
    error.kind = StoreError::Kind::Missing;
    error.message =
        tr("There is no Waymark database at %1.").arg(native(QFileInfo(path).absoluteFilePath()));
    return error;
}

// Takes the one-Waymark-at-a-time lock, NAME.db.lock beside the (resolved) database file, and
// makes it owner-only whatever the umask. A lock whose owner is no longer running on this
// machine, and a lock file that is empty or cannot be read (a crash while it was written, a
// copy from elsewhere), are taken over with a note; a lock held on this machine, or on another
// (a database on a network share), is refused with what to do. keptPrivate says whether the
// lock's permissions took, the sign of a disk that does not keep them.
std::unique_ptr<QLockFile> takeLock(const QString &databaseFile, QStringList *notes,
                                    bool *keptPrivate, StoreError *error)
{
    const QString lockPath = databaseFile + QStringLiteral(".lock");
    const auto unusable = [&] {
        setError(error, makeError(StoreError::Kind::Locked,
                                  tr("%1 is locked by %2, which Waymark can neither read nor "
                                     "remove. If no Waymark has the database open, delete %2 and "
                                     "try again.")
                                      .arg(native(databaseFile), native(lockPath))));
        return nullptr;
    };
    // A lock that is a folder, a FIFO or a dangling link is no Waymark's, and reading a FIFO
    // would wait for ever.
    const QFileInfo existing(lockPath);
    if ((existing.exists() || existing.isSymLink()) && !existing.isFile())
        return unusable();
    auto lock = std::make_unique<QLockFile>(lockPath);
    // Held for as long as the database is open, however long: a lock is stale only when its
    // owner is gone, never because it is old.
    lock->setStaleLockTime(0);
    // QLockFile takes over a lock whose process is gone without a word; what the lock said is
    // read first so that the member can be told.
    qint64 pid = 0;
    QString host;
    QString app;
    const bool hadOwner = lock->getLockInfo(&pid, &host, &app);
    bool locked = lock->tryLock(0);
    if (locked && hadOwner) {
        notes->append(tr("%1 was locked by %2 (process %3), which is no longer running; Waymark "
                         "took the lock over.")
                          .arg(native(databaseFile), app.isEmpty() ? tr("unknown program") : app)
                          .arg(pid));
    }
    if (!locked && lock->error() == QLockFile::LockFailedError) {
        if (lock->getLockInfo(&pid, &host, &app)) {
            const QString program = app.isEmpty() ? tr("unknown program") : app;
            if (!host.isEmpty() && host != QSysInfo::machineHostName()) {
                // Whether that Waymark still runs cannot be known from here; only a person who
                // can look at that computer can say the lock is safe to remove.
                setError(error,
                         makeError(StoreError::Kind::Locked,
                                   tr("%1 is open in Waymark on another computer, %2 (%3, "
                                      "process %4). Close it there. If Waymark is not running "
                                      "on %2 (say, it crashed), delete the lock file %5 and try "
                                      "again.")
                                       .arg(native(databaseFile), host, program)
                                       .arg(pid)
                                       .arg(native(lockPath))));
            } else {
                setError(error, makeError(StoreError::Kind::Locked,
                                          tr("%1 is open in another Waymark (%2, process %3 on "
                                             "%4). Close it there first, then try again.")
                                              .arg(native(databaseFile), program)
                                              .arg(pid)
                                              .arg(host)));
            }
            return nullptr;
        }
        // Empty, unreadable or not a lock at all: with no owner to ask, QLockFile would refuse
        // it for ever. removeStaleLockFile() removes it only while no running process holds it
        // (a Waymark that has just created its lock holds it before writing into it).
        if (QFileInfo(lockPath).isFile())
            QFile::setPermissions(lockPath, OwnerOnly); // one its owner made unreadable
        const bool removed = lock->removeStaleLockFile();
        locked = removed && lock->tryLock(0);
        if (locked) {
            notes->append(tr("The lock file %1 was empty or could not be read; Waymark took it "
                             "over.")
                              .arg(native(lockPath)));
        } else if (!removed || lock->error() == QLockFile::LockFailedError) {
            return unusable();
        }
    }
    if (!locked) {
        setError(error, makeError(StoreError::Kind::ReadOnly,
                                  tr("Cannot open %1 for changes: Waymark cannot write in the "
                                     "folder %2 (it may be read-only).")
                                      .arg(native(databaseFile),
                                           native(QFileInfo(databaseFile).absolutePath()))));
        return nullptr;
    }
    // QLockFile creates the file as the umask allows; it names the machine and the program.
    *keptPrivate = makePrivate(lockPath);
    return lock;
}

QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("waymark-store-%1").arg(++counter);
}

const QString AssessmentColumns = QStringLiteral(
    "id, uid, title, authority, respondent, role, assessed_on, bank_id, bank_version, created_at, "
    "updated_at");

AssessmentInfo infoFromRow(const QSqlQuery &query)
{
    AssessmentInfo info;
    info.id = query.value(0).toLongLong();
    info.uid = query.value(1).toString();
    info.title = query.value(2).toString();
    info.authority = query.value(3).toString();
    info.respondent = query.value(4).toString();
    info.roleId = query.value(5).toString();
    info.date = QDate::fromString(query.value(6).toString(), Qt::ISODate);
    info.bankId = query.value(7).toString();
    info.bankVersion = query.value(8).toString();
    info.created = parseTimestamp(query.value(9));
    info.updated = parseTimestamp(query.value(10));
    return info;
}

} // namespace

struct AssessmentStore::Private
{
    Q_DECLARE_TR_FUNCTIONS(Waymark::AssessmentStore)

public:
    QString connection;
    QString path;
    std::unique_ptr<QLockFile> lock;
    // Saving answers is the store's most frequent statement, and an import or a workshop's
    // gathering saves hundreds in a row: it is prepared once per connection.
    std::unique_ptr<QSqlQuery> answerUpsert;

    // The store error for a failed statement. Damage is named with the file and the backup
    // that can replace it, since that is what the member needs to act on.
    StoreError failure(const QSqlError &sqlError, const QString &doing) const
    {
        StoreError error = Sqlite::errorFrom(sqlError, doing);
        if (error.kind == StoreError::Kind::Corrupt && !path.isEmpty()) {
            error.message = QStringLiteral("%1: %2").arg(path, error.message);
            const QStringList saved = AssessmentStore::backups(path);
            if (!saved.isEmpty())
                error.message +=
                    QLatin1Char(' ') + tr("The latest backup is %1.").arg(saved.constFirst());
        }
        return error;
    }

    // After reading rows: false, with the error, when the reading stopped on an error (damage
    // shows up here, on a row, not when the statement starts).
    bool readToEnd(const QSqlQuery &query, const QString &doing, StoreError *error) const
    {
        if (!query.lastError().isValid())
            return true;
        setError(error, failure(query.lastError(), doing));
        return false;
    }

    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }

    // What opening repaired, for the member and whoever looks after the laptop.
    static QString futureTimesNote(const Sqlite::FutureTimesRepair &repaired)
    {
        QStringList ids;
        for (const qint64 id : repaired.assessments)
            ids.append(QString::number(id));
        return tr("%1 change time(s) in assessment(s) %2 were more than a day ahead of this "
                  "computer's clock, imported from a file written on a computer whose clock was "
                  "wrong; they are now %3, the time of this repair, so that later changes count "
                  "again.")
            .arg(repaired.times)
            .arg(ids.join(QLatin1String(", ")),
                 repaired.repairedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    }

    // Runs work inside one transaction: committed when it returns true, rolled back otherwise.
    template<typename Work>
    bool inTransaction(const QString &doing, StoreError *error, Work work)
    {
        QSqlDatabase database = db();
        if (!database.transaction()) {
            setError(error, failure(database.lastError(), doing));
            return false;
        }
        if (!work()) {
            database.rollback();
            return false;
        }
        if (!database.commit()) {
            setError(error, failure(database.lastError(), doing));
            database.rollback();
            return false;
        }
        return true;
    }

    // Prepares, binds and runs one statement; on failure fills error and returns false.
    bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, const QString &doing,
             StoreError *error)
    {
        if (!query.prepare(sql)) {
            setError(error, failure(query.lastError(), doing));
            return false;
        }
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec()) {
            setError(error, failure(query.lastError(), doing));
            return false;
        }
        return true;
    }

    bool insertAnswer(qint64 assessmentId, const QString &questionId, const Answer &answer,
                      StoreError *error)
    {
        if (!answerUpsert) {
            auto query = std::make_unique<QSqlQuery>(db());
            if (!query->prepare(QStringLiteral(
                    "INSERT INTO answer (assessment_id, question_id, rating, evidence, note, "
                    "flagged, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (assessment_id, question_id) DO UPDATE SET "
                    "rating = excluded.rating, evidence = excluded.evidence, "
                    "note = excluded.note, flagged = excluded.flagged, "
                    "updated_at = excluded.updated_at"))) {
                setError(error, failure(query->lastError(), tr("saving an answer")));
                return false;
            }
            answerUpsert = std::move(query);
        }
        const QVariantList values = {assessmentId,
                                     text(questionId),
                                     ratingValueFor(answer.rating),
                                     text(answer.evidence),
                                     text(answer.note),
                                     answer.flagged ? 1 : 0,
                                     timestamp(answer.updated)};
        for (int i = 0; i < values.size(); ++i)
            answerUpsert->bindValue(i, values.at(i));
        if (!answerUpsert->exec()) {
            setError(error, failure(answerUpsert->lastError(), tr("saving an answer")));
            return false;
        }
        return true;
    }

    bool insertAction(qint64 assessmentId, Action &action, StoreError *error)
    {
        QSqlQuery query(db());
        // An action that already has an id (a removal being undone) comes back under that id.
        QVariant explicitId =
            action.id > 0 ? QVariant(action.id) : QVariant(QMetaType(QMetaType::LongLong));
        if (!run(query,
                 QStringLiteral("INSERT INTO action (id, assessment_id, question_id, what, who, "
                                "due_on, status) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                 {explicitId, assessmentId, text(action.questionId), text(action.what),
                  text(action.who), dateValue(action.due), actionStatusKey(action.status)},
                 tr("adding an action"), error)) {
            return false;
        }
        if (!query.next()) {
            setError(error, failure(query.lastError(), tr("adding an action")));
            return false;
        }
        action.id = query.value(0).toLongLong();
        return true;
    }

    // Makes an assessment a participant of a workshop (joining twice changes nothing) and marks
    // the workshop changed; false with InvalidInput when there is no such workshop.
    bool joinWorkshop(qint64 workshopId, qint64 assessmentId, StoreError *error)
    {
        QSqlQuery query(db());
        if (!run(query, QStringLiteral("UPDATE workshop SET updated_at = ? WHERE id = ?"),
                 {timestamp(QDateTime::currentDateTimeUtc()), workshopId},
                 tr("adding a participant"), error)) {
            return false;
        }
        if (query.numRowsAffected() == 0) {
            setError(error, makeError(StoreError::Kind::InvalidInput,
                                      tr("There is no workshop %1 in this database.").arg(workshopId)));
            return false;
        }
        return run(query,
                   QStringLiteral("INSERT INTO workshop_participant (workshop_id, assessment_id) "
                                  "VALUES (?, ?) ON CONFLICT DO NOTHING"),
                   {workshopId, assessmentId}, tr("adding a participant"), error);
    }

    // Marks the assessment as changed at `when`; false with InvalidInput when there is no such
    // assessment, which is also how callers learn that an id is unknown.
    bool touch(qint64 assessmentId, const QDateTime &when, StoreError *error)
    {
        QSqlQuery query(db());
        if (!run(query, QStringLiteral("UPDATE assessment SET updated_at = ? WHERE id = ?"),
                 {timestamp(when), assessmentId}, tr("saving a change"), error)) {
            return false;
        }
        if (query.numRowsAffected() == 0) {
            setError(
                error,
                makeError(StoreError::Kind::InvalidInput,
                          tr("There is no assessment %1 in this database.").arg(assessmentId)));
            return false;
        }
        return true;
    }
};

AssessmentStore::AssessmentStore()
    : d(std::make_unique<Private>())
{
}

AssessmentStore::~AssessmentStore()
{
    close();
}

QString AssessmentStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/waymark.db");
}

bool AssessmentStore::isOpen() const
{
    return !d->connection.isEmpty();
}

void AssessmentStore::close()
{
    if (d->connection.isEmpty())
        return;
    d->answerUpsert.reset();
    {
        QSqlDatabase database = d->db();
        database.close();
    }
    QSqlDatabase::removeDatabase(d->connection);
    d->connection.clear();
    d->lock.reset();
    d->path.clear();
    m_path.clear();
    m_warning.clear();
}

QString AssessmentStore::resolvePath(const QString &path)
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

bool AssessmentStore::open(const QString &path, OpenMode mode, StoreError *error)
{
    close();
    if (path.isEmpty()) {
        setError(error, makeError(StoreError::Kind::CannotOpen, tr("No database was named.")));
        return false;
    }
    StoreError failure;
    // Everything below acts on the real file, whatever name (symlink) it was given by.
    const QString absolute = resolvePath(path);
    const QFileInfo file(absolute);
    const bool exists = file.exists();

    // 1. What is there, checked before anything is written: a missing file only when the caller
    //    means to start a database, otherwise at least an SQLite file.
    bool empty = false;
    if (!exists) {
        if (mode == OpenMode::ExistingOnly) {
            setError(error, missingDatabase(path));
            return false;
        }
        if (!file.dir().exists()) {
            setError(error,
                     makeError(StoreError::Kind::CannotOpen,
                               tr("Cannot create the database %1: the folder %2 does not "
                                  "exist.")
                                   .arg(absolute, QDir::toNativeSeparators(file.absolutePath()))));
            return false;
        }
    } else {
        if (!file.isReadable()) {
            setError(
                error,
                makeError(StoreError::Kind::CannotOpen,
                          tr("Cannot read the database %1: permission denied.").arg(absolute)));
            return false;
        }
        if (!Sqlite::hasSqliteHeader(absolute, &empty)) {
            setError(error, makeError(StoreError::Kind::NotWaymark,
                                      tr("%1 is not a Waymark database (it is not a database "
                                         "file at all). Choose a Waymark database, or a new "
                                         "file name to start one.")
                                          .arg(absolute)));
            return false;
        }
        // An empty file becomes a database only when one is being started: reading a listing
        // must not write a schema into a file that happens to be empty.
        if (empty && mode == OpenMode::ExistingOnly) {
            setError(error,
                     makeError(StoreError::Kind::NotWaymark,
                               tr("%1 is an empty file, not a Waymark database.").arg(absolute)));
            return false;
        }
    }

    // 2. One Waymark at a time: a second one writing the same answers would confuse a member.
    QStringList notes;
    bool lockPrivate = true;
    std::unique_ptr<QLockFile> lock = takeLock(absolute, &notes, &lockPrivate, error);
    if (!lock)
        return false;

    // 3. A new database, or an empty file becoming one, is made owner-only before SQLite writes
    //    a byte into it. A database that can be written again after being opened read-only
    //    gets its -wal and -shm back too.
    bool created = false;
    bool dataPrivate = true;
    if (!exists) {
        QFile newFile(absolute);
        if (!newFile.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            const bool readOnly = newFile.error() == QFileDevice::OpenError &&
                                  !QFileInfo(file.absolutePath()).isWritable();
            setError(
                error,
                makeError(
                    readOnly ? StoreError::Kind::ReadOnly : StoreError::Kind::CannotOpen,
                    tr("Cannot create the database %1: %2").arg(absolute, newFile.errorString())));
            return false;
        }
        newFile.close();
        created = true;
        dataPrivate = makePrivate(absolute);
    } else if (empty) {
        dataPrivate = makePrivate(absolute);
    } else if (file.isWritable()) {
        Sqlite::makeSideFilesWritable(absolute);
    }
    // A disk that does not keep permissions (FAT, exFAT, many network shares) is no reason to
    // keep a member from their answers, but they must know who else can read them.
    if (!lockPrivate || !dataPrivate)
        notes.append(notPrivateNote(absolute));

    const QString connection = newConnectionName();
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        database.setDatabaseName(absolute);
        database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
        d->connection = connection;
        d->path = absolute;
        d->lock = std::move(lock);
        m_path = absolute;
        if (!database.open()) {
            failure = Sqlite::errorFrom(database.lastError(), tr("opening the database"));
        }
    }
    if (!failure.isError())
        failure = checkAndPrepare(created);
    if (failure.isError()) {
        if (!failure.message.contains(absolute))
            failure.message = QStringLiteral("%1: %2").arg(absolute, failure.message);
        const QStringList saved = backups(absolute);
        if (failure.kind == StoreError::Kind::Corrupt && !saved.isEmpty() &&
            !failure.message.contains(saved.constFirst()))
            failure.message +=
                QLatin1Char(' ') + tr("The latest backup is %1.").arg(saved.constFirst());
        close();
        if (created)
            QFile::remove(absolute);
        setError(error, failure);
        return false;
    }
    if (!m_warning.isEmpty())
        notes.append(m_warning);
    m_warning = notes.join(QLatin1Char('\n'));
    return true;
}

StoreError AssessmentStore::checkAndPrepare(bool created)
{
    QSqlDatabase database = d->db();
    StoreError error;
    // Reads only, until every check has passed.
    Sqlite::FileFacts facts;
    if (!Sqlite::readFacts(database, &facts, &error))
        return error;
    const int tables = facts.tables;
    const int appId = facts.applicationId;
    const int version = facts.userVersion;
    if (tables > 0 && appId != Sqlite::ApplicationId) {
        return makeError(StoreError::Kind::NotWaymark,
                         tr("%1 is a database, but not a Waymark one. Choose a Waymark database, "
                            "or a new file name to start one.")
                             .arg(m_path));
    }
    if (version > SchemaVersion) {
        return makeError(StoreError::Kind::TooNew,
                         tr("%1 was written by a newer version of Waymark (database version %2; "
                            "this version understands up to %3). Update Waymark to open it.")
                             .arg(m_path)
                             .arg(version)
                             .arg(SchemaVersion));
    }
    // The integrity check reads the whole file (over 100 ms for 1,000 assessments), so it runs
    // once a day, before the daily backup, rather than on every open; damage met in between is
    // reported by SQLite as it is read. Either way the file is left exactly as it is.
    const bool backupDue = !created && tables > 0 && dailyBackupDue();
    if (backupDue) {
        const QString check = Sqlite::integrityCheck(database, true);
        if (check != QLatin1String("ok")) {
            return makeError(
                StoreError::Kind::Corrupt,
                tr("%1 is damaged (%2). It has been left as it is.").arg(m_path, check));
        }
    }

    // A backup of the old structure before any migration changes it.
    if (version > 0 && version < SchemaVersion && !writeBackup(nullptr, &error))
        return error;
    if (!Sqlite::configure(database, &error))
        return error;
    Sqlite::FutureTimesRepair repaired;
    if (version < SchemaVersion &&
        !Sqlite::createOrMigrate(database, version, SchemaVersion, &error, &repaired))
        return error;
    if (repaired.times > 0)
        addWarning(Private::futureTimesNote(repaired));
    // The daily backup is a safety net, not a condition of use: a member on a nearly full disk
    // must still reach their answers, so a failed backup becomes a warning.
    if (backupDue && !writeBackup(nullptr, &error))
        addWarning(tr("The daily backup could not be written: %1").arg(error.message));
    return StoreError::none();
}

void AssessmentStore::addWarning(const QString &note)
{
    // One note per line, as open() joins the notes it gathers before these checks.
    m_warning += (m_warning.isEmpty() ? QString() : QStringLiteral("\n")) + note;
}

bool AssessmentStore::createAssessment(AssessmentInfo &info, StoreError *error)
{
    if (!isOpen()) {
        setError(error, makeError(StoreError::Kind::CannotOpen, tr("No database is open.")));
        return false;
    }
    AssessmentInfo stored = info;
    if (stored.uid.isEmpty())
        stored.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!stored.created.isValid())
        stored.created = now;
    if (!stored.updated.isValid())
        stored.updated = stored.created;
    QSqlQuery query(d->db());
    if (!d->run(query,
                QStringLiteral("INSERT INTO assessment (uid, title, authority, respondent, role, "
                               "assessed_on, bank_id, bank_version, created_at, updated_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                {stored.uid, text(stored.title), text(stored.authority), text(stored.respondent),
                 stored.roleId, dateValue(stored.date), text(stored.bankId),
                 text(stored.bankVersion), timestamp(stored.created), timestamp(stored.updated)},
                tr("adding an assessment"), error) ||
        !query.next()) {
        if (query.lastError().isValid())
            setError(error, d->failure(query.lastError(), tr("adding an assessment")));
        return false;
    }
    stored.id = query.value(0).toLongLong();
    info = stored;
    return true;
}

QList<AssessmentSummary> AssessmentStore::listAssessments(StoreError *error, int limit)
{
    QList<AssessmentSummary> list;
    if (!isOpen())
        return list;
    QSqlQuery query(d->db());
    query.setForwardOnly(true);
    if (!d->run(query,
                QStringLiteral("SELECT a.id, a.uid, a.title, a.authority, a.respondent, a.role, "
                               "a.assessed_on, a.bank_id, a.bank_version, a.created_at, "
                               "a.updated_at, (SELECT count(*) FROM answer w WHERE "
                               "w.assessment_id = a.id AND w.rating IS NOT NULL) "
                               "FROM assessment a ORDER BY a.updated_at DESC, a.id DESC") +
                    (limit >= 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()),
                {}, tr("listing the assessments"), error)) {
        return list;
    }
    while (query.next()) {
        AssessmentSummary summary;
        summary.info = infoFromRow(query);
        summary.answered = query.value(11).toInt();
        list.append(summary);
    }
    if (!d->readToEnd(query, tr("listing the assessments"), error))
        list.clear();
    return list;
}

int AssessmentStore::countAssessments(StoreError *error)
{
    if (!isOpen())
        return 0;
    QSqlQuery query(d->db());
    if (!d->run(query, QStringLiteral("SELECT count(*) FROM assessment"), {},
                tr("counting the assessments"), error)) {
        return 0;
    }
    return query.next() ? query.value(0).toInt() : 0;
}

std::optional<Assessment> AssessmentStore::loadAssessment(qint64 id, StoreError *error)
{
    if (!isOpen())
        return std::nullopt;
    Assessment assessment;
    QSqlQuery query(d->db());
    query.setForwardOnly(true);
    if (!d->run(query,
                QStringLiteral("SELECT %1 FROM assessment WHERE id = ?").arg(AssessmentColumns),
                {id}, tr("reading an assessment"), error)) {
        return std::nullopt;
    }
    if (!query.next()) {
        if (d->readToEnd(query, tr("reading an assessment"), error)) {
            setError(error, makeError(StoreError::Kind::InvalidInput,
                                      tr("There is no assessment %1 in this database.").arg(id)));
        }
        return std::nullopt;
    }
    assessment.info = infoFromRow(query);

    if (!d->run(query,
                QStringLiteral("SELECT question_id, rating, evidence, note, flagged, updated_at "
                               "FROM answer WHERE assessment_id = ?"),
                {id}, tr("reading answers"), error)) {
        return std::nullopt;
    }
    assessment.answers.reserve(128);
    while (query.next()) {
        Answer answer;
        answer.rating = ratingFromKey(query.value(1).toString()).value_or(Rating::Unanswered);
        answer.evidence = query.value(2).toString();
        answer.note = query.value(3).toString();
        answer.flagged = query.value(4).toInt() != 0;
        answer.updated = parseTimestamp(query.value(5));
        // A row with nothing in it is a clear (saveAnswer()).
        assessment.setAnswer(query.value(0).toString(), answer);
    }
    if (!d->readToEnd(query, tr("reading answers"), error))
        return std::nullopt;

    if (!d->run(query,
                QStringLiteral("SELECT id, question_id, what, who, due_on, status FROM action "
                               "WHERE assessment_id = ? ORDER BY id"),
                {id}, tr("reading the action plan"), error)) {
        return std::nullopt;
    }
    while (query.next()) {
        Action action;
        action.id = query.value(0).toLongLong();
        action.questionId = query.value(1).toString();
        action.what = query.value(2).toString();
        action.who = query.value(3).toString();
        action.due = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        action.status =
            actionStatusFromKey(query.value(5).toString()).value_or(ActionStatus::NotStarted);
        assessment.actions.append(action);
    }
    if (!d->readToEnd(query, tr("reading the action plan"), error))
        return std::nullopt;
    return assessment;
}

bool AssessmentStore::updateInfo(const AssessmentInfo &info, StoreError *error)
{
    return d->inTransaction(tr("saving the assessment's details"), error, [&] {
        QSqlQuery query(d->db());
        if (!d->run(
                query,
                QStringLiteral("UPDATE assessment SET title = ?, authority = ?, respondent = ?, "
                               "role = ?, assessed_on = ? WHERE id = ?"),
                {text(info.title), text(info.authority), text(info.respondent), info.roleId,
                 dateValue(info.date), info.id},
                tr("saving the assessment's details"), error)) {
            return false;
        }
        return d->touch(info.id, QDateTime::currentDateTimeUtc(), error);
    });
}

bool AssessmentStore::deleteAssessment(qint64 id, StoreError *error)
{
    return d->inTransaction(tr("deleting an assessment"), error, [&] {
        QSqlQuery query(d->db());
        if (!d->run(query, QStringLiteral("DELETE FROM assessment WHERE id = ?"), {id},
                    tr("deleting an assessment"), error)) {
            return false;
        }
        if (query.numRowsAffected() == 0) {
            setError(error, makeError(StoreError::Kind::InvalidInput,
                                      tr("There is no assessment %1 in this database.").arg(id)));
            return false;
        }
        return true;
    });
}

bool AssessmentStore::saveAnswer(qint64 assessmentId, const QString &questionId,
                                 const Answer &answer, StoreError *error)
{
    Answer stamped = answer;
    if (!stamped.updated.isValid())
        stamped.updated = QDateTime::currentDateTimeUtc();
    // An empty answer is kept as a row with nothing in it, stamped like any change: deleting the
    // row would lose the fact and the time of the clear, and the next exchange file would leave
    // the question out, so that other machines kept the old rating.
    return d->inTransaction(tr("saving an answer"), error, [&] {
        return d->touch(assessmentId, stamped.updated, error) &&
               d->insertAnswer(assessmentId, questionId, stamped, error);
    });
}

bool AssessmentStore::addAction(qint64 assessmentId, Action &action, StoreError *error)
{
    Action added = action;
    const bool ok = d->inTransaction(tr("adding an action"), error, [&] {
        return d->touch(assessmentId, QDateTime::currentDateTimeUtc(), error) &&
               d->insertAction(assessmentId, added, error);
    });
    if (ok)
        action = added;
    return ok;
}

bool AssessmentStore::updateAction(qint64 assessmentId, const Action &action, StoreError *error)
{
    return d->inTransaction(tr("saving an action"), error, [&] {
        QSqlQuery query(d->db());
        if (!d->run(
                query,
                QStringLiteral("UPDATE action SET question_id = ?, what = ?, who = ?, due_on = ?, "
                               "status = ? WHERE id = ? AND assessment_id = ?"),
                {text(action.questionId), text(action.what), text(action.who),
                 dateValue(action.due), actionStatusKey(action.status), action.id, assessmentId},
                tr("saving an action"), error)) {
            return false;
        }
        if (query.numRowsAffected() == 0) {
            setError(error, makeError(StoreError::Kind::InvalidInput,
                                      tr("There is no action %1 in assessment %2.")
                                          .arg(action.id)
                                          .arg(assessmentId)));
            return false;
        }
        return d->touch(assessmentId, QDateTime::currentDateTimeUtc(), error);
    });
}

bool AssessmentStore::removeAction(qint64 assessmentId, qint64 actionId, StoreError *error)
{
    return d->inTransaction(tr("removing an action"), error, [&] {
        QSqlQuery query(d->db());
        if (!d->run(query, QStringLiteral("DELETE FROM action WHERE id = ? AND assessment_id = ?"),
                    {actionId, assessmentId}, tr("removing an action"), error)) {
            return false;
        }
        if (query.numRowsAffected() == 0) {
            setError(
                error,
                makeError(
                    StoreError::Kind::InvalidInput,
                    tr("There is no action %1 in assessment %2.").arg(actionId).arg(assessmentId)));
            return false;
        }
        return d->touch(assessmentId, QDateTime::currentDateTimeUtc(), error);
    });
}

std::optional<ImportOutcome> AssessmentStore::importAssessment(const Assessment &incoming,
                                                               StoreError *error,
                                                               qint64 joinWorkshop)
{
    if (!isOpen())
        return std::nullopt;
    ImportOutcome outcome;
    // Takes the file's answers and clears where they are newer than what the database holds for
    // the question (an answer or a clear, both rows of the answer table); storedTimes follows
    // what is written, so the later of the two wins wherever they meet.
    // An answer without a time takes undated, the time of the file's assessment.
    const auto takeAnswersAndClears = [&](QHash<QString, QDateTime> storedTimes,
                                          const QDateTime &undated) -> bool {
        const auto isNewer = [&storedTimes](const QString &questionId, const QDateTime &time) {
            const auto stored = storedTimes.constFind(questionId);
            return stored == storedTimes.constEnd() || time > *stored;
        };
        for (auto it = incoming.answers.constBegin(); it != incoming.answers.constEnd(); ++it) {
            Answer taken = it.value();
            // A version 1 file may hold an answer with nothing in it; it never meant a clear.
            if (taken.isEmpty())
                continue;
            // A stored answer has a time of its own, which an answer without one never beats.
            if (!taken.updated.isValid()) {
                if (storedTimes.contains(it.key()))
                    continue;
                taken.updated = undated;
            }
            if (!isNewer(it.key(), taken.updated))
                continue;
            if (!d->insertAnswer(outcome.id, it.key(), taken, error))
                return false;
            storedTimes.insert(it.key(), taken.updated);
            ++outcome.answersTaken;
        }
        for (auto it = incoming.cleared.constBegin(); it != incoming.cleared.constEnd(); ++it) {
            // Recorded even where nothing is stored, so that an older answer met later loses.
            if (!it.value().isValid() || !isNewer(it.key(), it.value()))
                continue;
            Answer clear;
            clear.updated = it.value();
            if (!d->insertAnswer(outcome.id, it.key(), clear, error))
                return false;
            storedTimes.insert(it.key(), it.value());
            ++outcome.clearsTaken;
        }
        return true;
    };
    // Adds or merges the assessment; the caller runs it inside the transaction.
    const auto merge = [&]() -> bool {
        QSqlQuery query(d->db());
        if (!d->run(query, QStringLiteral("SELECT id, updated_at FROM assessment WHERE uid = ?"),
                    {incoming.info.uid}, tr("importing an assessment"), error)) {
            return false;
        }
        if (!query.next()) {
            AssessmentInfo info = incoming.info;
            info.id = 0;
            if (!createAssessment(info, error))
                return false;
            outcome.id = info.id;
            outcome.created = true;
            if (!takeAnswersAndClears({}, info.updated))
                return false;
            for (Action action : incoming.actions) {
                action.id = 0; // ids are this database's own
                if (!d->insertAction(info.id, action, error))
                    return false;
            }
            return true;
        }

        // The same assessment, met again: the later change wins, question by question.
        outcome.id = query.value(0).toLongLong();
        const QDateTime storedUpdated = parseTimestamp(query.value(1));
        QHash<QString, QDateTime> storedTimes;
        if (!d->run(query,
                    QStringLiteral(
                        "SELECT question_id, updated_at FROM answer WHERE assessment_id = ?"),
                    {outcome.id}, tr("importing an assessment"), error)) {
            return false;
        }
        while (query.next())
            storedTimes.insert(query.value(0).toString(), parseTimestamp(query.value(1)));
        if (!d->readToEnd(query, tr("importing an assessment"), error))
            return false;
        if (!takeAnswersAndClears(storedTimes, incoming.info.updated.isValid()
                                                   ? incoming.info.updated
                                                   : QDateTime::currentDateTimeUtc()))
            return false;
        if (incoming.info.updated > storedUpdated) {
            const AssessmentInfo &info = incoming.info;
            if (!d->run(query,
                        QStringLiteral("UPDATE assessment SET title = ?, authority = ?, "
                                       "respondent = ?, role = ?, assessed_on = ?, bank_id = ?, "
                                       "bank_version = ?, updated_at = ? WHERE id = ?"),
                        {text(info.title), text(info.authority), text(info.respondent), info.roleId,
                         dateValue(info.date), text(info.bankId), text(info.bankVersion),
                         timestamp(info.updated), outcome.id},
                        tr("importing an assessment"), error) ||
                !d->run(query, QStringLiteral("DELETE FROM action WHERE assessment_id = ?"),
                        {outcome.id}, tr("importing an assessment"), error)) {
                return false;
            }
            for (Action action : incoming.actions) {
                action.id = 0; // ids are this database's own
                if (!d->insertAction(outcome.id, action, error))
                    return false;
            }
        }
        return true;
    };
    const bool ok = d->inTransaction(tr("importing an assessment"), error, [&] {
        return merge() &&
               (joinWorkshop == 0 || d->joinWorkshop(joinWorkshop, outcome.id, error));
    });
    if (!ok)
        return std::nullopt;
    return outcome;
}

namespace {

const QString WorkshopColumns = QStringLiteral(
    "id, uid, name, authority, held_on, facilitator, bank_id, bank_version, created_at, "
    "updated_at");

WorkshopInfo workshopFromRow(const QSqlQuery &query)
{
    WorkshopInfo info;
    info.id = query.value(0).toLongLong();
    info.uid = query.value(1).toString();
    info.name = query.value(2).toString();
    info.authority = query.value(3).toString();
    info.heldOn = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    info.facilitator = query.value(5).toString();
    info.bankId = query.value(6).toString();
    info.bankVersion = query.value(7).toString();
    info.created = parseTimestamp(query.value(8));
    info.updated = parseTimestamp(query.value(9));
    return info;
}

StoreError noSuchWorkshop(qint64 id)
{
    return makeError(StoreError::Kind::InvalidInput,
                     tr("There is no workshop %1 in this database.").arg(id));
}

} // namespace

bool AssessmentStore::createWorkshop(WorkshopInfo &info, StoreError *error)
{
    if (!isOpen()) {
        setError(error, makeError(StoreError::Kind::CannotOpen, tr("No database is open.")));
        return false;
    }
    WorkshopInfo stored = info;
    if (stored.uid.isEmpty())
        stored.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!stored.created.isValid())
        stored.created = now;
    stored.updated = stored.created;
    QSqlQuery query(d->db());
    if (!d->run(query,
                QStringLiteral("INSERT INTO workshop (uid, name, authority, held_on, facilitator, "
                               "bank_id, bank_version, created_at, updated_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                {stored.uid, text(stored.name), text(stored.authority), dateValue(stored.heldOn),
                 text(stored.facilitator), text(stored.bankId), text(stored.bankVersion),
                 timestamp(stored.created), timestamp(stored.updated)},
                tr("adding a workshop"), error) ||
        !query.next()) {
        if (query.lastError().isValid())
            setError(error, d->failure(query.lastError(), tr("adding a workshop")));
        return false;
    }
    stored.id = query.value(0).toLongLong();
    info = stored;
    return true;
}

QList<WorkshopInfo> AssessmentStore::listWorkshops(StoreError *error)
{
    QList<WorkshopInfo> list;
    if (!isOpen())
        return list;
    QSqlQuery query(d->db());
    query.setForwardOnly(true);
    if (!d->run(query,
                QStringLiteral("SELECT %1 FROM workshop ORDER BY updated_at DESC, id DESC")
                    .arg(WorkshopColumns),
                {}, tr("listing workshops"), error)) {
        return list;
    }
    while (query.next())
        list.append(workshopFromRow(query));
    d->readToEnd(query, tr("listing workshops"), error);
    return list;
}

std::optional<Workshop> AssessmentStore::loadWorkshop(qint64 id, StoreError *error)
{
    if (!isOpen())
        return std::nullopt;
    Workshop workshop;
    QSqlQuery query(d->db());
    query.setForwardOnly(true);
    if (!d->run(query,
                QStringLiteral("SELECT %1 FROM workshop WHERE id = ?").arg(WorkshopColumns), {id},
                tr("reading a workshop"), error)) {
        return std::nullopt;
    }
    if (!query.next()) {
        if (d->readToEnd(query, tr("reading a workshop"), error))
            setError(error, noSuchWorkshop(id));
        return std::nullopt;
    }
    workshop.info = workshopFromRow(query);

    QList<qint64> participantIds;
    if (!d->run(query,
                QStringLiteral("SELECT assessment_id FROM workshop_participant "
                               "WHERE workshop_id = ? ORDER BY assessment_id"),
                {id}, tr("reading a workshop's participants"), error)) {
        return std::nullopt;
    }
    while (query.next())
        participantIds.append(query.value(0).toLongLong());
    if (!d->readToEnd(query, tr("reading a workshop's participants"), error))
        return std::nullopt;

    if (!d->run(query,
                QStringLiteral("SELECT question_id, rating, note, updated_at FROM consensus "
                               "WHERE workshop_id = ?"),
                {id}, tr("reading the agreed answers"), error)) {
        return std::nullopt;
    }
    while (query.next()) {
        AgreedAnswer agreed;
        agreed.rating = ratingFromKey(query.value(1).toString()).value_or(Rating::Unanswered);
        agreed.note = query.value(2).toString();
        agreed.updated = parseTimestamp(query.value(3));
        workshop.agreed.insert(query.value(0).toString(), agreed);
    }
    if (!d->readToEnd(query, tr("reading the agreed answers"), error))
        return std::nullopt;
    query.finish();

    for (const qint64 participant : std::as_const(participantIds)) {
        std::optional<Assessment> loaded = loadAssessment(participant, error);
        if (!loaded)
            return std::nullopt;
        workshop.participants.append(std::move(*loaded));
    }
    return workshop;
}

bool AssessmentStore::addParticipant(qint64 workshopId, qint64 assessmentId, StoreError *error)
{
    return d->inTransaction(tr("adding a participant"), error,
                            [&] { return d->joinWorkshop(workshopId, assessmentId, error); });
}

bool AssessmentStore::removeParticipant(qint64 workshopId, qint64 assessmentId,
                                        StoreError *error)
{
    return d->inTransaction(tr("removing a participant"), error, [&] {
        QSqlQuery query(d->db());
        if (!d->run(query,
                    QStringLiteral("DELETE FROM workshop_participant WHERE workshop_id = ? AND "
                                   "assessment_id = ?"),
                    {workshopId, assessmentId}, tr("removing a participant"), error)) {
            return false;
        }
        if (query.numRowsAffected() == 0) {
            setError(error, makeError(StoreError::Kind::InvalidInput,
                                      tr("Assessment %1 is not a participant of workshop %2.")
                                          .arg(assessmentId)
                                          .arg(workshopId)));
            return false;
        }
        return d->run(query, QStringLiteral("UPDATE workshop SET updated_at = ? WHERE id = ?"),
                      {timestamp(QDateTime::currentDateTimeUtc()), workshopId},
                      tr("removing a participant"), error);
    });
}

bool AssessmentStore::saveAgreed(qint64 workshopId, const QString &questionId,
                                 const AgreedAnswer &agreed, StoreError *error)
{
    const QDateTime when =
        agreed.updated.isValid() ? agreed.updated : QDateTime::currentDateTimeUtc();
    return d->inTransaction(tr("saving an agreed rating"), error, [&] {
        QSqlQuery query(d->db());
        if (!d->run(query, QStringLiteral("UPDATE workshop SET updated_at = ? WHERE id = ?"),
                    {timestamp(when), workshopId}, tr("saving an agreed rating"), error)) {
            return false;
        }
        if (query.numRowsAffected() == 0) {
            setError(error, noSuchWorkshop(workshopId));
            return false;
        }
        if (agreed.rating == Rating::Unanswered && agreed.note.isEmpty()) {
            return d->run(query,
                          QStringLiteral("DELETE FROM consensus WHERE workshop_id = ? AND "
                                         "question_id = ?"),
                          {workshopId, questionId}, tr("clearing an agreed rating"), error);
        }
        return d->run(query,
                      QStringLiteral("INSERT INTO consensus (workshop_id, question_id, rating, "
                                     "note, updated_at) VALUES (?, ?, ?, ?, ?) "
                                     "ON CONFLICT (workshop_id, question_id) DO UPDATE SET "
                                     "rating = excluded.rating, note = excluded.note, "
                                     "updated_at = excluded.updated_at"),
                      {workshopId, questionId, ratingValueFor(agreed.rating), text(agreed.note),
                       timestamp(when)},
                      tr("saving an agreed rating"), error);
    });
}

QString AssessmentStore::backupFolder(const QString &databasePath)
{
    const QFileInfo file(resolvePath(databasePath));
    return file.absolutePath() + QLatin1Char('/') + file.completeBaseName() +
           QStringLiteral("-backups");
}

ProtectedFiles AssessmentStore::ownFiles() const
{
    return isOpen() ? ownFiles(m_path) : ProtectedFiles();
}

ProtectedFiles AssessmentStore::ownFiles(const QString &databasePath)
{
    // Everything is beside the real file, whatever name the database was opened by; a symbolic
    // link to any of these is followed when an output is compared with them.
    ProtectedFiles own;
    own.database = resolvePath(databasePath);
    own.files.append(own.database); // the database itself first
    for (const char *suffix : {"-journal", "-wal", "-shm", ".lock"})
        own.files.append(own.database + QLatin1String(suffix));
    // What restoreBackup() kept: earlier databases, and their logs.
    const QFileInfo file(own.database);
    const QStringList kept = file.dir().entryList({file.fileName() + QStringLiteral(".replaced-*")},
                                                  QDir::Files | QDir::Hidden);
    for (const QString &each : kept)
        own.files.append(file.dir().filePath(each));
    own.folders.append(backupFolder(own.database));
    return own;
}

QStringList AssessmentStore::backups(const QString &databasePath)
{
    const QDir folder(backupFolder(databasePath));
    QStringList paths;
    // Names carry a sortable UTC time, so name order is age order.
    const QStringList names = folder.entryList(
        {QFileInfo(resolvePath(databasePath)).completeBaseName() + QStringLiteral("-*.db")},
        QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &name : names)
        paths.append(folder.absoluteFilePath(name));
    return paths;
}

bool AssessmentStore::backupNow(QString *backupPath, StoreError *error)
{
    return writeBackup(backupPath, error);
}

bool AssessmentStore::writeBackup(QString *backupPath, StoreError *error)
{
    if (!isOpen())
        return false;
    const QString folder = backupFolder(m_path);
    if (!QDir().mkpath(folder)) {
        setError(error, makeError(StoreError::Kind::ReadOnly,
                                  tr("Cannot make the backup folder %1.").arg(folder)));
        return false;
    }
    QFile::setPermissions(folder, OwnerOnly | QFileDevice::ExeOwner);
    const QString target =
        folder + QLatin1Char('/') + QFileInfo(m_path).completeBaseName() + QLatin1Char('-') +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) +
        QStringLiteral(".db");
    QSqlDatabase database = d->db();
    StoreError failure;
    if (!Sqlite::vacuumInto(database, target, &failure)) {
        QFile::remove(target);
        setError(error, failure);
        return false;
    }
    QFile::setPermissions(target, OwnerOnly);
    const QStringList all = backups(m_path);
    for (int i = BackupsKept; i < all.size(); ++i)
        QFile::remove(all.at(i));
    if (backupPath)
        *backupPath = target;
    return true;
}

bool AssessmentStore::dailyBackupDue() const
{
    // The newest backup file says when the last one was taken: nothing is written to the
    // database to keep track, so opening it to read never changes it.
    const QStringList saved = backups(m_path);
    if (saved.isEmpty())
        return true;
    const QDateTime last = QFileInfo(saved.constFirst()).lastModified();
    return last.secsTo(QDateTime::currentDateTime()) >= 24 * 60 * 60;
}

namespace {

// Makes what was written to file reach the disk before it is renamed into place: a rename that
// reaches the disk before the data would, after a power cut, leave an empty database.
bool syncToDisk(QFileDevice &file, QString *reason)
{
    if (!file.flush()) {
        *reason = file.errorString();
        return false;
    }
#ifdef Q_OS_UNIX
    if (::fsync(file.handle()) != 0) {
        *reason = qt_error_string(errno);
        return false;
    }
#endif
    return true;
}

// Makes a rename in folder reach the disk (best effort: not every file system can).
void syncFolder(const QString &folder)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder);
#endif
}

// NAME.replaced-TIMESTAMP, with a number added when a restore in the same second took it:
// a kept file is never overwritten.
QString keptName(const QString &databaseFile)
{
    const QString base =
        databaseFile + QStringLiteral(".replaced-") +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = base;
    for (int n = 2; QFileInfo::exists(name) || QFileInfo::exists(name + QStringLiteral("-wal"));
         ++n)
        name = base + QStringLiteral("-%1").arg(n);
    return name;
}

} // namespace

bool AssessmentStore::restoreBackup(const QString &backupPath, const QString &databasePath,
                                    StoreError *error, RestoreOutcome *outcome)
{
    RestoreOutcome done;
    const QString database = resolvePath(databasePath);
    // A backup that cannot be restored is invalid input (exit 2 from the CLI): the database is
    // fine, the file offered for it is not.
    const auto refuse = [&](const QString &why) {
        setError(error, makeError(StoreError::Kind::InvalidInput,
                                  tr("%1 cannot be restored: %2 %3 was left as it was.")
                                      .arg(native(backupPath), why, native(database))));
        return false;
    };
    if (databasePath.isEmpty()) {
        setError(error, makeError(StoreError::Kind::CannotOpen, tr("No database was named.")));
        return false;
    }
    // Restoring puts back a database that is there, or one that was deleted while its backups
    // were kept; anywhere else it would be starting a database under a mistyped name.
    if (!QFileInfo::exists(database) && !QFileInfo::exists(backupFolder(database))) {
        setError(error, missingDatabase(databasePath));
        return false;
    }
    if (!QFileInfo::exists(backupPath)) {
        setError(error, makeError(StoreError::Kind::InvalidInput,
                                  tr("There is no backup %1.").arg(native(backupPath))));
        return false;
    }
    if (resolvePath(backupPath) == database)
        return refuse(tr("it is the database itself."));

    // 1. Cheap checks on the file offered, before anything is copied or locked.
    QFile source;
    const BoundedFile::Result opened =
        BoundedFile::open(source, backupPath, BoundedFile::MaxDatabaseSize);
    if (opened.problem == BoundedFile::Problem::TooLarge) {
        return refuse(tr("it is larger than %1, more than any Waymark database holds.")
                          .arg(BoundedFile::sizeText(BoundedFile::MaxDatabaseSize)));
    }
    if (!opened.ok())
        return refuse(opened.message + QLatin1Char('.'));
    if (source.read(16) != QByteArray("SQLite format 3\0", 16))
        return refuse(tr("it is not a database file at all."));
    // A database's latest changes may still be in its write-ahead log (or a journal), which a
    // copy of the file alone would leave behind. (Its -shm is only an index of the log.)
    for (const QString &side : Sqlite::sideFiles(backupPath)) {
        if (!side.endsWith(QLatin1String("-shm")) && QFileInfo(side).size() > 0) {
            return refuse(tr("its latest changes are still in %1. Open it in Waymark once, so "
                             "that they are written into it, then restore it.")
                              .arg(native(side)));
        }
    }

    // 2. No Waymark may have the database open while it is replaced.
    bool lockPrivate = true;
    std::unique_ptr<QLockFile> lock = takeLock(database, &done.notes, &lockPrivate, error);
    if (!lock)
        return false;

    // 3. The copy, beside the database so that it can be renamed into place, owner-only from
    //    its first byte, and on the disk before it is checked. Unbuffered, so that a full disk
    //    is reported as one (a buffered flush that is cut short gives no reason).
    QFile copy(database + QStringLiteral(".restoring-") +
               QUuid::createUuid().toString(QUuid::Id128).left(12));
    auto removeCopy = qScopeGuard([&copy] { copy.remove(); });
    if (!copy.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered, OwnerOnly)) {
        removeCopy.dismiss(); // nothing was made, and a file of that name is not ours
        const bool readOnly = !QFileInfo(QFileInfo(database).absolutePath()).isWritable();
        setError(error,
                 makeError(readOnly ? StoreError::Kind::ReadOnly : StoreError::Kind::CannotOpen,
                           tr("Cannot write beside %1 to restore it: %2. Nothing was "
                              "changed.")
                               .arg(native(database), copy.errorString())));
        return false;
    }
    const auto writeFailed = [&](const QString &reason) {
        const bool full =
            copy.error() == QFileDevice::ResourceError || reason == qt_error_string(ENOSPC);
        setError(error, makeError(full ? StoreError::Kind::DiskFull : StoreError::Kind::Failed,
                                  full ? tr("The disk is full (while restoring %1). Nothing was "
                                            "changed; free some space and try again.")
                                             .arg(native(database))
                                       : tr("Cannot write the restored copy of %1: %2. Nothing was "
                                            "changed.")
                                             .arg(native(database), reason)));
        return false;
    };
    source.seek(0);
    while (!source.atEnd()) {
        const QByteArray piece = source.read(1024 * 1024);
        if (source.error() != QFileDevice::NoError)
            return refuse(tr("it cannot be read (%1).").arg(source.errorString()));
        // A disk that fills up takes part of a write first, then refuses the rest.
        for (qint64 written = 0; written < piece.size();) {
            const qint64 n = copy.write(piece.constData() + written, piece.size() - written);
            if (n <= 0)
                return writeFailed(copy.errorString());
            written += n;
        }
    }
    source.close();
    QString reason;
    if (!syncToDisk(copy, &reason))
        return writeFailed(reason);
    copy.close();

    // 4. The copy checked as strictly as an opened database, read-only and changing nothing.
    Sqlite::FileFacts facts;
    QString integrity;
    QString problem;
    if (!Sqlite::inspectFile(copy.fileName(), &facts, &integrity, &problem))
        return refuse(tr("SQLite cannot read it (%1).").arg(problem));
    if (facts.applicationId != Sqlite::ApplicationId || facts.userVersion < 1) {
        return refuse(facts.tables == 0 ? tr("it is an empty database, not a Waymark one.")
                                        : tr("it is a database, but not a Waymark one."));
    }
    if (facts.userVersion > SchemaVersion) {
        return refuse(tr("it was written by a newer version of Waymark (database version %1; "
                         "this version understands up to %2).")
                          .arg(facts.userVersion)
                          .arg(SchemaVersion));
    }
    if (integrity != QLatin1String("ok"))
        return refuse(tr("it is damaged (%1).").arg(integrity));

    // 5. The swap. The replaced database's -wal and -shm go with it first: left beside the
    //    restored file, SQLite would apply the old log to it. Any failure puts back what moved.
    const QString kept = keptName(database);
    QList<std::pair<QString, QString>> moved;
    const auto moveAside = [&](const QString &from, const QString &to) {
        QFile file(from);
        if (file.rename(to)) {
            moved.append({from, to});
            return true;
        }
        for (auto back = moved.crbegin(); back != moved.crend(); ++back)
            QFile::rename(back->second, back->first);
        setError(error, makeError(StoreError::Kind::ReadOnly,
                                  tr("Cannot rename %1 to %2 while restoring the backup: %3. "
                                     "Nothing was changed.")
                                      .arg(native(from), native(to), file.errorString())));
        return false;
    };
    const QStringList sides = Sqlite::sideFiles(database);
    const QStringList keptSides = Sqlite::sideFiles(kept);
    for (int i = 0; i < sides.size(); ++i) {
        if (QFileInfo::exists(sides.at(i)) && !moveAside(sides.at(i), keptSides.at(i)))
            return false;
    }
    const bool replacing = QFileInfo::exists(database);
    if (replacing && !moveAside(database, kept))
        return false;
    if (!moveAside(copy.fileName(), database))
        return false;
    removeCopy.dismiss();
    syncFolder(QFileInfo(database).absolutePath());

    if (replacing)
        done.keptAs = kept;
    if (!lockPrivate || !makePrivate(database))
        done.notes.append(notPrivateNote(database));
    if (outcome)
        *outcome = done;
    return true;
}

bool AssessmentStore::checkIntegrity(StoreError *error)
{
    if (!isOpen())
        return false;
    QSqlDatabase database = d->db();
    const QString result = Sqlite::integrityCheck(database, false);
    if (result == QLatin1String("ok"))
        return true;
    setError(error,
             makeError(StoreError::Kind::Corrupt, tr("%1 is damaged: %2").arg(m_path, result)));
    return false;
}

} // namespace Waymark
