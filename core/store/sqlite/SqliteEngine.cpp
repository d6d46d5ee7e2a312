#include "store/sqlite/SqliteEngine.h"

#include "store/sqlite/DatabaseFile.h"
#include "store/sqlite/DatabaseLock.h"
#include "store/sqlite/SqliteBackups.h"
#include "store/sqlite/SqliteErrors.h"
#include "store/sqlite/SqliteSchema.h"

#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <atomic>

namespace Waymark {

namespace {

QString newConnectionName(const char *purpose)
{
    static std::atomic<int> counter{0};
    return QStringLiteral("waymark-%1-%2").arg(QLatin1String(purpose)).arg(++counter);
}

// Reads what the file says it is; fills error and returns false when SQLite cannot read it
// (for a damaged file, this is where it shows first).
bool readState(QSqlDatabase &db, SchemaState *state, StoreError *error, const QString &doing)
{
    int tables = 0;
    int applicationId = 0;
    const std::pair<const char *, int *> reads[] = {
        {"SELECT count(*) FROM sqlite_master", &tables},
        {"PRAGMA application_id", &applicationId},
        {"PRAGMA user_version", &state->version},
    };
    for (const auto &[sql, target] : reads) {
        QSqlQuery query(db);
        if (!query.exec(QString::fromLatin1(sql)) || !query.next()) {
            setError(error, Sqlite::errorFrom(query.lastError(), doing));
            return false;
        }
        *target = query.value(0).toInt();
    }
    state->hasTables = tables > 0;
    state->isWaymark = applicationId == Sqlite::ApplicationId;
    return true;
}

QString integrityCheck(QSqlDatabase &db, IntegrityCheck depth)
{
    QSqlQuery query(db);
    if (!query.exec(depth == IntegrityCheck::Quick ? QStringLiteral("PRAGMA quick_check")
                                                   : QStringLiteral("PRAGMA integrity_check")))
        return query.lastError().databaseText();
    QStringList findings;
    while (query.next())
        findings.append(query.value(0).toString());
    return findings.join(QLatin1String("; "));
}

} // namespace

SqliteEngine::SqliteEngine() = default;

SqliteEngine::~SqliteEngine()
{
    disconnect(false);
}

bool SqliteEngine::connect(const QString &location, AssessmentStore::OpenMode mode,
                           QStringList *notes, StoreError *error)
{
    disconnect(false);
    // Everything below acts on the real file, whatever name (symlink) it was given by.
    const QString file = DatabaseFile::resolve(location);

    // 1. What is there, checked before anything is written.
    DatabaseFile::Found found;
    if (!DatabaseFile::checkBeforeOpening(location, file, mode, &found, error))
        return false;

    // 2. One Waymark at a time.
    bool lockPrivate = true;
    std::unique_ptr<QLockFile> lock = DatabaseLock::take(file, notes, &lockPrivate, error);
    if (!lock)
        return false;

    // 3. A new database, or an empty file becoming one, is made owner-only before SQLite writes
    //    a byte into it. A database that can be written again after being opened read-only
    //    gets its -wal and -shm back too.
    bool dataPrivate = true;
    if (!found.exists) {
        if (!DatabaseFile::createOwnerOnly(file, &dataPrivate, error))
            return false;
    } else if (found.empty) {
        dataPrivate = DatabaseFile::makePrivate(file);
    } else if (QFileInfo(file).isWritable()) {
        DatabaseFile::makeSideFilesWritable(file);
    }
    // A disk that does not keep permissions (FAT, exFAT, many network shares) is no reason to
    // keep a member from their answers, but they must know who else can read them.
    if (!lockPrivate || !dataPrivate)
        notes->append(DatabaseFile::notPrivateNote(file));

    // 4. SQLite, at last.
    m_file = file;
    m_lock = std::move(lock);
    m_created = !found.exists;
    m_connection = newConnectionName("store");
    StoreError failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
        if (db.open())
            return true;
        failure = errorFrom(db.lastError(), tr("opening the database"));
    }
    setError(error, locatedFailure(failure, m_file, backups()));
    disconnect(true);
    return false;
}

void SqliteEngine::disconnect(bool discardCreated)
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
    // The lock goes last: until the file is closed, it is this Waymark's.
    m_lock.reset();
    if (discardCreated && m_created)
        QFile::remove(m_file);
    m_created = false;
    m_file.clear();
}

bool SqliteEngine::readSchemaState(SchemaState *state, StoreError *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return readState(db, state, error, tr("reading the database"));
}

QString SqliteEngine::checkIntegrity(IntegrityCheck depth)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return integrityCheck(db, depth);
}

bool SqliteEngine::configure(StoreError *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!Sqlite::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), error,
                      tr("opening the database")))
        return false;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()) {
        setError(error, errorFrom(query.lastError(), tr("opening the database")));
        return false;
    }
    const QString mode = query.value(0).toString();
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        // WAL is what lets an answer be committed in a millisecond and survive a crash; a
        // filesystem that cannot hold it (some network shares) is not a safe place for answers.
        setError(error, makeError(StoreError::Kind::CannotOpen,
                                  tr("The database cannot use write-ahead logging here (journal "
                                     "mode is \"%1\"). Keep the database on a local disk.")
                                      .arg(mode)));
        return false;
    }
    // FULL: a committed change is on the disk before the call returns.
    return Sqlite::exec(db, QStringLiteral("PRAGMA synchronous = FULL"), error,
                        tr("opening the database"));
}

bool SqliteEngine::createOrMigrate(int fromVersion, int toVersion, FutureTimesRepair *repair,
                                   StoreError *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    StoreError failure;
    if (Sqlite::createOrMigrate(db, fromVersion, toVersion, &failure, repair))
        return true;
    setError(error, failure);
    return false;
}

StoreError SqliteEngine::errorFrom(const QSqlError &sqlError, const QString &doing) const
{
    return Sqlite::errorFrom(sqlError, doing);
}

QString SqliteEngine::boundText(const QString &text) const
{
    // Qt hands SQLite text as UTF-16, and SQLite takes a leading U+FEFF or U+FFFE for a byte
    // order mark: it drops the character and, for U+FFFE, reads the rest in the other byte
    // order. A member's text may start with either (pasted from a file that had a byte order
    // mark), so such a text gets a byte order mark of this machine's own in front, which is
    // the one dropped.
    constexpr char16_t ByteOrderMark = 0xFEFF;
    constexpr char16_t SwappedByteOrderMark = 0xFFFE;
    if (text.isEmpty() ||
        (text.front() != QChar(ByteOrderMark) && text.front() != QChar(SwappedByteOrderMark)))
        return text;
    return QChar(ByteOrderMark) + text;
}

bool SqliteEngine::dailyBackupDue() const
{
    return SqliteBackups::dailyDue(m_file);
}

bool SqliteEngine::backUp(QString *backupPath, StoreError *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return SqliteBackups::write(db, m_file, backupPath, error);
}

QStringList SqliteEngine::backups() const
{
    return SqliteBackups::list(m_file);
}

ProtectedFiles SqliteEngine::ownFiles() const
{
    return DatabaseFile::ownFiles(m_file);
}

bool SqliteEngine::inspect(const QString &path, SchemaState *state, QString *integrity,
                           QString *problem)
{
    const QString connection = newConnectionName("inspect");
    QString location = QString::fromUtf8(QUrl::toPercentEncoding(path, "/:"));
    if (!location.startsWith(QLatin1Char('/')))
        location.prepend(QLatin1Char('/')); // a Windows drive: file:/C:/...
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        // immutable=1: SQLite takes no lock and makes no -wal, -shm or journal, so looking at a
        // file changes nothing on the disk, not even beside it.
        db.setDatabaseName(QStringLiteral("file:%1?immutable=1").arg(location));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        if (!db.open()) {
            *problem = db.lastError().databaseText();
        } else {
            // A file SQLite cannot read at all fails on its first read; SQLite's own words
            // ("file is not a database") say more here than a message for a database in use.
            QSqlQuery probe(db);
            StoreError error;
            if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) ||
                !probe.next()) {
                *problem = probe.lastError().databaseText();
            } else if (readState(db, state, &error, tr("reading the database"))) {
                *integrity = integrityCheck(db, IntegrityCheck::Full);
                ok = true;
            } else {
                *problem = error.message;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace Waymark
