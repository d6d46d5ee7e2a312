// The SQLite store: round trips, every way opening can fail (each leaving the file byte for byte
// as it was), migrations from the version 1, 2 and 3 fixtures, backups and restore, imports, and
// answers that survive the writing process being killed.
#include "bank/BankLoader.h"
#include "scoring/Scoring.h"
#include "store/AssessmentStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <sys/stat.h>

using namespace Waymark;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

AssessmentInfo sampleInfo()
{
    AssessmentInfo info;
    info.title = QStringLiteral("Spring review");
    info.authority = QStringLiteral("Cyngor Sir Gâr");
    info.respondent = QStringLiteral("Cllr Jo Bloggs");
    info.roleId = QStringLiteral("lead-member");
    info.date = QDate(2026, 3, 14);
    info.bankId = QStringLiteral("waymark-gateway");
    info.bankVersion = QStringLiteral("1.0.0");
    return info;
}

Answer makeAnswer(Rating rating, const QString &evidence = QString(),
                  const QString &note = QString(), bool flagged = false,
                  const QDateTime &updated = QDateTime())
{
    Answer answer;
    answer.rating = rating;
    answer.evidence = evidence;
    answer.note = note;
    answer.flagged = flagged;
    answer.updated = updated;
    return answer;
}

// Runs one raw SQL statement on a database file outside the store.
void rawExec(const QString &path, const QString &sql)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

// A database file's tables and PRAGMA user_version, read outside the store (which must be
// closed, or a backup).
struct FileSchema
{
    QStringList tables;
    int version = -1;
};
FileSchema schemaOf(const QString &path)
{
    FileSchema schema;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema"));
        db.setDatabaseName(path);
        if (db.open()) {
            schema.tables = db.tables();
            schema.tables.sort();
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                schema.version = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema"));
    return schema;
}

// The permission bits of a file as chmod shows them (0600).
int modeOf(const QString &path)
{
    struct stat status;
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? int(status.st_mode & 0777)
                                                                     : -1;
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("db%1.db").arg(++m_counter)); }

    // A closed database holding one assessment with two answers and an action.
    QString populated(qint64 *id = nullptr)
    {
        const QString path = freshPath();
        AssessmentStore store;
        StoreError error;
        if (!store.open(path, AssessmentStore::OpenMode::CreateIfMissing, &error))
            qFatal("%s", qPrintable(error.message));
        AssessmentInfo info = sampleInfo();
        store.createAssessment(info, &error);
        store.saveAnswer(info.id, QStringLiteral("LEAD-01"),
                         makeAnswer(Rating::FullyMet, QStringLiteral("Minute 12")), &error);
        store.saveAnswer(info.id, QStringLiteral("LEAD-02"), makeAnswer(Rating::DontKnow), &error);
        Action action;
        action.what = QStringLiteral("Ask for the data");
        store.addAction(info.id, action, &error);
        if (id)
            *id = info.id;
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTrip()
    {
        const QString path = freshPath();
        AssessmentInfo info = sampleInfo();
        {
            AssessmentStore store;
            StoreError error;
            QVERIFY2(store.open(path, AssessmentStore::OpenMode::CreateIfMissing, &error),
                     qPrintable(error.message));
            QVERIFY(store.createAssessment(info, &error));
            QVERIFY(info.id > 0);
            QVERIFY(!info.uid.isEmpty());
            QVERIFY(info.created.isValid());
            QVERIFY(store.saveAnswer(
                info.id, QStringLiteral("LEAD-01"),
                makeAnswer(Rating::MostlyMet, QStringLiteral("Cabinet report, \"2026\"\nline two"),
                           QStringLiteral("Ask the DCS"), true),
                &error));
            QVERIFY2(store.saveAnswer(info.id, QStringLiteral("LEAD-02"),
                                      makeAnswer(Rating::NotApplicable), &error),
                     qPrintable(error.message));
            Action action;
            action.questionId = QStringLiteral("LEAD-01");
            action.what = QStringLiteral("Brief the scrutiny chair");
            action.who = QStringLiteral("Lead Member");
            action.due = QDate(2026, 6, 30);
            action.status = ActionStatus::InProgress;
            QVERIFY(store.addAction(info.id, action, &error));
            QVERIFY(action.id > 0);
        }
        AssessmentStore store;
        StoreError error;
        QVERIFY(store.open(path, AssessmentStore::OpenMode::CreateIfMissing, &error));
        const std::optional<Assessment> loaded = store.loadAssessment(info.id, &error);
        QVERIFY(loaded);
        QCOMPARE(loaded->info.uid, info.uid);
        QCOMPARE(loaded->info.authority, QStringLiteral("Cyngor Sir Gâr"));
        QCOMPARE(loaded->info.date, QDate(2026, 3, 14));
        QCOMPARE(loaded->info.roleId, QStringLiteral("lead-member"));
        QCOMPARE(loaded->answers.size(), 2);
        const Answer first = loaded->answer(QStringLiteral("LEAD-01"));
        QCOMPARE(first.rating, Rating::MostlyMet);
        QCOMPARE(first.evidence, QStringLiteral("Cabinet report, \"2026\"\nline two"));
        QCOMPARE(first.note, QStringLiteral("Ask the DCS"));
        QVERIFY(first.flagged);
        QVERIFY(first.updated.isValid());
        QCOMPARE(loaded->rating(QStringLiteral("LEAD-02")), Rating::NotApplicable);
        QCOMPARE(loaded->actions.size(), 1);
        QCOMPARE(loaded->actions.first().what, QStringLiteral("Brief the scrutiny chair"));
        QCOMPARE(loaded->actions.first().due, QDate(2026, 6, 30));
        QCOMPARE(loaded->actions.first().status, ActionStatus::InProgress);
        QVERIFY(loaded->info.updated >= first.updated);
    }

    void textStartingWithAByteOrderMarkIsKeptWhole()
    {
        // SQLite reads a leading U+FEFF or U+FFFE in UTF-16 as a byte order mark: it dropped the
        // first, and read the rest of a text after the second byte-swapped (found by
        // tst_roundtrip).
        const QString path = freshPath();
        AssessmentStore store;
        StoreError error;
        QVERIFY(store.open(path, AssessmentStore::OpenMode::CreateIfMissing, &error));
        AssessmentInfo info = sampleInfo();
        info.respondent = QStringLiteral("\ufeffCllr Siân");
        info.bankVersion = QStringLiteral("\ufffe1.0");
        QVERIFY(store.createAssessment(info, &error));
        const QString texts[] = {QStringLiteral("\ufeffEvidence"), QStringLiteral("\ufffeNote ŵ"),
                                 QStringLiteral("\ufeff\ufeff"), QStringLiteral("\ufffe")};
        QVERIFY(store.saveAnswer(info.id, QStringLiteral("LEAD-01"),
                                 makeAnswer(Rating::FullyMet, texts[0], texts[1]), &error));
        Action action;
        action.what = texts[2];
        action.who = texts[3];
        QVERIFY(store.addAction(info.id, action, &error));
        const std::optional<Assessment> loaded = store.loadAssessment(info.id, &error);
        QCOMPARE(loaded->info.respondent, info.respondent);
        QCOMPARE(loaded->answer(QStringLiteral("LEAD-01")).evidence, texts[0]);
        QCOMPARE(loaded->actions.first().what, texts[2]);
        // U+FFFE itself SQLite reads back as U+FFFD (so TextRules keeps it out of every text),
        // but the rest of the text is no longer read byte-swapped.
        QCOMPARE(loaded->info.bankVersion, QStringLiteral("\ufffd1.0"));
        QCOMPARE(loaded->answer(QStringLiteral("LEAD-01")).note, QStringLiteral("\ufffdNote ŵ"));
        QCOMPARE(loaded->actions.first().who, QStringLiteral("\ufffd"));
    }

    void newDatabaseIsOwnerOnly()
    {
        const QString path = freshPath();
        AssessmentStore store;
        StoreError error;
        QVERIFY(store.open(path, AssessmentStore::OpenMode::CreateIfMissing, &error));
        const QFile::Permissions unixBits = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                            QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                            QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFile::permissions(path) & unixBits, QFile::ReadOwner | QFile::WriteOwner);
    }

    void clearIsKeptAsATimedFactThatCountsNowhere()
    {
        qint64 id = 0;
        const QString path = populated(&id);
        AssessmentStore store;
        StoreError error;
        QVERIFY(store.open(path, AssessmentStore::OpenMode::CreateIfMissing, &error));
        const QDateTime before = QDateTime::currentDateTimeUtc();
        // LEAD-02's only content is its rating: taking the rating back leaves nothing.
        QVERIFY(store.saveAnswer(id, QStringLiteral("LEAD-02"), Answer(), &error));
        std::optional<Assessment> loaded = store.loadAssessment(id, &error);
        QVERIFY(!loaded->answers.contains(QStringLiteral("LEAD-02")));
        QVERIFY(loaded->cleared.contains(QStringLiteral("LEAD-02")));
        QVERIFY(loaded->cleared.value(QStringLiteral("LEAD-02")) >= before);
        QVERIFY(loaded->answers.contains(QStringLiteral("LEAD-01")));
        QVERIFY(!loaded->cleared.contains(QStringLiteral("LEAD-01")));
        // Counted nowhere: not in the list's progress, not in the scores' coverage.
        QCOMPARE(store.listAssessments(&error).constFirst().answered, 1);
        const std::optional<QuestionBank> bank = BankLoader::loadBuiltIn().bank;
        QVERIFY(bank);
        const ScoreReport scores = Scorer::score(*bank, *loaded);
        QCOMPARE(scores.overall.answered, 1);
        QVERIFY(!scores.knowledgeGaps.contains(QStringLiteral("LEAD-02")));

        // Answering again replaces the clear.
        QVERIFY(
            store.saveAnswer(id, QStringLiteral("LEAD-02"), makeAnswer(Rating::NotMet), &error));
        loaded = store.loadAssessment(id, &error);
        QCOMPARE(loaded->rating(QStringLiteral("LEAD-02")), Rating::NotMet);
        QVERIFY(loaded->cleared.isEmpty());
    }

    void importAppliesAClearOnlyWhenItIsNewer()
    {
        const QString path = freshPath();
        AssessmentStore store;
        StoreError error;
        QVERIFY(store.open(path, AssessmentStore::OpenMode::CreateIfMissing, &error));
        const QDateTime t1(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC);
        Assessment incoming;
        incoming.info = sampleInfo();
        incoming.info.uid = QStringLiteral("5b0c7d2e-8f1a-4b3c-9d4e-5f6a7b8c9d0e");
        incoming.info.created = incoming.info.updated = t1;
        incoming.answers.insert(QStringLiteral("LEAD-01"),
                                makeAnswer(Rating::FullyMet, {}, {}, false, t1));
        incoming.answers.insert(QStringLiteral("LEAD-02"),
                                makeAnswer(Rating::NotMet, {}, {}, false, t1));
        // A new assessment keeps the file's clears too, so that an older answer met later loses.
        incoming.cleared.insert(QStringLiteral("LEAD-03"), t1.addSecs(60));
        std::optional<ImportOutcome> outcome = store.importAssessment(incoming, &error);
        QVERIFY2(outcome, qPrintable(error.message));
        QCOMPARE(outcome->answersTaken, 2);
        QCOMPARE(outcome->clearsTaken, 1);
        const qint64 id = outcome->id;

        // The other machine took LEAD-01 back after t1, and answered LEAD-03 before its clear.
        incoming.answers.remove(QStringLiteral("LEAD-01"));
        incoming.cleared.insert(QStringLiteral("LEAD-01"), t1.addSecs(3600));
        incoming.answers.insert(QStringLiteral("LEAD-03"),
                                makeAnswer(Rating::MostlyMet, {}, {}, false, t1.addSecs(30)));
        incoming.cleared.remove(QStringLiteral("LEAD-03"));
        // ... and a clear of LEAD-02 that is older than the answer stored here.
        incoming.answers.remove(QStringLiteral("LEAD-02"));
        incoming.cleared.insert(QStringLiteral("LEAD-02"), t1.addSecs(-60));
        outcome = store.importAssessment(incoming, &error);
        QVERIFY2(outcome, qPrintable(error.message));
        QCOMPARE(outcome->answersTaken, 0);
        QCOMPARE(outcome->clearsTaken, 1);
        std::optional<Assessment> loaded = store.loadAssessment(id, &error);
        QVERIFY(!loaded->answers.contains(QStringLiteral("LEAD-01")));
        QCOMPARE(loaded->cleared.value(QStringLiteral("LEAD-01")), t1.addSecs(3600));
        QCOMPARE(loaded->rating(QStringLiteral("LEAD-02")), Rating::NotMet);
        QVERIFY(!loaded->answers.contains(QStringLiteral("LEAD-03")));

        // A newer answer beats the clear.
        incoming.cleared.remove(QStringLiteral("LEAD-01"));
        incoming.answers.insert(QStringLiteral("LEAD-01"),
                                makeAnswer(Rating::PartiallyMet, {}, {}, false, t1.addSecs(7200)));
        outcome = store.importAssessment(incoming, &error);
        QVERIFY2(outcome, qPrintable(error.message));
        QCOMPARE(outcome->answersTaken, 1);
        loaded = store.loadAssessment(id, &error);
        QCOMPARE(loaded->rating(QStringLiteral("LEAD-01")), Rating::PartiallyMet);
        QVERIFY(!loaded->cleared.contains(QStringLiteral("LEAD-01")));
    }

    void unknownAssessmentIsInvalidInput()
    {
        const QString path = populated();
        AssessmentStore store;
        StoreError error;
        QVERIFY(store.open(path, AssessmentStore::OpenMode::CreateIfMissing, &error));
        QVERIFY(!store.saveAnswer(999, QStringLiteral("LEAD-01"), makeAnswer(Rating::FullyMet),
                                  &error));
        QCOMPARE(error.kind, StoreError::Kind::InvalidInput);
        QCOMPARE(error.message, QStringLiteral("There is no assessment 999 in this database."));
        QVERIFY(!store.loadAssessment(999, &error));
        QCOMPARE(error.kind, StoreError::Kind::InvalidInput);
        // Nothing was half-written for the unknown id.
        QSqlQuery query(QSqlDatabase::database(QSqlDatabase::connectionNames().constFirst()));
        QVERIFY(
            query.exec(QStringLiteral("SELECT count(*) FROM answer WHERE assessment_id = 999")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void listIsNewestFirstWithProgress()
    {
        const QString path = freshPath();
        AssessmentStore store;
        StoreError error;
        QVERIFY(store.open(path, AssessmentStore::OpenMode::CreateIfMissing, &error));
        AssessmentInfo older = sampleInfo();
        older.updated = older.created = QDateTime(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC);
        AssessmentInfo newer = sampleInfo();
        newer.respondent = QStringLiteral("Cllr Newer");
        QVERIFY(store.createAssessment(older, &error));
        QVERIFY(store.createAssessment(newer, &error));
        QVERIFY(
            store.saveAnswer(newer.id, QStringLiteral("A"), makeAnswer(Rating::NotMet), &error));
        QVERIFY(
            store.saveAnswer(newer.id, QStringLiteral("B"), makeAnswer(Rating::DontKnow), &error));
        // A note without a rating is kept but does not count as answered.
        QVERIFY(store.saveAnswer(newer.id, QStringLiteral("C"),
                                 makeAnswer(Rating::Unanswered, QString(), QStringLiteral("later")),
                                 &error));
        const QList<AssessmentSummary> list = store.listAssessments(&error);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).info.id, newer.id);
        QCOMPARE(list.at(0).answered, 2);
        QCOMPARE(list.at(1).info.id, older.id);
        QCOMPARE(list.at(1).answered, 0);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("text file")
            << "text" << int(StoreError::Kind::NotWaymark) << "is not a Waymark database";
        QTest::newRow("other SQLite database")
            << "foreign" << int(StoreError::Kind::NotWaymark) << "not a Waymark one";
        QTest::newRow("newer schema")
            << "newer" << int(StoreError::Kind::TooNew) << "newer version of Waymark";
        QTest::newRow("corrupt pages") << "corrupt" << int(StoreError::Kind::Corrupt) << "damaged";
        QTest::newRow("truncated") << "truncated" << int(StoreError::Kind::Corrupt) << "damaged";
    }

    void refusals()
    {
        QFETCH(QString, kind);
        QFETCH(int, expected);
        QFETCH(QString, messagePart);
        QString path;
        if (kind == QLatin1String("text")) {
            path = freshPath();
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("name,rating\nLEAD-01,3\n");
        } else if (kind == QLatin1String("foreign")) {
            path = freshPath();
            rawExec(path, QStringLiteral("CREATE TABLE recipes (name TEXT)"));
        } else {
            path = populated();
            if (kind == QLatin1String("newer")) {
                rawExec(path, QStringLiteral("PRAGMA user_version = 99"));
            } else {
                // Checkpoint the WAL so the data is in the main file, then damage it.
                rawExec(path, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadWrite));
                const qint64 size = file.size();
                if (kind == QLatin1String("truncated")) {
                    QVERIFY(file.resize(size / 2 + 100));
                } else {
                    // Keep the 100-byte header; overwrite the B-tree pages after the first.
                    QVERIFY(file.seek(4096 + 8));
                    file.write(QByteArray(int(size - 4096 - 8), '\x5a'));
                }
            }
        }
        const QByteArray before = fileHash(path);
        const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);
        AssessmentStore store;
        StoreError error;
        QVERIFY(!store.open(path, AssessmentStore::OpenMode::CreateIfMissing, &error));
        QCOMPARE(int(error.kind), expected);
        QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
        QVERIFY2(error.message.contains(path), qPrintable(error.message));
        QVERIFY(!store.isOpen());
        QCOMPARE(fileHash(path), before);
        // Not even a WAL, a lock or a backup is left behind.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filesBefore);
    }

    void damageFoundAfterTodaysBackupIsReportedOnRead()
    {
        qint64 id = 0;
        const QString path = populated(&id);
        {
            AssessmentStore store;
            StoreError error;
            QVERIFY(store.open(path, AssessmentStore::OpenMode::CreateIfMissing,
                               &error)); // takes today's backup
        }
        QCOMPARE(AssessmentStore::backups(path).size(), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(4096 + 8));
        file.write(QByteArray(int(file.size() - 4096 - 8), '\x5a'));
        file.close();
        const QByteArray before = fileHash(path);

        // No integrity check is due today, so the damage shows when the data is read.
        AssessmentStore store;
        StoreError error;
        const bool opened = store.open(path, AssessmentStore::OpenMode::CreateIfMissing, &error);
        if (opened) {
            QVERIFY(store.listAssessments(&error).isEmpty());
            store.close();
        }
        QCOMPARE(error.kind, StoreError::Kind::Corrupt);
        QVERIFY2(error.message.contains(QLatin1String("damaged")), qPrintable(error.message));
        QVERIFY2(error.message.contains(AssessmentStore::backups(path).constFirst()),
                 qPrintable(error.message));
        QCOMPARE(fileHash(path), before);
        // The backup taken before the damage restores the answers.
        QVERIFY(AssessmentStore::restoreBackup(AssessmentStore::backups(path).constFirst(), path,
                                               &error));
        QVERIFY(store.open(path, AssessmentStore::OpenMode::CreateIfMissing, &error));
        QCOMPARE(store.loadAssessment(id, &error)->rating(QStringLiteral("LEAD-01")),
                 Rating::FullyMet);
    }

    void secondOpenIsLocked()
    {
        const QString path = populated();
        AssessmentStore first;
        StoreError error;
        QVERIFY(first.open(path, AssessmentStore::OpenMode::CreateIfMissing, &error));
        AssessmentStore second;
        QVERIFY(!second.open(path, AssessmentStore::OpenMode::CreateIfMissing, &error));
        QCOMPARE(error.kind, StoreError::Kind::Locked);
        QVERIFY2(error.message.contains(QLatin1String("open in another Waymark")),
                 qPrintable(error.message));
        first.close();
        QVERIFY2(second.open(path, AssessmentStore::OpenMode::CreateIfMissing, &error),
                 qPrintable(error.message));
    }

    void missingFolderCannotBeCreated()
    {
        const QString path = m_dir.filePath(QStringLiteral("no/such/folder/waymark.db"));
        AssessmentStore store;
        StoreError error;
        QVERIFY(!store.open(path, AssessmentStore::OpenMode::CreateIfMissing, &error));
        QCOMPARE(error.kind, StoreError::Kind::CannotOpen);
        QVERIFY(error.message.contains(QLatin1String("does not exist")));
        QVERIFY(!QFile::exists(path));
    }

    void migratesVersionOneFixture()
    {
        const QString path = m_dir.filePath(QStringLiteral("v1-copy.db"));
        QVERIFY(QFile::copy(QStringLiteral(WAYMARK_TEST_DATA "/db/v1.db"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        AssessmentStore store;
        StoreError error;
        QVERIFY2(store.open(path, AssessmentStore::OpenMode::CreateIfMissing, &error),
                 qPrintable(error.message));
        const std::optional<Assessment> loaded = store.loadAssessment(1, &error);
        QVERIFY(loaded);
        QCOMPARE(loaded->info.authority, QStringLiteral("Cyngor Sir Gâr"));
        QCOMPARE(loaded->info.uid, QStringLiteral("6f1c2a3e-1d2b-4c5d-8e9f-0a1b2c3d4e5f"));
        QCOMPARE(loaded->answers.size(), 3);
        QCOMPARE(loaded->rating(QStringLiteral("LEAD-02")), Rating::PartiallyMet);
        QVERIFY(loaded->answer(QStringLiteral("LEAD-02")).flagged);
        QCOMPARE(loaded->rating(QStringLiteral("DUTY-02")), Rating::DontKnow);
        QCOMPARE(loaded->actions.size(), 1);
        QCOMPARE(loaded->actions.first().status, ActionStatus::InProgress);
        // The version 2 tables exist and the version is recorded.
        QSqlDatabase db = QSqlDatabase::database(QSqlDatabase::connectionNames().constFirst());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), AssessmentStore::SchemaVersion);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM workshop")));
        // A backup of the version 1 file was taken before the migration.
        const QStringList saved = AssessmentStore::backups(path);
        QVERIFY(!saved.isEmpty());
        rawExec(saved.constLast(), QStringLiteral("SELECT 1"));
        {
            QSqlDatabase backup =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup"));
            backup.setDatabaseName(saved.constLast());
            QVERIFY(backup.open());
            QSqlQuery version(backup);
            QVERIFY(version.exec(QStringLiteral("PRAGMA user_version")) && version.next());
            QCOMPARE(version.value(0).toInt(), 1);
            backup.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("backup"));
    }

    // A copy of tests/data/db/v2.db (make-v2-fixture.sh), at schema version 2.
    QString versionTwoCopy()
    {
        const QString path = freshPath();
        if (!QFile::copy(QStringLiteral(WAYMARK_TEST_DATA "/db/v2.db"), path))
            qFatal("cannot copy v2.db");
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    void migratesVersionTwoFixture()
    {
        const QString path = versionTwoCopy();
        AssessmentStore store;
        StoreError error;
        QVERIFY2(store.open(path, AssessmentStore::OpenMode::CreateIfMissing, &error),
                 qPrintable(error.message));
        std::optional<Assessment> loaded = store.loadAssessment(1, &error);
        QVERIFY(loaded);
        QCOMPARE(loaded->info.respondent, QStringLiteral("Cllr Ann Example"));
        QCOMPARE(loaded->answers.size(), 3);
        QCOMPARE(loaded->rating(QStringLiteral("LEAD-01")), Rating::FullyMet);
        QCOMPARE(loaded->answer(QStringLiteral("LEAD-01")).evidence,
                 QStringLiteral("Appointment minute, 2024"));
        QCOMPARE(loaded->answer(QStringLiteral("LEAD-02")).note,
                 QStringLiteral("Ask who deputises"));
        QCOMPARE(loaded->rating(QStringLiteral("DUTY-02")), Rating::DontKnow);
        // Version 2 deleted the row of a cleared answer: there is no clear to find.
        QVERIFY(!loaded->answers.contains(QStringLiteral("LEAD-03")));
        QVERIFY(loaded->cleared.isEmpty());
        // Workshops came through, and the version is recorded.
        const std::optional<Workshop> workshop = store.loadWorkshop(1, &error);
        QVERIFY(workshop);
        QCOMPARE(workshop->participants.size(), 1);
        QCOMPARE(workshop->agreed.value(QStringLiteral("LEAD-01")).rating, Rating::MostlyMet);
        QSqlQuery query(QSqlDatabase::database(QSqlDatabase::connectionNames().constFirst()));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), AssessmentStore::SchemaVersion);
        QVERIFY(!AssessmentStore::backups(path).isEmpty()); // taken before the migration

        // From now on a clear is kept.
        QVERIFY(store.saveAnswer(1, QStringLiteral("LEAD-01"), Answer(), &error));
        loaded = store.loadAssessment(1, &error);
        QVERIFY(loaded->cleared.contains(QStringLiteral("LEAD-01")));
    }

    void futureTimesAreRepairedWhenTheDatabaseIsUpgraded()
    {
        // Assessment 2 of v2.db came from a file whose clock said 9999, imported by a Waymark
        // that did not check: it won over every later change and kept its respondent for ever.
        const QString path = versionTwoCopy();
        const QDateTime before = QDateTime::currentDateTimeUtc();
        AssessmentStore store;
        StoreError error;
        QVERIFY2(store.open(path, AssessmentStore::OpenMode::CreateIfMissing, &error),
                 qPrintable(error.message));
        const QDateTime after = QDateTime::currentDateTimeUtc();
        const QString expectedStart =
            QStringLiteral("3 change time(s) in assessment(s) 2 were more than a day ahead of "
                           "this computer's clock");
        QVERIFY2(store.warning().startsWith(expectedStart), qPrintable(store.warning()));
        QVERIFY2(store.warning().contains(QStringLiteral("the time of this repair")),
                 qPrintable(store.warning()));

        std::optional<Assessment> loaded = store.loadAssessment(2, &error);
        QVERIFY(loaded);
        // Set to the time of the repair, all three the same time.
        const QDateTime repairedAt = loaded->info.updated;
        QVERIFY(repairedAt >= before.addMSecs(-1) && repairedAt <= after);
        QCOMPARE(loaded->info.created, repairedAt);
        QCOMPARE(loaded->answer(QStringLiteral("LEAD-01")).updated, repairedAt);
        // A time that was not in the future is left alone.
        QCOMPARE(loaded->answer(QStringLiteral("LEAD-02")).updated,
                 QDateTime(QDate(2025, 10, 2), QTime(10, 30), Qt::UTC));
        // Nothing else in the database was in the future.
        QVERIFY(store.loadAssessment(1, &error)->info.updated < repairedAt);

        // A later change from another machine wins again, metadata included.
        Assessment later = *loaded;
        later.info.respondent = QStringLiteral("Cllr Ann Present");
        later.info.updated = QDateTime::currentDateTimeUtc().addMSecs(5);
        later.answers[QStringLiteral("LEAD-01")].rating = Rating::MostlyMet;
        later.answers[QStringLiteral("LEAD-01")].updated = later.info.updated;
        const std::optional<ImportOutcome> outcome = store.importAssessment(later, &error);
        QVERIFY2(outcome, qPrintable(error.message));
        QCOMPARE(outcome->answersTaken, 1);
        loaded = store.loadAssessment(2, &error);
        QCOMPARE(loaded->info.respondent, QStringLiteral("Cllr Ann Present"));
        QCOMPARE(loaded->rating(QStringLiteral("LEAD-01")), Rating::MostlyMet);

        // The repair is done once, with the upgrade.
        store.close();
        QVERIFY(store.open(path, AssessmentStore::OpenMode::CreateIfMissing, &error));
        QVERIFY2(store.warning().isEmpty(), qPrintable(store.warning()));
    }

    // A copy of tests/data/db/v3.db (make-v3-fixture.sh), at schema version 3.
    void migratesVersionThreeFixture()
    {
        const QString path = freshPath();
        QVERIFY(QFile::copy(QStringLiteral(WAYMARK_TEST_DATA "/db/v3.db"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        // Version 3 already refused times from the future, so the step to version 4 repairs
        // none, even one that this computer's clock running behind makes look so.
        rawExec(path, QStringLiteral("UPDATE answer SET updated_at = '2999-01-01T00:00:00.000Z' "
                                     "WHERE assessment_id = 1 AND question_id = 'LEAD-01'"));
        QCOMPARE(schemaOf(path).version, 3);
        AssessmentStore store;
        StoreError error;
        QVERIFY2(store.open(path, AssessmentStore::OpenMode::CreateIfMissing, &error),
                 qPrintable(error.message));
        QVERIFY2(store.warning().isEmpty(), qPrintable(store.warning()));

        std::optional<Assessment> first = store.loadAssessment(1, &error);
        QVERIFY2(first, qPrintable(error.message));
        QCOMPARE(first->info.respondent, QStringLiteral("Cllr Ann Example"));
        QCOMPARE(first->answers.size(), 3);
        QCOMPARE(first->rating(QStringLiteral("LEAD-01")), Rating::FullyMet);
        QCOMPARE(first->answer(QStringLiteral("LEAD-01")).updated,
                 QDateTime(QDate(2999, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(first->answer(QStringLiteral("LEAD-02")).note,
                 QStringLiteral("Ask who deputises"));
        // Version 3 kept the clear, and it is still there.
        QVERIFY(first->cleared.contains(QStringLiteral("LEAD-03")));

        std::optional<Assessment> imported = store.loadAssessment(2, &error);
        QVERIFY2(imported, qPrintable(error.message));
        QCOMPARE(imported->info.uid, QStringLiteral("3b9e7c2d-5a41-4f0e-9c8d-7e6f5a4b3c2d"));
        QCOMPARE(imported->rating(QStringLiteral("LEAD-01")), Rating::MostlyMet);
        QCOMPARE(imported->cleared.value(QStringLiteral("LEAD-02")),
                 QDateTime(QDate(2025, 10, 3), QTime(10, 30), Qt::UTC));
        QCOMPARE(imported->actions.size(), 2);
        QCOMPARE(imported->actions.at(0).what, QStringLiteral("Ask for the audit"));
        QCOMPARE(imported->actions.at(0).due, QDate(2026, 1, 31));
        QCOMPARE(imported->actions.at(0).status, ActionStatus::InProgress);
        QCOMPARE(imported->actions.at(1).what, QStringLiteral("Visit the MASH"));

        const std::optional<Workshop> workshop = store.loadWorkshop(1, &error);
        QVERIFY2(workshop, qPrintable(error.message));
        QCOMPARE(workshop->participants.size(), 1);
        QCOMPARE(workshop->participants.first().info.respondent, QStringLiteral("Cllr Bryn"));
        QCOMPARE(workshop->agreed.value(QStringLiteral("LEAD-01")).rating, Rating::MostlyMet);

        // New ids still follow the old ones, actions' included.
        Action action;
        action.what = QStringLiteral("Write to the DCS");
        QVERIFY2(store.addAction(2, action, &error), qPrintable(error.message));
        QCOMPARE(action.id, qint64(3));

        // The backup taken before the migration is the version 3 file, store_meta and all; the
        // day's backup, after it, is of version 4.
        const QStringList saved = AssessmentStore::backups(path);
        QCOMPARE(saved.size(), 2);
        store.close();
        QCOMPARE(schemaOf(saved.constLast()).version, 3);
        QVERIFY(schemaOf(saved.constLast()).tables.contains(QStringLiteral("store_meta")));
        QCOMPARE(schemaOf(saved.constFirst()).version, AssessmentStore::SchemaVersion);
        QCOMPARE(schemaOf(path).version, AssessmentStore::SchemaVersion);
    }

    // A copy of tests/data/db/v4.db (make-v4-fixture.sh), at schema version 4: written before
    // jurisdictions were recorded, against question bank 1.0.0. Version 5 records every earlier
    // assessment and workshop as made under England's law, and keeps the bank version each was
    // answered against.
    void migratesVersionFourFixture()
    {
        const QString path = freshPath();
        QVERIFY(QFile::copy(QStringLiteral(WAYMARK_TEST_DATA "/db/v4.db"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(schemaOf(path).version, 4);
        AssessmentStore store;
        StoreError error;
        QVERIFY2(store.open(path, AssessmentStore::OpenMode::ExistingOnly, &error),
                 qPrintable(error.message));
        QVERIFY2(store.warning().isEmpty(), qPrintable(store.warning()));

        std::optional<Assessment> first = store.loadAssessment(1, &error);
        QVERIFY2(first, qPrintable(error.message));
        QCOMPARE(first->info.jurisdiction, QStringLiteral("england"));
        QCOMPARE(first->info.bankVersion, QStringLiteral("1.0.0"));
        QCOMPARE(first->answers.size(), 3);
        QCOMPARE(first->rating(QStringLiteral("LEAD-08")), Rating::PartiallyMet);
        QCOMPARE(first->answer(QStringLiteral("LEAD-08")).note, QStringLiteral("Ask the partners"));
        const std::optional<Workshop> workshop = store.loadWorkshop(1, &error);
        QVERIFY2(workshop, qPrintable(error.message));
        QCOMPARE(workshop->info.jurisdiction, QStringLiteral("england"));
        QCOMPARE(workshop->participants.size(), 1);
        QCOMPARE(workshop->participants.first().info.jurisdiction, QStringLiteral("england"));

        // The new column holds what is saved now: a Welsh assessment stays Welsh.
        Assessment welsh = *first;
        welsh.info.id = 0;
        welsh.info.uid.clear();
        welsh.info.jurisdiction = QStringLiteral("wales");
        welsh.info.bankVersion = QStringLiteral("2.0.0");
        welsh.answers.clear();
        QVERIFY2(store.createAssessment(welsh.info, &error), qPrintable(error.message));
        store.close();
        QVERIFY2(store.open(path, AssessmentStore::OpenMode::ExistingOnly, &error),
                 qPrintable(error.message));
        const std::optional<Assessment> reread = store.loadAssessment(welsh.info.id, &error);
        QVERIFY2(reread, qPrintable(error.message));
        QCOMPARE(reread->info.jurisdiction, QStringLiteral("wales"));
        store.close();

        // The backup taken before the migration is the version 4 file.
        const QStringList saved = AssessmentStore::backups(path);
        QVERIFY(!saved.isEmpty());
        QCOMPARE(schemaOf(saved.constLast()).version, 4);
        QCOMPARE(schemaOf(path).version, AssessmentStore::SchemaVersion);
    }

    // store_meta, which no Waymark ever used, is gone from a database of any version once it is
    // opened, and a new one never has it.
    void storeMetaIsDropped_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("new") << QString();
        QTest::newRow("version 1") << QStringLiteral(WAYMARK_TEST_DATA "/db/v1.db");
        QTest::newRow("version 2") << QStringLiteral(WAYMARK_TEST_DATA "/db/v2.db");
        QTest::newRow("version 3") << QStringLiteral(WAYMARK_TEST_DATA "/db/v3.db");
    }

    void storeMetaIsDropped()
    {
        QFETCH(QString, fixture);
        const QString path = freshPath();
        if (!fixture.isEmpty()) {
            QVERIFY(QFile::copy(fixture, path));
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
            QVERIFY(schemaOf(path).tables.contains(QStringLiteral("store_meta")));
        }
        {
            AssessmentStore store;
            StoreError error;
            QVERIFY2(store.open(path, AssessmentStore::OpenMode::CreateIfMissing, &error),
                     qPrintable(error.message));
        }
        const FileSchema schema = schemaOf(path);
        QCOMPARE(schema.version, AssessmentStore::SchemaVersion);
        QCOMPARE(schema.tables,
                 QStringList({QStringLiteral("action"), QStringLiteral("answer"),
                              QStringLiteral("assessment"), QStringLiteral("consensus"),
                              QStringLiteral("workshop"), QStringLiteral("workshop_participant")}));
    }

    // One rule for a store with no database open, whether it never opened one or closed it:
    // every call that would read or write fails, saying so, and nothing is written anywhere.
    void everyCallWithoutAnOpenDatabaseSaysSo()
    {
        qint64 id = 0;
        const QString path = populated(&id);
        AssessmentStore closed;
        StoreError error;
        QVERIFY(closed.open(path, AssessmentStore::OpenMode::ExistingOnly, &error));
        closed.close();
        AssessmentStore never;
        const QByteArray before = fileHash(path);
        const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files | QDir::Dirs);

        for (AssessmentStore *store : {&never, &closed}) {
            QVERIFY(!store->isOpen());
            QVERIFY(store->path().isEmpty());
            QVERIFY(store->warning().isEmpty());
            QVERIFY(store->ownFiles().isEmpty());
            AssessmentInfo info = sampleInfo();
            info.id = id;
            WorkshopInfo workshop;
            workshop.name = QStringLiteral("Autumn workshop");
            Action action;
            action.what = QStringLiteral("Ask for the data");
            Assessment incoming;
            incoming.info = sampleInfo();
            QString backup;
            // Each call, and whether it failed by its own measure.
            const QList<std::pair<const char *, std::function<bool(StoreError *)>>> calls = {
                {"createAssessment",
                 [&](StoreError *e) { return !store->createAssessment(info, e); }},
                {"listAssessments",
                 [&](StoreError *e) { return store->listAssessments(e).isEmpty(); }},
                {"countAssessments",
                 [&](StoreError *e) { return store->countAssessments(e) == 0; }},
                {"loadAssessment", [&](StoreError *e) { return !store->loadAssessment(id, e); }},
                {"updateInfo", [&](StoreError *e) { return !store->updateInfo(info, e); }},
                {"deleteAssessment",
                 [&](StoreError *e) { return !store->deleteAssessment(id, e); }},
                {"saveAnswer",
                 [&](StoreError *e) {
                     return !store->saveAnswer(id, QStringLiteral("LEAD-01"),
                                               makeAnswer(Rating::NotMet), e);
                 }},
                {"addAction", [&](StoreError *e) { return !store->addAction(id, action, e); }},
                {"updateAction",
                 [&](StoreError *e) { return !store->updateAction(id, action, e); }},
                {"removeAction", [&](StoreError *e) { return !store->removeAction(id, 1, e); }},
                {"importAssessment",
                 [&](StoreError *e) { return !store->importAssessment(incoming, e); }},
                {"createWorkshop",
                 [&](StoreError *e) { return !store->createWorkshop(workshop, e); }},
                {"listWorkshops", [&](StoreError *e) { return store->listWorkshops(e).isEmpty(); }},
                {"loadWorkshop", [&](StoreError *e) { return !store->loadWorkshop(1, e); }},
                {"addParticipant", [&](StoreError *e) { return !store->addParticipant(1, id, e); }},
                {"removeParticipant",
                 [&](StoreError *e) { return !store->removeParticipant(1, id, e); }},
                {"saveAgreed",
                 [&](StoreError *e) {
                     return !store->saveAgreed(1, QStringLiteral("LEAD-01"), AgreedAnswer(), e);
                 }},
                {"backupNow", [&](StoreError *e) { return !store->backupNow(&backup, e); }},
                {"checkIntegrity", [&](StoreError *e) { return !store->checkIntegrity(e); }},
            };
            for (const auto &[name, call] : calls) {
                StoreError said;
                QVERIFY2(call(&said), name);
                QVERIFY2(said.kind == StoreError::Kind::CannotOpen, name);
                QVERIFY2(
                    said.message == QLatin1String("No database is open."),
                    qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(name), said.message)));
                QVERIFY2(call(nullptr), name); // and without a caller asking for the error
            }
            QVERIFY(backup.isEmpty());
        }
        QCOMPARE(fileHash(path), before);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Dirs), filesBefore);
    }

    void aVersionThreeDatabaseIsNotRewrittenByTheClock()
    {
        // Version 3 never stores a time from the future, so one found there means that this
        // computer's clock has gone back: rewriting good times then would let older files win.
        qint64 id = 0;
        const QString path = populated(&id);
        rawExec(path, QStringLiteral("UPDATE answer SET updated_at = '2999-01-01T00:00:00.000Z'"));
        AssessmentStore store;
        StoreError error;
        QVERIFY(store.open(path, AssessmentStore::OpenMode::CreateIfMissing, &error));
        QVERIFY2(store.warning().isEmpty(), qPrintable(store.warning()));
        QCOMPARE(store.loadAssessment(id, &error)->answer(QStringLiteral("LEAD-01")).updated,
                 QDateTime(QDate(2999, 1, 1), QTime(0, 0), Qt::UTC));
    }

    // Backups are named by the millisecond. A backup whose millisecond's name is taken (the
    // daily one on opening, then one asked for at once) waits for a free one rather than fail,
    // and never writes into or removes another file. (Until this test it failed with "output
    // file already exists", and the failure removed the file of that name.)
    void backupNeverSharesAName()
    {
        const QString path = freshPath();
        AssessmentStore store;
        StoreError error;
        QVERIFY(store.open(path, AssessmentStore::OpenMode::CreateIfMissing, &error));
        // Every name of the next 200 milliseconds is taken.
        const QString folder = AssessmentStore::backupFolder(path);
        QVERIFY(QDir().mkpath(folder));
        const QString base = QFileInfo(path).completeBaseName();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QStringList taken;
        for (int ms = 0; ms < 200; ++ms) {
            const QString name = folder + QLatin1Char('/') + base + QLatin1Char('-') +
                                 now.addMSecs(ms).toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) +
                                 QStringLiteral(".db");
            QFile file(name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("taken");
            taken.append(name);
        }
        QString backup;
        QVERIFY2(store.backupNow(&backup, &error), qPrintable(error.message));
        QVERIFY(!taken.contains(backup));
        QVERIFY(backup > taken.constLast());
        QFile written(backup);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.read(16).startsWith("SQLite format 3"));
        QCOMPARE(QFile::permissions(backup) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
    }

    void backupsRotateAndRestore()
    {
        qint64 id = 0;
        const QString path = populated(&id);
        AssessmentStore store;
        StoreError error;
        QVERIFY(store.open(path, AssessmentStore::OpenMode::CreateIfMissing, &error));
        QString first;
        QVERIFY2(store.backupNow(&first, &error), qPrintable(error.message));
        QVERIFY(QFile::exists(first));
        QCOMPARE(QFile::permissions(first) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        for (int i = 0; i < AssessmentStore::BackupsKept + 2; ++i) {
            QTest::qWait(2); // backup names carry milliseconds
            QVERIFY(store.backupNow(nullptr, &error));
        }
        QCOMPARE(AssessmentStore::backups(path).size(), AssessmentStore::BackupsKept);
        QVERIFY(!QFile::exists(first)); // the oldest went first

        // A change after the last backup, then a restore brings back the backed-up state.
        const QString latest = AssessmentStore::backups(path).constFirst();
        QVERIFY(
            store.saveAnswer(id, QStringLiteral("LEAD-01"), makeAnswer(Rating::NotMet), &error));
        QVERIFY(!AssessmentStore::restoreBackup(latest, path, &error)); // still open here
        QCOMPARE(error.kind, StoreError::Kind::Locked);
        store.close();
        QVERIFY2(AssessmentStore::restoreBackup(latest, path, &error), qPrintable(error.message));
        QVERIFY(store.open(path, AssessmentStore::OpenMode::CreateIfMissing, &error));
        QCOMPARE(store.loadAssessment(id, &error)->rating(QStringLiteral("LEAD-01")),
                 Rating::FullyMet);
        // The replaced file was kept, not destroyed.
        QVERIFY(!QDir(m_dir.path())
                     .entryList({QFileInfo(path).fileName() + QStringLiteral(".replaced-*")})
                     .isEmpty());
    }

    void dailyBackupOnOpen()
    {
        const QString path = populated();
        QVERIFY(AssessmentStore::backups(path).isEmpty()); // a new database has nothing to keep yet
        const QByteArray before = fileHash(path);
        AssessmentStore store;
        StoreError error;
        QVERIFY(store.open(path, AssessmentStore::OpenMode::CreateIfMissing, &error));
        QVERIFY2(store.warning().isEmpty(), qPrintable(store.warning()));
        QCOMPARE(AssessmentStore::backups(path).size(), 1);
        store.close();
        QCOMPARE(fileHash(path), before); // taking a backup only reads the database
        QVERIFY(store.open(path, AssessmentStore::OpenMode::CreateIfMissing, &error));
        QCOMPARE(AssessmentStore::backups(path).size(), 1); // not again the same day
        store.close();

        // A day later, another.
        QFile last(AssessmentStore::backups(path).constFirst());
        QVERIFY(last.open(QIODevice::ReadWrite));
        QVERIFY(last.setFileTime(QDateTime::currentDateTime().addDays(-2),
                                 QFileDevice::FileModificationTime));
        last.close();
        QTest::qWait(2);
        QVERIFY(store.open(path, AssessmentStore::OpenMode::CreateIfMissing, &error));
        QCOMPARE(AssessmentStore::backups(path).size(), 2);
    }

    void importAddsThenMergesByUid()
    {
        const QString path = freshPath();
        AssessmentStore store;
        StoreError error;
        QVERIFY(store.open(path, AssessmentStore::OpenMode::CreateIfMissing, &error));
        const QDateTime t1(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC);
        const QDateTime t2 = t1.addSecs(3600);
        Assessment incoming;
        incoming.info = sampleInfo();
        incoming.info.uid = QStringLiteral("0b7f3c1e-8d0a-4d55-9a43-2f0c8d6b1e11");
        incoming.info.created = incoming.info.updated = t1;
        incoming.answers.insert(QStringLiteral("LEAD-01"),
                                makeAnswer(Rating::NotMet, QStringLiteral("old"), {}, false, t1));
        incoming.answers.insert(QStringLiteral("LEAD-02"),
                                makeAnswer(Rating::FullyMet, QString(), {}, false, t1));
        Action action;
        action.what = QStringLiteral("First plan");
        incoming.actions.append(action);

        std::optional<ImportOutcome> outcome = store.importAssessment(incoming, &error);
        QVERIFY(outcome);
        QVERIFY(outcome->created);
        QCOMPARE(outcome->answersTaken, 2);
        const qint64 id = outcome->id;

        // Locally, LEAD-02 changes after t1.
        QVERIFY(store.saveAnswer(id, QStringLiteral("LEAD-02"),
                                 makeAnswer(Rating::MostlyMet, {}, {}, false, t2.addSecs(60)),
                                 &error));

        // The same file again, with LEAD-01 newer and LEAD-02 older than the local change.
        incoming.answers[QStringLiteral("LEAD-01")] =
            makeAnswer(Rating::FullyMet, QStringLiteral("new"), {}, false, t2);
        incoming.answers[QStringLiteral("LEAD-02")] = makeAnswer(Rating::NotMet, {}, {}, false, t2);
        incoming.info.respondent = QStringLiteral("Cllr Renamed");
        incoming.info.updated = t2.addSecs(120);
        incoming.actions.first().what = QStringLiteral("Second plan");
        outcome = store.importAssessment(incoming, &error);
        QVERIFY(outcome);
        QVERIFY(!outcome->created);
        QCOMPARE(outcome->id, id);
        QCOMPARE(outcome->answersTaken, 1);
        const std::optional<Assessment> loaded = store.loadAssessment(id, &error);
        QCOMPARE(loaded->answer(QStringLiteral("LEAD-01")).evidence, QStringLiteral("new"));
        QCOMPARE(loaded->rating(QStringLiteral("LEAD-02")), Rating::MostlyMet);
        QCOMPARE(loaded->info.respondent, QStringLiteral("Cllr Renamed"));
        QCOMPARE(loaded->actions.size(), 1);
        QCOMPARE(loaded->actions.first().what, QStringLiteral("Second plan"));
        QCOMPARE(store.listAssessments(&error).size(), 1);
    }

    // Issue 11: only a caller that means to start a database gets one; a mistyped name leaves
    // nothing behind, not even a lock.
    void missingDatabaseIsNotCreatedUnlessAskedFor()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mistyped.db"));
        AssessmentStore store;
        StoreError error;
        QVERIFY(!store.open(path, AssessmentStore::OpenMode::ExistingOnly, &error));
        QCOMPARE(error.kind, StoreError::Kind::Missing);
        QCOMPARE(error.message, QStringLiteral("There is no Waymark database at %1.").arg(path));
        QVERIFY(!store.isOpen());
        QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));

        // An empty file is not a database either, until one is started in it.
        QFile empty(path);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QVERIFY(!store.open(path, AssessmentStore::OpenMode::ExistingOnly, &error));
        QCOMPARE(error.kind, StoreError::Kind::NotWaymark);
        QCOMPARE(QFileInfo(path).size(), 0);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("mistyped.db")});
        QVERIFY2(store.open(path, AssessmentStore::OpenMode::CreateIfMissing, &error),
                 qPrintable(error.message));
        QCOMPARE(modeOf(path), 0600);
    }

    // The lock names the machine and the program: owner-only, whatever the umask.
    void lockFileIsOwnerOnlyWhateverTheUmask()
    {
        const QString path = populated();
        const mode_t before = ::umask(0);
        const auto restoreUmask = qScopeGuard([before] { ::umask(before); });
        AssessmentStore store;
        StoreError error;
        QVERIFY(store.open(path, AssessmentStore::OpenMode::ExistingOnly, &error));
        QCOMPARE(modeOf(path + QStringLiteral(".lock")), 0600);
        QVERIFY2(store.warning().isEmpty(), qPrintable(store.warning()));
    }

    // A lock file that is not a file (a FIFO would make reading it wait for ever) is refused.
    void lockThatIsNotAFileIsRefused()
    {
        const QString path = populated();
        const QString lock = path + QStringLiteral(".lock");
        QCOMPARE(::mkfifo(QFile::encodeName(lock).constData(), 0600), 0);
        const auto removeFifo = qScopeGuard([lock] { QFile::remove(lock); });
        AssessmentStore store;
        StoreError error;
        QVERIFY(!store.open(path, AssessmentStore::OpenMode::ExistingOnly, &error));
        QCOMPARE(error.kind, StoreError::Kind::Locked);
        QCOMPARE(error.message, QStringLiteral("%1 is locked by %2, which Waymark can neither read "
                                               "nor remove. If no Waymark has the database open, "
                                               "delete %2 and try again.")
                                    .arg(path, lock));
    }

    // Two names for one database (a symlink) are one database: one lock, everything beside
    // the real file, so that the app and the CLI cannot both write through two names.
    void twoNamesShareOneLock()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(QStringLiteral("real.db"));
        const QString link = dir.filePath(QStringLiteral("elsewhere/link.db"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("elsewhere"))));
        {
            AssessmentStore creator;
            StoreError error;
            QVERIFY(creator.open(real, AssessmentStore::OpenMode::CreateIfMissing, &error));
        }
        QVERIFY(QFile::link(real, link));
        QCOMPARE(AssessmentStore::resolvePath(link), real);
        QCOMPARE(AssessmentStore::backupFolder(link), dir.filePath(QStringLiteral("real-backups")));

        AssessmentStore first;
        StoreError error;
        QVERIFY(first.open(link, AssessmentStore::OpenMode::ExistingOnly, &error));
        QCOMPARE(first.path(), real);
        QVERIFY(QFileInfo::exists(real + QStringLiteral(".lock")));
        AssessmentStore second;
        QVERIFY(!second.open(real, AssessmentStore::OpenMode::ExistingOnly, &error));
        QCOMPARE(error.kind, StoreError::Kind::Locked);
        QCOMPARE(QDir(dir.filePath(QStringLiteral("elsewhere")))
                     .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("link.db")});
    }

    // A database used while it was read-only leaves SQLite's -wal and -shm read-only (0444);
    // once the database can be written, the store gives them back to their owner.
    void sideFilesOfAReadOnlyDatabase()
    {
        qint64 id = 0;
        const QString path = populated(&id);
        for (const QString &side : {path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            QFile file(side);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.close();
            QVERIFY(QFile::setPermissions(side,
                                          QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        }
        AssessmentStore store;
        StoreError error;
        QVERIFY2(store.open(path, AssessmentStore::OpenMode::ExistingOnly, &error),
                 qPrintable(error.message));
        for (const QString &side : {path + QStringLiteral("-wal"), path + QStringLiteral("-shm")})
            QCOMPARE(modeOf(side), 0600);
        QVERIFY2(
            store.saveAnswer(id, QStringLiteral("LEAD-03"), makeAnswer(Rating::NotMet), &error),
            qPrintable(error.message));
    }

    // Issue 11, item 6: restoreBackup (the CLI's restore, and the app's offer after damage)
    // checks the backup as strictly as an opened database; the database stays as it was.
    void restoreRefusesUnsoundBackups_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("text") << "text"
                              << "it is not a database file at all.";
        QTest::newRow("other SQLite database") << "foreign"
                                               << "it is a database, but not a Waymark one.";
        QTest::newRow("empty SQLite database") << "blank"
                                               << "it is an empty database, not a Waymark one.";
        QTest::newRow("newer schema") << "newer"
                                      << "newer version of Waymark";
        QTest::newRow("corrupt pages") << "corrupt"
                                       << "";
        QTest::newRow("log left beside it") << "wal"
                                            << "its latest changes are still in";
        QTest::newRow("journal left beside it") << "journal"
                                                << "its latest changes are still in";
    }

    void restoreRefusesUnsoundBackups()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        const QString path = populated();
        QTemporaryDir elsewhere;
        QString backup = elsewhere.filePath(QStringLiteral("offered.db"));
        if (kind == QLatin1String("text")) {
            QFile file(backup);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("name,rating\nLEAD-01,3\n");
        } else if (kind == QLatin1String("foreign")) {
            rawExec(backup, QStringLiteral("CREATE TABLE recipes (name TEXT)"));
        } else if (kind == QLatin1String("blank")) {
            rawExec(backup, QStringLiteral("PRAGMA user_version = 7"));
        } else {
            backup = populated();
            if (kind == QLatin1String("newer")) {
                rawExec(backup, QStringLiteral("PRAGMA user_version = 99"));
            } else if (kind == QLatin1String("wal") || kind == QLatin1String("journal")) {
                QFile wal(backup + QLatin1Char('-') + kind);
                QVERIFY(wal.open(QIODevice::WriteOnly));
                wal.write(QByteArray(4096, 'w'));
            } else {
                QFile file(backup);
                QVERIFY(file.open(QIODevice::ReadWrite));
                QVERIFY(file.seek(4096 + 8));
                file.write(QByteArray(int(file.size() - 4096 - 8), '\x5a'));
            }
        }
        const QByteArray before = fileHash(path);
        const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);
        StoreError error;
        QVERIFY(!AssessmentStore::restoreBackup(backup, path, &error));
        QCOMPARE(error.kind, StoreError::Kind::InvalidInput);
        QVERIFY2(error.message.startsWith(backup + QStringLiteral(" cannot be restored: ")),
                 qPrintable(error.message));
        QVERIFY2(error.message.contains(reason), qPrintable(error.message));
        QVERIFY2(error.message.endsWith(path + QStringLiteral(" was left as it was.")),
                 qPrintable(error.message));
        QCOMPARE(fileHash(path), before);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filesBefore);
    }

    // The replaced database's write-ahead log holds answers acknowledged after a crash: it is
    // kept with the replaced file (whose answers it holds), never left beside the restored one.
    void restoreKeepsTheReplacedFileWithItsLog()
    {
        qint64 id = 0;
        const QString offered = populated(&id);
        const QString path = freshPath();
        QProcess writer;
        writer.start(QStringLiteral(WAYMARK_STORE_WRITER), {path});
        QVERIFY(writer.waitForStarted());
        QByteArray seen;
        while (!seen.contains("ACK 40\n")) {
            QVERIFY2(writer.waitForReadyRead(30000), "the writer stopped acknowledging");
            seen += writer.readAllStandardOutput();
        }
        writer.kill();
        QVERIFY(writer.waitForFinished());
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        const qint64 written = seen.mid(seen.indexOf("ID ") + 3).split('\n').first().toLongLong();

        StoreError error;
        AssessmentStore::RestoreOutcome outcome;
        QVERIFY2(AssessmentStore::restoreBackup(offered, path, &error, &outcome),
                 qPrintable(error.message));
        QVERIFY(outcome.keptAs.startsWith(path + QStringLiteral(".replaced-")));
        QVERIFY2(outcome.notes.join(QLatin1Char('\n')).contains(QLatin1String("no longer running")),
                 qPrintable(outcome.notes.join(QLatin1Char('\n'))));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(QFileInfo(outcome.keptAs + QStringLiteral("-wal")).size() > 0);
        {
            AssessmentStore restored;
            QVERIFY2(restored.open(path, AssessmentStore::OpenMode::ExistingOnly, &error),
                     qPrintable(error.message));
            QVERIFY2(restored.checkIntegrity(&error), qPrintable(error.message));
            QCOMPARE(restored.loadAssessment(id, &error)->rating(QStringLiteral("LEAD-01")),
                     Rating::FullyMet);
        }
        // The kept file opens with its log: every acknowledged answer is there.
        AssessmentStore kept;
        QVERIFY2(kept.open(outcome.keptAs, AssessmentStore::OpenMode::ExistingOnly, &error),
                 qPrintable(error.message));
        QVERIFY(kept.loadAssessment(written, &error)->answers.size() >= 40);
    }

    // A backup from an older Waymark is sound: it is restored as it is, and migrated (after a
    // backup of its own) when it is next opened.
    void restoreAnOlderVersionsBackup()
    {
        const QString path = populated();
        StoreError error;
        QVERIFY2(AssessmentStore::restoreBackup(QStringLiteral(WAYMARK_TEST_DATA "/db/v1.db"), path,
                                                &error),
                 qPrintable(error.message));
        QCOMPARE(fileHash(path), fileHash(QStringLiteral(WAYMARK_TEST_DATA "/db/v1.db")));
        QCOMPARE(modeOf(path), 0600);
        AssessmentStore store;
        QVERIFY2(store.open(path, AssessmentStore::OpenMode::ExistingOnly, &error),
                 qPrintable(error.message));
        QCOMPARE(store.loadAssessment(1, &error)->info.authority, QStringLiteral("Cyngor Sir Gâr"));
    }

    // A database that was deleted can be put back while its backups are there.
    void restoreADeletedDatabaseFromItsBackups()
    {
        qint64 id = 0;
        const QString path = populated(&id);
        {
            AssessmentStore store;
            StoreError error;
            QVERIFY(store.open(path, AssessmentStore::OpenMode::ExistingOnly, &error));
        }
        const QStringList saved = AssessmentStore::backups(path);
        QCOMPARE(saved.size(), 1);
        QVERIFY(QFile::remove(path));
        StoreError error;
        AssessmentStore::RestoreOutcome outcome;
        QVERIFY2(AssessmentStore::restoreBackup(saved.constFirst(), path, &error, &outcome),
                 qPrintable(error.message));
        QVERIFY(outcome.keptAs.isEmpty());
        QCOMPARE(modeOf(path), 0600);
        AssessmentStore store;
        QVERIFY(store.open(path, AssessmentStore::OpenMode::ExistingOnly, &error));
        QCOMPARE(store.loadAssessment(id, &error)->rating(QStringLiteral("LEAD-01")),
                 Rating::FullyMet);
        // Neither database nor backups: nothing to put back, and nothing is made.
        const QString never = m_dir.filePath(QStringLiteral("never.db"));
        QVERIFY(!AssessmentStore::restoreBackup(saved.constFirst(), never, &error));
        QCOMPARE(error.kind, StoreError::Kind::Missing);
        QVERIFY(!QFileInfo::exists(never));
    }

    void answersSurviveKillNine()
    {
        for (int round = 0; round < 3; ++round) {
            const QString path = freshPath();
            QProcess writer;
            writer.start(QStringLiteral(WAYMARK_STORE_WRITER), {path});
            QVERIFY(writer.waitForStarted());
            const int killAfter = 20 + QRandomGenerator::global()->bounded(300);
            int lastAck = 0;
            qint64 id = 0;
            QByteArray pending;
            while (lastAck < killAfter) {
                QVERIFY2(writer.waitForReadyRead(30000), "the writer stopped acknowledging");
                pending += writer.readAllStandardOutput();
                int newline;
                while ((newline = pending.indexOf('\n')) >= 0) {
                    const QByteArray line = pending.left(newline);
                    pending.remove(0, newline + 1);
                    if (line.startsWith("ID "))
                        id = line.mid(3).toLongLong();
                    else if (line.startsWith("ACK "))
                        lastAck = line.mid(4).toInt();
                }
            }
            writer.kill(); // SIGKILL: no destructor, no close, maybe mid-transaction
            QVERIFY(writer.waitForFinished());
            // What the writer printed after our last read was acknowledged too.
            pending += writer.readAllStandardOutput();
            for (const QByteArray &line : pending.split('\n')) {
                if (line.startsWith("ACK "))
                    lastAck = line.mid(4).toInt();
            }

            AssessmentStore store;
            StoreError error;
            QVERIFY2(store.open(path, AssessmentStore::OpenMode::CreateIfMissing, &error),
                     qPrintable(error.message)); // the dead writer's lock is stale
            QVERIFY2(store.checkIntegrity(&error), qPrintable(error.message));
            const std::optional<Assessment> loaded = store.loadAssessment(id, &error);
            QVERIFY(loaded);
            QVERIFY2(loaded->answers.size() >= lastAck,
                     qPrintable(QStringLiteral("%1 answers stored, %2 acknowledged")
                                    .arg(loaded->answers.size())
                                    .arg(lastAck)));
            for (int n = 1; n <= lastAck; ++n) {
                const Answer answer = loaded->answer(QStringLiteral("Q-%1").arg(n));
                QCOMPARE(answer.evidence, QStringLiteral("evidence for answer %1").arg(n));
                QCOMPARE(ratingValue(answer.rating), n % 4);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
