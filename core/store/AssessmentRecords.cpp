#include "store/AssessmentRecords.h"

#include "store/StoreConnection.h"

#include <QUuid>

namespace Waymark {

namespace {

const QString AssessmentColumns = QStringLiteral(
    "id, uid, title, authority, respondent, role, assessed_on, bank_id, bank_version, created_at, "
    "updated_at, jurisdiction");

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
    info.created = StoreConnection::parseTimestamp(query.value(9));
    info.updated = StoreConnection::parseTimestamp(query.value(10));
    info.jurisdiction = query.value(11).toString();
    return info;
}

} // namespace

AssessmentRecords::AssessmentRecords(const StoreConnection &connection)
    : m_connection(connection)
{
}

AssessmentRecords::~AssessmentRecords() = default;

StoreError AssessmentRecords::noSuchAssessment(qint64 id)
{
    return makeError(StoreError::Kind::InvalidInput,
                     tr("There is no assessment %1 in this database.").arg(id));
}

StoreError AssessmentRecords::noSuchAction(qint64 actionId, qint64 assessmentId)
{
    return makeError(StoreError::Kind::InvalidInput,
                     tr("There is no action %1 in assessment %2.").arg(actionId).arg(assessmentId));
}

bool AssessmentRecords::create(AssessmentInfo &info, StoreError *error)
{
    AssessmentInfo stored = info;
    if (stored.uid.isEmpty())
        stored.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!stored.created.isValid())
        stored.created = now;
    if (!stored.updated.isValid())
        stored.updated = stored.created;
    const StoreConnection &db = m_connection;
    if (stored.jurisdiction.isEmpty())
        stored.jurisdiction = AssessmentInfo::defaultJurisdiction();
    if (!db.insert(QStringLiteral("INSERT INTO assessment (uid, title, authority, respondent, "
                                  "role, assessed_on, bank_id, bank_version, created_at, "
                                  "updated_at, jurisdiction) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                  "?, ?)"),
                   {stored.uid, db.text(stored.title), db.text(stored.authority),
                    db.text(stored.respondent), stored.roleId, db.date(stored.date),
                    db.text(stored.bankId), db.text(stored.bankVersion),
                    db.timestamp(stored.created), db.timestamp(stored.updated),
                    stored.jurisdiction},
                   tr("adding an assessment"), &stored.id, error)) {
        return false;
    }
    info = stored;
    return true;
}

QList<AssessmentSummary> AssessmentRecords::list(StoreError *error, int limit)
{
    QList<AssessmentSummary> list;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!m_connection.run(query,
                          QStringLiteral("SELECT a.id, a.uid, a.title, a.authority, a.respondent, "
                                         "a.role, a.assessed_on, a.bank_id, a.bank_version, "
                                         "a.created_at, a.updated_at, a.jurisdiction, "
                                         "(SELECT count(*) FROM "
                                         "answer w WHERE w.assessment_id = a.id AND w.rating IS "
                                         "NOT NULL) FROM assessment a ORDER BY a.updated_at "
                                         "DESC, a.id DESC") +
                              (limit >= 0 ? QStringLiteral(" LIMIT %1").arg(limit) : QString()),
                          {}, tr("listing the assessments"), error)) {
        return list;
    }
    while (query.next()) {
        AssessmentSummary summary;
        summary.info = infoFromRow(query);
        summary.answered = query.value(12).toInt();
        list.append(summary);
    }
    if (!m_connection.readToEnd(query, tr("listing the assessments"), error))
        list.clear();
    return list;
}

int AssessmentRecords::count(StoreError *error)
{
    QSqlQuery query(m_connection.database());
    if (!m_connection.run(query, QStringLiteral("SELECT count(*) FROM assessment"), {},
                          tr("counting the assessments"), error)) {
        return 0;
    }
    return query.next() ? query.value(0).toInt() : 0;
}

std::optional<Assessment> AssessmentRecords::load(qint64 id, StoreError *error)
{
    std::optional<QList<Assessment>> loaded = loadWhere(QStringLiteral("= ?"), {id}, error);
    if (!loaded)
        return std::nullopt;
    if (loaded->isEmpty()) {
        setError(error, noSuchAssessment(id));
        return std::nullopt;
    }
    return std::move(loaded->first());
}

std::optional<QList<Assessment>> AssessmentRecords::loadWhere(const QString &idCondition,
                                                              const QVariantList &values,
                                                              StoreError *error)
{
    // Three statements whatever the number of assessments: on a server each is a round trip,
    // and a workshop of 60 members read one by one took 180 of them.
    const StoreConnection &db = m_connection;
    QList<Assessment> assessments;
    QHash<qint64, qsizetype> byId;
    QSqlQuery query(db.database());
    query.setForwardOnly(true);
    if (!db.run(query,
                QStringLiteral("SELECT %1 FROM assessment WHERE id %2 ORDER BY id")
                    .arg(AssessmentColumns, idCondition),
                values, tr("reading an assessment"), error)) {
        return std::nullopt;
    }
    while (query.next()) {
        Assessment assessment;
        assessment.info = infoFromRow(query);
        assessment.answers.reserve(128);
        byId.insert(assessment.info.id, assessments.size());
        assessments.append(std::move(assessment));
    }
    if (!db.readToEnd(query, tr("reading an assessment"), error))
        return std::nullopt;
    if (assessments.isEmpty())
        return assessments;

    if (!db.run(query,
                QStringLiteral("SELECT assessment_id, question_id, rating, evidence, note, "
                               "flagged, updated_at FROM answer WHERE assessment_id %1")
                    .arg(idCondition),
                values, tr("reading answers"), error)) {
        return std::nullopt;
    }
    while (query.next()) {
        const qsizetype index = byId.value(query.value(0).toLongLong(), -1);
        if (index < 0)
            continue;
        Answer answer;
        answer.rating = ratingFromKey(query.value(2).toString()).value_or(Rating::Unanswered);
        answer.evidence = query.value(3).toString();
        answer.note = query.value(4).toString();
        answer.flagged = query.value(5).toInt() != 0;
        answer.updated = db.parseTimestamp(query.value(6));
        // A row with nothing in it is a clear (saveAnswer()).
        assessments[index].setAnswer(query.value(1).toString(), answer);
    }
    if (!db.readToEnd(query, tr("reading answers"), error))
        return std::nullopt;

    if (!db.run(query,
                QStringLiteral("SELECT assessment_id, id, question_id, what, who, due_on, status "
                               "FROM action WHERE assessment_id %1 ORDER BY id")
                    .arg(idCondition),
                values, tr("reading the action plan"), error)) {
        return std::nullopt;
    }
    while (query.next()) {
        const qsizetype index = byId.value(query.value(0).toLongLong(), -1);
        if (index < 0)
            continue;
        Action action;
        action.id = query.value(1).toLongLong();
        action.questionId = query.value(2).toString();
        action.what = query.value(3).toString();
        action.who = query.value(4).toString();
        action.due = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        action.status =
            actionStatusFromKey(query.value(6).toString()).value_or(ActionStatus::NotStarted);
        assessments[index].actions.append(action);
    }
    if (!db.readToEnd(query, tr("reading the action plan"), error))
        return std::nullopt;
    return assessments;
}

std::optional<QList<Assessment>> AssessmentRecords::loadParticipants(qint64 workshopId,
                                                                     StoreError *error)
{
    return loadWhere(QStringLiteral("IN (SELECT assessment_id FROM workshop_participant WHERE "
                                    "workshop_id = ?)"),
                     {workshopId}, error);
}

bool AssessmentRecords::updateInfo(const AssessmentInfo &info, StoreError *error)
{
    const StoreConnection &db = m_connection;
    return db.inTransaction(tr("saving the assessment's details"), error, [&] {
        QSqlQuery query(db.database());
        if (!db.run(query,
                    QStringLiteral("UPDATE assessment SET title = ?, authority = ?, "
                                   "respondent = ?, role = ?, assessed_on = ?, jurisdiction = ? "
                                   "WHERE id = ?"),
                    {db.text(info.title), db.text(info.authority), db.text(info.respondent),
                     info.roleId, db.date(info.date),
                     info.jurisdiction.isEmpty() ? AssessmentInfo::defaultJurisdiction()
                                                 : info.jurisdiction,
                     info.id},
                    tr("saving the assessment's details"), error)) {
            return false;
        }
        return touch(info.id, QDateTime::currentDateTimeUtc(), error);
    });
}

bool AssessmentRecords::remove(qint64 id, StoreError *error)
{
    const StoreConnection &db = m_connection;
    return db.inTransaction(tr("deleting an assessment"), error, [&] {
        QSqlQuery query(db.database());
        if (!db.run(query, QStringLiteral("DELETE FROM assessment WHERE id = ?"), {id},
                    tr("deleting an assessment"), error)) {
            return false;
        }
        if (query.numRowsAffected() == 0) {
            setError(error, noSuchAssessment(id));
            return false;
        }
        return true;
    });
}

bool AssessmentRecords::saveAnswer(qint64 assessmentId, const QString &questionId,
                                   const Answer &answer, StoreError *error)
{
    Answer stamped = answer;
    if (!stamped.updated.isValid())
        stamped.updated = QDateTime::currentDateTimeUtc();
    // An empty answer is kept as a row with nothing in it, stamped like any change: deleting the
    // row would lose the fact and the time of the clear, and the next exchange file would leave
    // the question out, so that other machines kept the old rating.
    return m_connection.inTransaction(tr("saving an answer"), error, [&] {
        return touch(assessmentId, stamped.updated, error) &&
               writeAnswer(assessmentId, questionId, stamped, error);
    });
}

bool AssessmentRecords::addAction(qint64 assessmentId, Action &action, StoreError *error)
{
    Action added = action;
    const bool ok = m_connection.inTransaction(tr("adding an action"), error, [&] {
        return touch(assessmentId, QDateTime::currentDateTimeUtc(), error) &&
               insertAction(assessmentId, added, error);
    });
    if (ok)
        action = added;
    return ok;
}

bool AssessmentRecords::updateAction(qint64 assessmentId, const Action &action, StoreError *error)
{
    const StoreConnection &db = m_connection;
    return db.inTransaction(tr("saving an action"), error, [&] {
        QSqlQuery query(db.database());
        if (!db.run(query,
                    QStringLiteral("UPDATE action SET question_id = ?, what = ?, who = ?, "
                                   "due_on = ?, status = ? WHERE id = ? AND assessment_id = ?"),
                    {db.text(action.questionId), db.text(action.what), db.text(action.who),
                     db.date(action.due), actionStatusKey(action.status), action.id, assessmentId},
                    tr("saving an action"), error)) {
            return false;
        }
        if (query.numRowsAffected() == 0) {
            setError(error, noSuchAction(action.id, assessmentId));
            return false;
        }
        return touch(assessmentId, QDateTime::currentDateTimeUtc(), error);
    });
}

bool AssessmentRecords::removeAction(qint64 assessmentId, qint64 actionId, StoreError *error)
{
    const StoreConnection &db = m_connection;
    return db.inTransaction(tr("removing an action"), error, [&] {
        QSqlQuery query(db.database());
        if (!db.run(query, QStringLiteral("DELETE FROM action WHERE id = ? AND assessment_id = ?"),
                    {actionId, assessmentId}, tr("removing an action"), error)) {
            return false;
        }
        if (query.numRowsAffected() == 0) {
            setError(error, noSuchAction(actionId, assessmentId));
            return false;
        }
        return touch(assessmentId, QDateTime::currentDateTimeUtc(), error);
    });
}

bool AssessmentRecords::writeAnswer(qint64 assessmentId, const QString &questionId,
                                    const Answer &answer, StoreError *error)
{
    const StoreConnection &db = m_connection;
    if (!m_answerUpsert) {
        auto query = std::make_unique<QSqlQuery>(db.database());
        if (!query->prepare(QStringLiteral(
                "INSERT INTO answer (assessment_id, question_id, rating, evidence, note, "
                "flagged, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (assessment_id, question_id) DO UPDATE SET "
                "rating = excluded.rating, evidence = excluded.evidence, "
                "note = excluded.note, flagged = excluded.flagged, "
                "updated_at = excluded.updated_at"))) {
            setError(error, db.failure(query->lastError(), tr("saving an answer")));
            return false;
        }
        m_answerUpsert = std::move(query);
    }
    const QVariantList values = {assessmentId,
                                 db.text(questionId),
                                 db.rating(answer.rating),
                                 db.text(answer.evidence),
                                 db.text(answer.note),
                                 answer.flagged ? 1 : 0,
                                 db.timestamp(answer.updated)};
    for (int i = 0; i < values.size(); ++i)
        m_answerUpsert->bindValue(i, values.at(i));
    if (!m_answerUpsert->exec()) {
        setError(error, db.failure(m_answerUpsert->lastError(), tr("saving an answer")));
        return false;
    }
    return true;
}

bool AssessmentRecords::insertAction(qint64 assessmentId, Action &action, StoreError *error)
{
    const StoreConnection &db = m_connection;
    QVariantList values = {assessmentId,         db.text(action.questionId),
                           db.text(action.what), db.text(action.who),
                           db.date(action.due),  actionStatusKey(action.status)};
    // An action that already has an id (a removal being undone) comes back under that id; any
    // other is given one by leaving the column out.
    const bool keepsId = action.id > 0;
    if (keepsId)
        values.prepend(action.id);
    return db.insert(keepsId ? QStringLiteral("INSERT INTO action (id, assessment_id, "
                                              "question_id, what, who, due_on, status) VALUES "
                                              "(?, ?, ?, ?, ?, ?, ?)")
                             : QStringLiteral("INSERT INTO action (assessment_id, question_id, "
                                              "what, who, due_on, status) VALUES (?, ?, ?, ?, ?, "
                                              "?)"),
                     values, tr("adding an action"), &action.id, error);
}

bool AssessmentRecords::touch(qint64 assessmentId, const QDateTime &when, StoreError *error)
{
    const StoreConnection &db = m_connection;
    QSqlQuery query(db.database());
    if (!db.run(query, QStringLiteral("UPDATE assessment SET updated_at = ? WHERE id = ?"),
                {db.timestamp(when), assessmentId}, tr("saving a change"), error)) {
        return false;
    }
    if (query.numRowsAffected() == 0) {
        setError(error, noSuchAssessment(assessmentId));
        return false;
    }
    return true;
}

} // namespace Waymark
