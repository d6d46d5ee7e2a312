#include "store/WorkshopRecords.h"

#include "store/AssessmentRecords.h"
#include "store/StoreConnection.h"

#include <QSqlQuery>
#include <QUuid>

namespace Waymark {

namespace {

const QString WorkshopColumns = QStringLiteral(
    "id, uid, name, authority, held_on, facilitator, bank_id, bank_version, created_at, "
    "updated_at, jurisdiction");

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
    info.created = StoreConnection::parseTimestamp(query.value(8));
    info.updated = StoreConnection::parseTimestamp(query.value(9));
    info.jurisdiction = query.value(10).toString();
    return info;
}

} // namespace

WorkshopRecords::WorkshopRecords(const StoreConnection &connection, AssessmentRecords &assessments)
    : m_connection(connection)
    , m_assessments(assessments)
{
}

StoreError WorkshopRecords::noSuchWorkshop(qint64 id)
{
    return makeError(StoreError::Kind::InvalidInput,
                     tr("There is no workshop %1 in this database.").arg(id));
}

bool WorkshopRecords::create(WorkshopInfo &info, StoreError *error)
{
    WorkshopInfo stored = info;
    if (stored.uid.isEmpty())
        stored.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!stored.created.isValid())
        stored.created = now;
    stored.updated = stored.created;
    const StoreConnection &db = m_connection;
    if (stored.jurisdiction.isEmpty())
        stored.jurisdiction = AssessmentInfo::defaultJurisdiction();
    if (!db.insert(QStringLiteral("INSERT INTO workshop (uid, name, authority, held_on, "
                                  "facilitator, bank_id, bank_version, created_at, updated_at, "
                                  "jurisdiction) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {stored.uid, db.text(stored.name), db.text(stored.authority),
                    db.date(stored.heldOn), db.text(stored.facilitator), db.text(stored.bankId),
                    db.text(stored.bankVersion), db.timestamp(stored.created),
                    db.timestamp(stored.updated), stored.jurisdiction},
                   tr("adding a workshop"), &stored.id, error)) {
        return false;
    }
    info = stored;
    return true;
}

QList<WorkshopInfo> WorkshopRecords::list(StoreError *error)
{
    QList<WorkshopInfo> list;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!m_connection.run(
            query,
            QStringLiteral("SELECT %1 FROM workshop ORDER BY updated_at DESC, id DESC")
                .arg(WorkshopColumns),
            {}, tr("listing workshops"), error)) {
        return list;
    }
    while (query.next())
        list.append(workshopFromRow(query));
    m_connection.readToEnd(query, tr("listing workshops"), error);
    return list;
}

std::optional<Workshop> WorkshopRecords::load(qint64 id, StoreError *error)
{
    const StoreConnection &db = m_connection;
    Workshop workshop;
    QSqlQuery query(db.database());
    query.setForwardOnly(true);
    if (!db.run(query, QStringLiteral("SELECT %1 FROM workshop WHERE id = ?").arg(WorkshopColumns),
                {id}, tr("reading a workshop"), error)) {
        return std::nullopt;
    }
    if (!query.next()) {
        if (db.readToEnd(query, tr("reading a workshop"), error)) {
            setError(error, noSuchWorkshop(id));
        }
        return std::nullopt;
    }
    workshop.info = workshopFromRow(query);

    QList<qint64> participantIds;
    if (!db.run(query,
                QStringLiteral("SELECT assessment_id FROM workshop_participant "
                               "WHERE workshop_id = ? ORDER BY assessment_id"),
                {id}, tr("reading a workshop's participants"), error)) {
        return std::nullopt;
    }
    while (query.next())
        participantIds.append(query.value(0).toLongLong());
    if (!db.readToEnd(query, tr("reading a workshop's participants"), error))
        return std::nullopt;

    if (!db.run(query,
                QStringLiteral("SELECT question_id, rating, note, updated_at FROM consensus "
                               "WHERE workshop_id = ?"),
                {id}, tr("reading the agreed answers"), error)) {
        return std::nullopt;
    }
    while (query.next()) {
        AgreedAnswer agreed;
        agreed.rating = ratingFromKey(query.value(1).toString()).value_or(Rating::Unanswered);
        agreed.note = query.value(2).toString();
        agreed.updated = db.parseTimestamp(query.value(3));
        workshop.agreed.insert(query.value(0).toString(), agreed);
    }
    if (!db.readToEnd(query, tr("reading the agreed answers"), error))
        return std::nullopt;
    query.finish();

    std::optional<QList<Assessment>> loaded = m_assessments.loadParticipants(id, error);
    if (!loaded)
        return std::nullopt;
    // Every participant listed is read (on a server, row-level security could hide one from a
    // login that may not see it: then the workshop is not shown half).
    if (loaded->size() != participantIds.size()) {
        setError(error, makeError(StoreError::Kind::Denied,
                                  tr("Some of the assessments in workshop %1 cannot be read with "
                                     "this login.")
                                      .arg(id)));
        return std::nullopt;
    }
    workshop.participants = std::move(*loaded);
    return workshop;
}

bool WorkshopRecords::addParticipant(qint64 workshopId, qint64 assessmentId, StoreError *error)
{
    return m_connection.inTransaction(tr("adding a participant"), error,
                                      [&] { return join(workshopId, assessmentId, error); });
}

bool WorkshopRecords::removeParticipant(qint64 workshopId, qint64 assessmentId, StoreError *error)
{
    const StoreConnection &db = m_connection;
    return db.inTransaction(tr("removing a participant"), error, [&] {
        QSqlQuery query(db.database());
        if (!db.run(query,
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
        return touch(workshopId, QDateTime::currentDateTimeUtc(), tr("removing a participant"),
                     error);
    });
}

bool WorkshopRecords::saveAgreed(qint64 workshopId, const QString &questionId,
                                 const AgreedAnswer &agreed, StoreError *error)
{
    const StoreConnection &db = m_connection;
    const QDateTime when =
        agreed.updated.isValid() ? agreed.updated : QDateTime::currentDateTimeUtc();
    return db.inTransaction(tr("saving an agreed rating"), error, [&] {
        if (!touch(workshopId, when, tr("saving an agreed rating"), error))
            return false;
        QSqlQuery query(db.database());
        if (agreed.rating == Rating::Unanswered && agreed.note.isEmpty()) {
            return db.run(query,
                          QStringLiteral("DELETE FROM consensus WHERE workshop_id = ? AND "
                                         "question_id = ?"),
                          {workshopId, questionId}, tr("clearing an agreed rating"), error);
        }
        return db.run(query,
                      QStringLiteral("INSERT INTO consensus (workshop_id, question_id, rating, "
                                     "note, updated_at) VALUES (?, ?, ?, ?, ?) "
                                     "ON CONFLICT (workshop_id, question_id) DO UPDATE SET "
                                     "rating = excluded.rating, note = excluded.note, "
                                     "updated_at = excluded.updated_at"),
                      {workshopId, questionId, db.rating(agreed.rating), db.text(agreed.note),
                       db.timestamp(when)},
                      tr("saving an agreed rating"), error);
    });
}

bool WorkshopRecords::join(qint64 workshopId, qint64 assessmentId, StoreError *error)
{
    if (!touch(workshopId, QDateTime::currentDateTimeUtc(), tr("adding a participant"), error))
        return false;
    QSqlQuery query(m_connection.database());
    return m_connection.run(query,
                            QStringLiteral("INSERT INTO workshop_participant (workshop_id, "
                                           "assessment_id) VALUES (?, ?) ON CONFLICT DO NOTHING"),
                            {workshopId, assessmentId}, tr("adding a participant"), error);
}

bool WorkshopRecords::touch(qint64 workshopId, const QDateTime &when, const QString &doing,
                            StoreError *error)
{
    QSqlQuery query(m_connection.database());
    if (!m_connection.run(query, QStringLiteral("UPDATE workshop SET updated_at = ? WHERE id = ?"),
                          {m_connection.timestamp(when), workshopId}, doing, error)) {
        return false;
    }
    if (query.numRowsAffected() == 0) {
        setError(error, noSuchWorkshop(workshopId));
        return false;
    }
    return true;
}

} // namespace Waymark
