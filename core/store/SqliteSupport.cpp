#include "store/SqliteSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

#include <atomic>
#include <algorithm>

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

bool exec(QSqlDatabase &db, const QString &sql, StoreError *error, const QString &doing)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        if (error)
            *error = errorFrom(query.lastError(), doing);
        return false;
    }
    return true;
}

// Version 1: assessments, their answers and action plans, and a key/value table for the store's
// own bookkeeping (last backup time).
const char *const SchemaV1[] = {
    "CREATE TABLE assessment ("
    " id INTEGER PRIMARY KEY,"
    " uid TEXT NOT NULL UNIQUE,"
    " title TEXT NOT NULL DEFAULT '',"
    " authority TEXT NOT NULL,"
    " respondent TEXT NOT NULL,"
    " role TEXT NOT NULL,"
    " assessed_on TEXT,"
    " bank_id TEXT NOT NULL,"
    " bank_version TEXT NOT NULL,"
    " created_at TEXT NOT NULL,"
    " updated_at TEXT NOT NULL)",
    "CREATE TABLE answer ("
    " assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,"
    " question_id TEXT NOT NULL,"
    " rating TEXT,"
    " evidence TEXT NOT NULL DEFAULT '',"
    " note TEXT NOT NULL DEFAULT '',"
    " flagged INTEGER NOT NULL DEFAULT 0,"
    " updated_at TEXT NOT NULL,"
    " PRIMARY KEY (assessment_id, question_id))",
    "CREATE TABLE action ("
    " id INTEGER PRIMARY KEY,"
    " assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,"
    " question_id TEXT NOT NULL DEFAULT '',"
    " what TEXT NOT NULL,"
    " who TEXT NOT NULL DEFAULT '',"
    " due_on TEXT,"
    " status TEXT NOT NULL)",
    "CREATE INDEX action_by_assessment ON action (assessment_id)",
    "CREATE TABLE store_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
};

// Version 2: workshops. A facilitator's workshop gathers members' assessments as participants
// and records the agreed (consensus) rating per question.
const char *const SchemaV2[] = {
    "CREATE TABLE workshop ("
    " id INTEGER PRIMARY KEY,"
    " uid TEXT NOT NULL UNIQUE,"
    " name TEXT NOT NULL,"
    " authority TEXT NOT NULL,"
    " held_on TEXT,"
    " facilitator TEXT NOT NULL DEFAULT '',"
    " bank_id TEXT NOT NULL,"
    " bank_version TEXT NOT NULL,"
    " created_at TEXT NOT NULL,"
    " updated_at TEXT NOT NULL)",
    "CREATE TABLE workshop_participant ("
    " workshop_id INTEGER NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,"
    " assessment_id INTEGER NOT NULL REFERENCES assessment(id) ON DELETE CASCADE,"
    " PRIMARY KEY (workshop_id, assessment_id))",
    "CREATE TABLE consensus ("
    " workshop_id INTEGER NOT NULL REFERENCES workshop(id) ON DELETE CASCADE,"
    " question_id TEXT NOT NULL,"
    " rating TEXT,"
    " note TEXT NOT NULL DEFAULT '',"
    " updated_at TEXT NOT NULL,"
    " PRIMARY KEY (workshop_id, question_id))",
    "CREATE INDEX assessment_by_updated ON assessment (updated_at)",
    // Lets the list of assessments count answers without reading their (long) texts.
    "CREATE INDEX answer_progress ON answer (assessment_id, rating)",
};

// Version 3 changes no table. An answer row with nothing in it now records a clear
// (AssessmentStore::saveAnswer), which an older Waymark would read as no answer and leave out of
// its exchange files; the version keeps such a Waymark from opening the file at all. The step also
// repairs change times that an older Waymark imported from a file written on a computer whose
// clock was ahead: such a time beats every real change made after it, for ever. From version 3 on
// an import refuses them (ExchangeFile), so this is needed once, here, in the transaction that
// raises the version. Doing it on every open instead would rewrite good times whenever this
// computer's own clock ran behind (a flat clock battery), and then an older file would win over
// the member's newer answers.
bool repairFutureTimes(QSqlDatabase &db, FutureTimesRepair *repair, StoreError *error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Times are stored in one spelling, UTC with milliseconds, so they compare as text; the
    // PostgreSQL store would compare timestamps.
    const QString limit = now.addSecs(MaxClockAheadSecs).toString(Qt::ISODateWithMs);
    // The time of the import that stored them is not known. The repair time is the earliest time
    // that is surely not in the future, and later than any change the import's answers beat: they
    // keep their place against what was there before, and any change from now on wins over them.
    const QString repairedAt = now.toString(Qt::ISODateWithMs);
    const QString doing = tr("repairing change times that were in the future");
    QSet<qint64> assessments;
    int changed = 0;
    const struct
    {
        const char *find;
        const char *repair;
    } steps[] = {
        {"SELECT assessment_id FROM answer WHERE updated_at > ?",
         "UPDATE answer SET updated_at = ? WHERE updated_at > ?"},
        {"SELECT id FROM assessment WHERE created_at > ?",
         "UPDATE assessment SET created_at = ? WHERE created_at > ?"},
        {"SELECT id FROM assessment WHERE updated_at > ?",
         "UPDATE assessment SET updated_at = ? WHERE updated_at > ?"},
    };
    for (const auto &step : steps) {
        QSqlQuery query(db);
        if (!query.prepare(QString::fromLatin1(step.find))) {
            *error = errorFrom(query.lastError(), doing);
            return false;
        }
        query.addBindValue(limit);
        if (!query.exec()) {
            *error = errorFrom(query.lastError(), doing);
            return false;
        }
        while (query.next()) {
            assessments.insert(query.value(0).toLongLong());
            ++changed;
        }
        if (!query.prepare(QString::fromLatin1(step.repair))) {
            *error = errorFrom(query.lastError(), doing);
            return false;
        }
        query.addBindValue(repairedAt);
        query.addBindValue(limit);
        if (!query.exec()) {
            *error = errorFrom(query.lastError(), doing);
            return false;
        }
    }
    if (repair) {
        repair->times = changed;
        repair->assessments = assessments.values();
        std::sort(repair->assessments.begin(), repair->assessments.end());
        repair->repairedAt = now;
    }
    return true;
}

template<size_t N>
bool runAll(QSqlDatabase &db, const char *const (&statements)[N], StoreError *error)
{
    for (const char *statement : statements) {
        if (!exec(db, QString::fromLatin1(statement), error,
                  tr("updating the database's structure")))
            return false;
    }
    return true;
}

} // namespace

bool hasSqliteHeader(const QString &path, bool *isEmpty)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(16);
    *isEmpty = header.isEmpty();
    return header.isEmpty() || header == QByteArray("SQLite format 3\0", 16);
}

QString boundText(const QString &text)
{
    constexpr char16_t ByteOrderMark = 0xFEFF;
    constexpr char16_t SwappedByteOrderMark = 0xFFFE;
    if (text.isEmpty() ||
        (text.front() != QChar(ByteOrderMark) && text.front() != QChar(SwappedByteOrderMark)))
        return text;
    return QChar(ByteOrderMark) + text;
}

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

bool configure(QSqlDatabase &db, StoreError *error)
{
    if (!exec(db, QStringLiteral("PRAGMA foreign_keys = ON"), error, tr("opening the database")))
        return false;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next()) {
        *error = errorFrom(query.lastError(), tr("opening the database"));
        return false;
    }
    const QString mode = query.value(0).toString();
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        // WAL is what lets an answer be committed in a millisecond and survive a crash; a
        // filesystem that cannot hold it (some network shares) is not a safe place for answers.
        error->kind = StoreError::Kind::CannotOpen;
        error->message = tr("The database cannot use write-ahead logging here (journal mode is "
                            "\"%1\"). Keep the database on a local disk.")
                             .arg(mode);
        return false;
    }
    return exec(db, QStringLiteral("PRAGMA synchronous = FULL"), error, tr("opening the database"));
}

bool readFacts(QSqlDatabase &db, FileFacts *facts, StoreError *error)
{
    const std::pair<const char *, int *> reads[] = {
        {"SELECT count(*) FROM sqlite_master", &facts->tables},
        {"PRAGMA application_id", &facts->applicationId},
        {"PRAGMA user_version", &facts->userVersion},
    };
    for (const auto &[sql, target] : reads) {
        QSqlQuery query(db);
        if (!query.exec(QString::fromLatin1(sql)) || !query.next()) {
            *error = errorFrom(query.lastError(), tr("reading the database"));
            return false;
        }
        *target = query.value(0).toInt();
    }
    return true;
}

bool createOrMigrate(QSqlDatabase &db, int fromVersion, int toVersion, StoreError *error,
                     FutureTimesRepair *repair)
{
    if (!db.transaction()) {
        *error = errorFrom(db.lastError(), tr("starting to update the database's structure"));
        return false;
    }
    bool ok = true;
    if (fromVersion < 1)
        ok = runAll(db, SchemaV1, error);
    if (ok && fromVersion < 2 && toVersion >= 2)
        ok = runAll(db, SchemaV2, error);
    if (ok && fromVersion >= 1 && fromVersion < 3 && toVersion >= 3)
        ok = repairFutureTimes(db, repair, error);
    // PRAGMAs cannot take bound values; both are integers this code controls.
    ok = ok && exec(db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), error,
                    tr("marking the database as Waymark's"));
    ok = ok && exec(db, QStringLiteral("PRAGMA user_version = %1").arg(toVersion), error,
                    tr("recording the database's version"));
    if (!ok) {
        db.rollback();
        return false;
    }
    if (!db.commit()) {
        *error = errorFrom(db.lastError(), tr("saving the database's new structure"));
        db.rollback();
        return false;
    }
    return true;
}

QString integrityCheck(QSqlDatabase &db, bool quick)
{
    QSqlQuery query(db);
    if (!query.exec(quick ? QStringLiteral("PRAGMA quick_check")
                          : QStringLiteral("PRAGMA integrity_check")))
        return query.lastError().databaseText();
    QStringList findings;
    while (query.next())
        findings.append(query.value(0).toString());
    return findings.join(QLatin1String("; "));
}

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

QStringList sideFiles(const QString &databaseFile)
{
    return {databaseFile + QStringLiteral("-wal"), databaseFile + QStringLiteral("-shm"),
            databaseFile + QStringLiteral("-journal")};
}

void makeSideFilesWritable(const QString &databaseFile)
{
    for (const QString &side : sideFiles(databaseFile)) {
        const QFileInfo info(side);
        // By the mode, not only by access(): root may write anything, but the owner it is
        // kept for may not.
        if (info.exists() &&
            (!info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner)))
            QFile::setPermissions(side, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
}

bool inspectFile(const QString &path, FileFacts *facts, QString *integrity, QString *problem)
{
    static std::atomic<int> counter{0};
    const QString connection = QStringLiteral("waymark-inspect-%1").arg(++counter);
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
            } else if (readFacts(db, facts, &error)) {
                *integrity = integrityCheck(db, false);
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

} // namespace Waymark::Sqlite
