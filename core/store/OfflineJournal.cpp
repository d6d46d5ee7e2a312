#include "store/OfflineJournal.h"

#include "store/AssessmentStore.h"
#include "store/StoreConnection.h"
#include "store/sqlite/DatabaseFile.h"
#include "store/sqlite/SqliteErrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace Waymark {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Waymark::OfflineJournal", text);
}

QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("waymark-journal-%1").arg(++counter);
}

} // namespace

OfflineJournal::OfflineJournal() = default;

OfflineJournal::~OfflineJournal()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool OfflineJournal::open(const QString &path, StoreError *error)
{
    if (isOpen())
        return true;
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Owner-only before SQLite writes a byte: it holds what the member typed.
    if (!QFileInfo::exists(path)) {
        bool keptPrivate = true;
        if (!DatabaseFile::createOwnerOnly(path, &keptPrivate, error))
            return false;
    }
    const QString name = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QSqlQuery create(db);
        if (!db.open() ||
            !create.exec(QStringLiteral(
                "CREATE TABLE IF NOT EXISTS journal (sequence INTEGER PRIMARY KEY, server TEXT "
                "NOT NULL, assessment_id INTEGER NOT NULL, question_id TEXT NOT NULL, rating "
                "TEXT, evidence TEXT NOT NULL, note TEXT NOT NULL, flagged INTEGER NOT NULL, "
                "updated_at TEXT NOT NULL)"))) {
            setError(error, Sqlite::errorFrom(db.isOpen() ? create.lastError() : db.lastError(),
                                              tr("opening the journal of answers kept offline")));
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return false;
        }
        QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = FULL"));
    }
    m_connection = name;
    m_path = path;
    return true;
}

bool OfflineJournal::keep(const QString &server, qint64 assessmentId, const QString &questionId,
                          const Answer &answer, StoreError *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT INTO journal (server, assessment_id, question_id, rating, "
                                 "evidence, note, flagged, updated_at) VALUES (?, ?, ?, ?, ?, ?, "
                                 "?, ?)"));
    for (const QVariant &value :
         {QVariant(server), QVariant(assessmentId), QVariant(questionId),
          StoreConnection::rating(answer.rating),
          QVariant(answer.evidence.isNull() ? QStringLiteral("") : answer.evidence),
          QVariant(answer.note.isNull() ? QStringLiteral("") : answer.note),
          QVariant(answer.flagged ? 1 : 0), QVariant(StoreConnection::timestamp(answer.updated))})
        query.addBindValue(value);
    if (!query.exec()) {
        setError(error,
                 Sqlite::errorFrom(query.lastError(), tr("keeping an answer on this computer")));
        return false;
    }
    return true;
}

QList<JournalEntry> OfflineJournal::pending(const QString &server, StoreError *error) const
{
    QList<JournalEntry> entries;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT sequence, assessment_id, question_id, rating, evidence, "
                                 "note, flagged, updated_at FROM journal WHERE server = ? ORDER "
                                 "BY sequence"));
    query.addBindValue(server);
    if (!query.exec()) {
        setError(error,
                 Sqlite::errorFrom(query.lastError(), tr("reading the answers kept offline")));
        return entries;
    }
    while (query.next()) {
        JournalEntry entry;
        entry.sequence = query.value(0).toLongLong();
        entry.server = server;
        entry.assessmentId = query.value(1).toLongLong();
        entry.questionId = query.value(2).toString();
        entry.answer.rating =
            query.value(3).isNull()
                ? Rating::Unanswered
                : ratingFromKey(query.value(3).toString()).value_or(Rating::Unanswered);
        entry.answer.evidence = query.value(4).toString();
        entry.answer.note = query.value(5).toString();
        entry.answer.flagged = query.value(6).toInt() != 0;
        entry.answer.updated = StoreConnection::parseTimestamp(query.value(7));
        entries.append(entry);
    }
    return entries;
}

int OfflineJournal::count(const QString &server) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT count(*) FROM journal WHERE server = ?"));
    query.addBindValue(server);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

bool OfflineJournal::remove(qint64 sequence, StoreError *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("DELETE FROM journal WHERE sequence = ?"));
    query.addBindValue(sequence);
    if (!query.exec()) {
        setError(error, Sqlite::errorFrom(query.lastError(), tr("clearing a sent answer")));
        return false;
    }
    return true;
}

bool OfflineJournal::replay(const QString &server, AssessmentStore &store, ReplayOutcome *outcome,
                            StoreError *error)
{
    *outcome = ReplayOutcome();
    const QList<JournalEntry> entries = pending(server, error);
    QHash<qint64, Assessment> onServer; // read once per assessment, kept up to date below
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const JournalEntry &entry = entries.at(i);
        if (!onServer.contains(entry.assessmentId)) {
            std::optional<Assessment> loaded = store.loadAssessment(entry.assessmentId, error);
            if (!loaded) {
                outcome->remaining = int(entries.size() - i);
                return false;
            }
            onServer.insert(entry.assessmentId, *loaded);
        }
        Assessment &current = onServer[entry.assessmentId];
        const Answer theirs = current.answer(entry.questionId);
        const QDateTime theirTime = current.answers.contains(entry.questionId)
                                        ? theirs.updated
                                        : current.cleared.value(entry.questionId);
        const bool theirsNewer = theirTime.isValid() && theirTime > entry.answer.updated;
        bool ok = store.saveAnswer(entry.assessmentId, entry.questionId, entry.answer, error);
        if (ok && theirsNewer) {
            // Into the history, and the newer answer back on top.
            Answer newer = theirs;
            newer.updated = theirTime;
            ok = store.saveAnswer(entry.assessmentId, entry.questionId, newer, error);
        }
        if (!ok || !remove(entry.sequence, error)) {
            outcome->remaining = int(entries.size() - i);
            return false;
        }
        if (theirsNewer) {
            ++outcome->kept;
        } else {
            current.setAnswer(entry.questionId, entry.answer);
            ++outcome->sent;
        }
    }
    return true;
}

} // namespace Waymark
