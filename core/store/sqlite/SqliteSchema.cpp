#include "store/sqlite/SqliteSchema.h"

#include "assessment/Assessment.h"
#include "store/sqlite/SqliteErrors.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Waymark::Sqlite {

namespace {

// The namespace's name, which is where lupdate files the texts of these free functions.
QString tr(const char *text)
{
    return QCoreApplication::translate("Waymark::Sqlite", text);
}

// Version 1: assessments, their answers and action plans. (It also made store_meta, a key/value
// table that no Waymark ever read or wrote; version 4 drops it, and a new database no longer
// makes it.)
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

// Version 3 changes no table: see repairFutureTimes().

// Version 4 drops store_meta, which versions 1 to 3 made for the store's own bookkeeping and no
// Waymark ever used: the last backup's time is read from the backup files, so that opening a
// database to read it never changes it.
const char *const SchemaV4[] = {
    "DROP TABLE IF EXISTS store_meta",
};

// Version 5: the law an assessment (and a workshop) is made under. Everything before was made
// under England's: the only law the question bank had.
const char *const SchemaV5[] = {
    "ALTER TABLE assessment ADD COLUMN jurisdiction TEXT NOT NULL DEFAULT 'england'",
    "ALTER TABLE workshop ADD COLUMN jurisdiction TEXT NOT NULL DEFAULT 'england'",
};

// Version 3 changes no table. An answer row with nothing in it now records a clear
// (AssessmentRecords::saveAnswer), which an older Waymark would read as no answer and leave out
// of its exchange files; the version keeps such a Waymark from opening the file at all. The step
// also repairs change times that an older Waymark imported from a file written on a computer
// whose clock was ahead: such a time beats every real change made after it, for ever. From
// version 3 on an import refuses them (ExchangeFile), so this is needed once, here, in the
// transaction that raises the version. Doing it on every open instead would rewrite good times
// whenever this computer's own clock ran behind (a flat clock battery), and then an older file
// would win over the member's newer answers.
bool repairFutureTimes(QSqlDatabase &db, FutureTimesRepair *repair, StoreError *error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Times are stored in one spelling, UTC with milliseconds, so they compare as text.
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

bool createOrMigrate(QSqlDatabase &db, int fromVersion, int toVersion, StoreError *error,
                     FutureTimesRepair *repair)
{
    if (!db.transaction()) {
        *error = errorFrom(db.lastError(), tr("starting to update the database's structure"));
        return false;
    }
    // The repairs and removals are for a file an older Waymark wrote; a new one starts clean.
    const bool upgrading = fromVersion >= 1;
    bool ok = true;
    if (fromVersion < 1)
        ok = runAll(db, SchemaV1, error);
    if (ok && fromVersion < 2 && toVersion >= 2)
        ok = runAll(db, SchemaV2, error);
    if (ok && upgrading && fromVersion < 3 && toVersion >= 3)
        ok = repairFutureTimes(db, repair, error);
    if (ok && upgrading && fromVersion < 4 && toVersion >= 4)
        ok = runAll(db, SchemaV4, error);
    if (ok && fromVersion < 5 && toVersion >= 5)
        ok = runAll(db, SchemaV5, error);
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

} // namespace Waymark::Sqlite
