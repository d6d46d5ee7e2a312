#include "store/AssessmentStore.h"

#include "store/AssessmentRecords.h"
#include "store/ImportMerge.h"
#include "store/StoreConnection.h"
#include "store/StoreEngine.h"
#include "store/WorkshopRecords.h"
#include "store/postgres/PostgresEngine.h"
#include "store/postgres/ServerAddress.h"
#include "store/sqlite/BackupRestore.h"
#include "store/sqlite/DatabaseFile.h"
#include "store/sqlite/SqliteBackups.h"
#include "store/sqlite/SqliteEngine.h"
#include "text/NameMatching.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStandardPaths>

namespace Waymark {

namespace {

// The context is the class's name because that is where lupdate files the texts of its members.
QString tr(const char *text)
{
    return QCoreApplication::translate("Waymark::AssessmentStore", text);
}

// What opening repaired, for the member and whoever looks after the laptop. (A free function's
// tr() would be filed by lupdate under the namespace, not the class: the context is spelled out.)
QString futureTimesNote(const FutureTimesRepair &repaired)
{
    QStringList ids;
    for (const qint64 id : repaired.assessments)
        ids.append(QString::number(id));
    return QCoreApplication::translate(
               "Waymark::AssessmentStore",
               "%1 change time(s) in assessment(s) %2 were more than a day ahead of this "
               "computer's clock, imported from a file written on a computer whose clock was "
               "wrong; they are now %3, the time of this repair, so that later changes count "
               "again.")
        .arg(repaired.times)
        .arg(ids.join(QLatin1String(", ")),
             repaired.repairedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
}

} // namespace

// Everything that exists while a database is open. The engine comes first, so that it goes
// last: the records' statements must be gone before it closes their connection.
struct AssessmentStore::Open
{
    explicit Open(std::unique_ptr<StoreEngine> opened)
        : engine(std::move(opened))
        , connection(*engine)
        , assessments(connection)
        , workshops(connection, assessments)
        , imports(connection, assessments, workshops)
    {
    }

    std::unique_ptr<StoreEngine> engine;
    StoreConnection connection;
    AssessmentRecords assessments;
    WorkshopRecords workshops;
    ImportMerge imports;
};

AssessmentStore::AssessmentStore() = default;

AssessmentStore::~AssessmentStore()
{
    close();
}

QString AssessmentStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/waymark.db");
}

QString AssessmentStore::resolvePath(const QString &path)
{
    if (isServerAddress(path))
        return displayAddress(path);
    return DatabaseFile::resolve(path);
}

bool AssessmentStore::isOpen() const
{
    return m_open != nullptr;
}

AssessmentStore::Open *AssessmentStore::opened(StoreError *error) const
{
    if (!m_open)
        setError(error, makeError(StoreError::Kind::CannotOpen, tr("No database is open.")));
    return m_open.get();
}

void AssessmentStore::close()
{
    m_open.reset();
    m_path.clear();
    m_warning.clear();
}

bool AssessmentStore::open(const QString &path, OpenMode mode, StoreError *error)
{
    close();
    if (path.isEmpty()) {
        setError(error, makeError(StoreError::Kind::CannotOpen, tr("No database was named.")));
        return false;
    }
    // A server's address (postgresql://...), or a file on this computer.
    std::unique_ptr<StoreEngine> engine;
    if (isServerAddress(path))
        engine = std::make_unique<PostgresEngine>();
    else
        engine = std::make_unique<SqliteEngine>();
    QStringList notes;
    if (!engine->connect(path, mode, &notes, error))
        return false;
    const StoreError failure = checkAndPrepare(*engine, &notes);
    if (failure.isError()) {
        setError(error,
                 StoreEngine::locatedFailure(failure, engine->location(), engine->backups()));
        engine->disconnect(true);
        return false;
    }
    m_open = std::make_unique<Open>(std::move(engine));
    m_path = m_open->engine->location();
    m_warning = notes.join(QLatin1Char('\n'));
    return true;
}

StoreError AssessmentStore::checkAndPrepare(StoreEngine &engine, QStringList *notes)
{
    const QString location = engine.location();
    StoreError error;
    // Reads only, until every check has passed.
    SchemaState state;
    if (!engine.readSchemaState(&state, &error))
        return error;
    if (state.hasTables && !state.isWaymark) {
        return makeError(StoreError::Kind::NotWaymark,
                         tr("%1 is a database, but not a Waymark one. Choose a Waymark database, "
                            "or a new file name to start one.")
                             .arg(location));
    }
    if (state.version > SchemaVersion) {
        return makeError(StoreError::Kind::TooNew,
                         tr("%1 was written by a newer version of Waymark (database version %2; "
                            "this version understands up to %3). Update Waymark to open it.")
                             .arg(location)
                             .arg(state.version)
                             .arg(SchemaVersion));
    }
    // The integrity check reads the whole file (over 100 ms for 1,000 assessments), so it runs
    // once a day, before the daily backup, rather than on every open; damage met in between is
    // reported by the engine as it is read. Either way the file is left exactly as it is.
    const bool backupDue = state.hasTables && engine.dailyBackupDue();
    if (backupDue) {
        const QString check = engine.checkIntegrity(IntegrityCheck::Quick);
        if (check != QLatin1String("ok")) {
            return makeError(
                StoreError::Kind::Corrupt,
                tr("%1 is damaged (%2). It has been left as it is.").arg(location, check));
        }
    }

    // A backup of the old structure before any migration changes it, where the store takes
    // backups (a server's are its administrator's, and its migration is one transaction).
    const bool migrating = state.version > 0 && state.version < SchemaVersion;
    if (migrating && engine.takesBackups() && !engine.backUp(nullptr, &error))
        return error;
    if (!engine.configure(&error))
        return error;
    FutureTimesRepair repaired;
    if (state.version < SchemaVersion &&
        !engine.createOrMigrate(state.version, SchemaVersion, &repaired, &error))
        return error;
    if (repaired.times > 0)
        notes->append(futureTimesNote(repaired));
    // The daily backup is a safety net, not a condition of use: a member on a nearly full disk
    // must still reach their answers, so a failed backup becomes a warning.
    if (backupDue && !engine.backUp(nullptr, &error))
        notes->append(tr("The daily backup could not be written: %1").arg(error.message));
    return StoreError::none();
}

bool AssessmentStore::createAssessment(AssessmentInfo &info, StoreError *error)
{
    Open *open = opened(error);
    return open && open->assessments.create(info, error);
}

QList<AssessmentSummary> AssessmentStore::listAssessments(StoreError *error, int limit)
{
    Open *open = opened(error);
    return open ? open->assessments.list(error, limit) : QList<AssessmentSummary>();
}

int AssessmentStore::countAssessments(StoreError *error)
{
    Open *open = opened(error);
    return open ? open->assessments.count(error) : 0;
}

std::optional<Assessment> AssessmentStore::loadAssessment(qint64 id, StoreError *error)
{
    Open *open = opened(error);
    return open ? open->assessments.load(id, error) : std::nullopt;
}

std::optional<QList<Assessment>> AssessmentStore::loadAssessmentsOf(const QString &authority,
                                                                    const QString &roleId,
                                                                    StoreError *error)
{
    StoreError failed;
    const QList<AssessmentSummary> listed = listAssessments(&failed);
    if (failed.isError()) {
        setError(error, failed);
        return std::nullopt;
    }
    QList<Assessment> assessments;
    for (const AssessmentSummary &summary : listed) {
        if (summary.info.roleId != roleId || !NameMatching::same(summary.info.authority, authority))
            continue;
        std::optional<Assessment> loaded = loadAssessment(summary.info.id, &failed);
        if (!loaded) {
            setError(error, failed);
            return std::nullopt;
        }
        assessments.append(std::move(*loaded));
    }
    return assessments;
}

bool AssessmentStore::updateInfo(const AssessmentInfo &info, StoreError *error)
{
    Open *open = opened(error);
    return open && open->assessments.updateInfo(info, error);
}

bool AssessmentStore::deleteAssessment(qint64 id, StoreError *error)
{
    Open *open = opened(error);
    return open && open->assessments.remove(id, error);
}

bool AssessmentStore::saveAnswer(qint64 assessmentId, const QString &questionId,
                                 const Answer &answer, StoreError *error)
{
    Open *open = opened(error);
    return open && open->assessments.saveAnswer(assessmentId, questionId, answer, error);
}

bool AssessmentStore::addAction(qint64 assessmentId, Action &action, StoreError *error)
{
    Open *open = opened(error);
    return open && open->assessments.addAction(assessmentId, action, error);
}

bool AssessmentStore::updateAction(qint64 assessmentId, const Action &action, StoreError *error)
{
    Open *open = opened(error);
    return open && open->assessments.updateAction(assessmentId, action, error);
}

bool AssessmentStore::removeAction(qint64 assessmentId, qint64 actionId, StoreError *error)
{
    Open *open = opened(error);
    return open && open->assessments.removeAction(assessmentId, actionId, error);
}

std::optional<ImportOutcome> AssessmentStore::importAssessment(const Assessment &incoming,
                                                               StoreError *error,
                                                               qint64 joinWorkshop)
{
    Open *open = opened(error);
    return open ? open->imports.importAssessment(incoming, joinWorkshop, error) : std::nullopt;
}

bool AssessmentStore::createWorkshop(WorkshopInfo &info, StoreError *error)
{
    Open *open = opened(error);
    return open && open->workshops.create(info, error);
}

QList<WorkshopInfo> AssessmentStore::listWorkshops(StoreError *error)
{
    Open *open = opened(error);
    return open ? open->workshops.list(error) : QList<WorkshopInfo>();
}

std::optional<Workshop> AssessmentStore::loadWorkshop(qint64 id, StoreError *error)
{
    Open *open = opened(error);
    return open ? open->workshops.load(id, error) : std::nullopt;
}

bool AssessmentStore::addParticipant(qint64 workshopId, qint64 assessmentId, StoreError *error)
{
    Open *open = opened(error);
    return open && open->workshops.addParticipant(workshopId, assessmentId, error);
}

bool AssessmentStore::removeParticipant(qint64 workshopId, qint64 assessmentId, StoreError *error)
{
    Open *open = opened(error);
    return open && open->workshops.removeParticipant(workshopId, assessmentId, error);
}

bool AssessmentStore::saveAgreed(qint64 workshopId, const QString &questionId,
                                 const AgreedAnswer &agreed, StoreError *error)
{
    Open *open = opened(error);
    return open && open->workshops.saveAgreed(workshopId, questionId, agreed, error);
}

QString AssessmentStore::backupFolder(const QString &databasePath)
{
    return SqliteBackups::folder(databasePath);
}

QStringList AssessmentStore::backups(const QString &databasePath)
{
    if (isServerAddress(databasePath))
        return {};
    return SqliteBackups::list(databasePath);
}

bool AssessmentStore::isServerAddress(const QString &location)
{
    return ServerAddress::isServerAddress(location);
}

QString AssessmentStore::displayAddress(const QString &location)
{
    ServerAddress address;
    QString problem;
    if (!isServerAddress(location))
        return location;
    return ServerAddress::parse(location, &address, &problem) ? address.display()
                                                              : QStringLiteral("postgresql://…");
}

bool AssessmentStore::backupNow(QString *backupPath, StoreError *error)
{
    Open *open = opened(error);
    return open && open->engine->backUp(backupPath, error);
}

bool AssessmentStore::restoreBackup(const QString &backupPath, const QString &databasePath,
                                    StoreError *error, RestoreOutcome *outcome)
{
    if (isServerAddress(databasePath)) {
        setError(error, makeError(StoreError::Kind::InvalidInput,
                                  tr("%1 is a database on a server: its backups are the "
                                     "server administrator's to restore (docs/server.md).")
                                      .arg(displayAddress(databasePath))));
        return false;
    }
    return BackupRestore::restore(backupPath, databasePath, error, outcome);
}

ProtectedFiles AssessmentStore::ownFiles() const
{
    return m_open ? m_open->engine->ownFiles() : ProtectedFiles();
}

QSqlDriver *AssessmentStore::notificationDriver() const
{
    if (!m_open || !isServerAddress(m_path))
        return nullptr;
    return QSqlDatabase::database(m_open->engine->connectionName(), false).driver();
}

bool AssessmentStore::checkIntegrity(StoreError *error)
{
    Open *open = opened(error);
    if (!open)
        return false;
    const QString result = open->engine->checkIntegrity(IntegrityCheck::Full);
    if (result == QLatin1String("ok"))
        return true;
    setError(error,
             makeError(StoreError::Kind::Corrupt, tr("%1 is damaged: %2").arg(m_path, result)));
    return false;
}

} // namespace Waymark
