#include "AssessmentStore.h"

#include "SqliteSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

#include <atomic>

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

// A null QString binds as SQL NULL; text columns are NOT NULL with '' for "nothing written".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
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
        const QVariantList values = {assessmentId,          questionId,
                                     ratingValueFor(answer.rating), text(answer.evidence),
                                     text(answer.note),     answer.flagged ? 1 : 0,
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

bool AssessmentStore::open(const QString &path, StoreError *error)
{
    close();
    StoreError failure;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QFileInfo file(absolute);

    // 1. The file: create it owner-only, or make sure it is at least an SQLite file. Nothing
    //    below writes to a file that fails a check.
    bool created = false;
    if (!file.exists()) {
        if (!file.dir().exists()) {
            setError(error,
                     makeError(StoreError::Kind::CannotOpen,
                               tr("Cannot create the database %1: the folder %2 does not "
                                  "exist.")
                                   .arg(absolute, QDir::toNativeSeparators(file.absolutePath()))));
            return false;
        }
        QFile newFile(absolute);
        if (!newFile.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            !newFile.setPermissions(OwnerOnly)) {
            const bool readOnly = newFile.error() == QFileDevice::OpenError &&
                                  !QFileInfo(file.absolutePath()).isWritable();
            setError(
                error,
                makeError(
                    readOnly ? StoreError::Kind::ReadOnly : StoreError::Kind::CannotOpen,
                    tr("Cannot create the database %1: %2").arg(absolute, newFile.errorString())));
            newFile.remove();
            return false;
        }
        created = true;
    } else {
        bool empty = false;
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
    }

    // 2. One Waymark at a time: a second one writing the same answers would confuse a member.
    auto lock = std::make_unique<QLockFile>(absolute + QStringLiteral(".lock"));
    lock->setStaleLockTime(
        0); // held for as long as the database is open; a dead owner is detected by its PID
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString app;
        lock->getLockInfo(&pid, &host, &app);
        StoreError lockError;
        if (lock->error() == QLockFile::LockFailedError) {
            lockError = makeError(StoreError::Kind::Locked,
                                  tr("%1 is open in another Waymark (%2, process %3 on %4). Close "
                                     "it there first, then try again.")
                                      .arg(absolute, app.isEmpty() ? tr("unknown program") : app)
                                      .arg(pid)
                                      .arg(host));
        } else {
            lockError =
                makeError(StoreError::Kind::ReadOnly,
                          tr("Cannot open %1 for changes: Waymark cannot write in the "
                             "folder %2 (it may be read-only).")
                              .arg(absolute, QDir::toNativeSeparators(file.absolutePath())));
        }
        if (created)
            QFile::remove(absolute);
        setError(error, lockError);
        return false;
    }

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
    if (version < SchemaVersion &&
        !Sqlite::createOrMigrate(database, version, SchemaVersion, &error))
        return error;
    // The daily backup is a safety net, not a condition of use: a member on a nearly full disk
    // must still reach their answers, so a failed backup becomes a warning.
    if (backupDue && !writeBackup(nullptr, &error))
        m_warning = tr("The daily backup could not be written: %1").arg(error.message);
    return StoreError::none();
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
                 stored.roleId, dateValue(stored.date), stored.bankId, stored.bankVersion,
                 timestamp(stored.created), timestamp(stored.updated)},
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
        assessment.answers.insert(query.value(0).toString(), answer);
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
    return d->inTransaction(tr("saving an answer"), error, [&] {
        if (!d->touch(assessmentId, stamped.updated, error))
            return false;
        if (!stamped.isEmpty())
            return d->insertAnswer(assessmentId, questionId, stamped, error);
        QSqlQuery query(d->db());
        return d->run(
            query, QStringLiteral("DELETE FROM answer WHERE assessment_id = ? AND question_id = ?"),
            {assessmentId, questionId}, tr("clearing an answer"), error);
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
            for (auto it = incoming.answers.constBegin(); it != incoming.answers.constEnd(); ++it) {
                Answer answer = it.value();
                if (!answer.updated.isValid())
                    answer.updated = info.updated;
                if (answer.isEmpty())
                    continue;
                if (!d->insertAnswer(info.id, it.key(), answer, error))
                    return false;
                ++outcome.answersTaken;
            }
            for (Action action : incoming.actions) {
                action.id = 0; // ids are this database's own
                if (!d->insertAction(info.id, action, error))
                    return false;
            }
            return true;
        }

        // The same assessment, met again: the later answer wins, question by question.
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
        for (auto it = incoming.answers.constBegin(); it != incoming.answers.constEnd(); ++it) {
            const Answer &answer = it.value();
            const auto stored = storedTimes.constFind(it.key());
            if (stored != storedTimes.constEnd() && !(answer.updated > *stored))
                continue;
            if (answer.isEmpty())
                continue;
            Answer taken = answer;
            if (!taken.updated.isValid())
                taken.updated = incoming.info.updated;
            if (!d->insertAnswer(outcome.id, it.key(), taken, error))
                return false;
            ++outcome.answersTaken;
        }
        if (incoming.info.updated > storedUpdated) {
            const AssessmentInfo &info = incoming.info;
            if (!d->run(query,
                        QStringLiteral("UPDATE assessment SET title = ?, authority = ?, "
                                       "respondent = ?, role = ?, assessed_on = ?, bank_id = ?, "
                                       "bank_version = ?, updated_at = ? WHERE id = ?"),
                        {text(info.title), text(info.authority), text(info.respondent), info.roleId,
                         dateValue(info.date), info.bankId, info.bankVersion,
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
                 text(stored.facilitator), stored.bankId, stored.bankVersion,
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
    const QFileInfo file(databasePath);
    return file.absolutePath() + QLatin1Char('/') + file.completeBaseName() +
           QStringLiteral("-backups");
}

ProtectedFiles AssessmentStore::ownFiles() const
{
    return isOpen() ? ownFiles(m_path) : ProtectedFiles();
}

ProtectedFiles AssessmentStore::ownFiles(const QString &databasePath)
{
    ProtectedFiles own;
    own.database = QFileInfo(databasePath).absoluteFilePath();
    QStringList names = {own.database};
    // SQLite names its journal and WAL after the file a symbolic link leads to; the lock and the
    // backup folder are named after the path Waymark was given.
    const QString real = QFileInfo(databasePath).canonicalFilePath();
    if (!real.isEmpty() && real != own.database)
        names.append(real);
    // The database itself first: a symbolic link to it is followed when files are compared.
    own.files.append(own.database);
    for (const QString &name : std::as_const(names)) {
        for (const char *suffix : {"-journal", "-wal", "-shm", ".lock"})
            own.files.append(name + QLatin1String(suffix));
        // What restoreBackup() kept: an earlier database, and its WAL.
        const QFileInfo file(name);
        const QStringList kept = file.dir().entryList(
            {file.fileName() + QStringLiteral(".replaced-*")}, QDir::Files | QDir::Hidden);
        for (const QString &each : kept)
            own.files.append(file.dir().filePath(each));
        own.folders.append(backupFolder(name));
    }
    return own;
}

QStringList AssessmentStore::backups(const QString &databasePath)
{
    const QDir folder(backupFolder(databasePath));
    QStringList paths;
    // Names carry a sortable UTC time, so name order is age order.
    const QStringList names =
        folder.entryList({QFileInfo(databasePath).completeBaseName() + QStringLiteral("-*.db")},
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

bool AssessmentStore::restoreBackup(const QString &backupPath, const QString &databasePath,
                                    StoreError *error)
{
    if (!QFileInfo::exists(backupPath)) {
        setError(error, makeError(StoreError::Kind::InvalidInput,
                                  tr("There is no backup %1.").arg(backupPath)));
        return false;
    }
    QLockFile lock(QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        setError(
            error,
            makeError(
                StoreError::Kind::Locked,
                tr("%1 is open in another Waymark; close it before restoring.").arg(databasePath)));
        return false;
    }
    // Keep the file being replaced, and its WAL, beside it: a restore never destroys anything.
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (QFileInfo::exists(databasePath)) {
        const QString kept = databasePath + QStringLiteral(".replaced-") + stamp;
        if (!QFile::rename(databasePath, kept)) {
            setError(
                error,
                makeError(StoreError::Kind::ReadOnly,
                          tr("Cannot move %1 aside to restore the backup.").arg(databasePath)));
            return false;
        }
        for (const char *suffix : {"-wal", "-shm"}) {
            const QString side = databasePath + QLatin1String(suffix);
            if (QFileInfo::exists(side))
                QFile::rename(side, kept + QLatin1String(suffix));
        }
    }
    if (!QFile::copy(backupPath, databasePath)) {
        setError(error,
                 makeError(StoreError::Kind::Failed,
                           tr("Cannot copy the backup %1 to %2.").arg(backupPath, databasePath)));
        return false;
    }
    QFile::setPermissions(databasePath, OwnerOnly);
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
