#include "store/ImportMerge.h"

#include "store/AssessmentRecords.h"
#include "store/StoreConnection.h"
#include "store/WorkshopRecords.h"

#include <QSqlQuery>

namespace Waymark {

ImportMerge::ImportMerge(const StoreConnection &connection, AssessmentRecords &assessments,
                         WorkshopRecords &workshops)
    : m_connection(connection)
    , m_assessments(assessments)
    , m_workshops(workshops)
{
}

std::optional<ImportOutcome> ImportMerge::importAssessment(const Assessment &incoming,
                                                           qint64 joinWorkshop, StoreError *error)
{
    Run run{incoming, {}};
    const bool ok = m_connection.inTransaction(tr("importing an assessment"), error, [&] {
        return addOrMerge(run, error) &&
               (joinWorkshop == 0 || m_workshops.join(joinWorkshop, run.outcome.id, error));
    });
    if (!ok)
        return std::nullopt;
    return run.outcome;
}

bool ImportMerge::addOrMerge(Run &run, StoreError *error)
{
    QSqlQuery query(m_connection.database());
    if (!m_connection.run(query,
                          QStringLiteral("SELECT id, updated_at FROM assessment WHERE uid = ?"),
                          {run.incoming.info.uid}, tr("importing an assessment"), error)) {
        return false;
    }
    if (!query.next())
        return add(run, error);
    // The same assessment, met again: the later change wins, question by question.
    run.outcome.id = query.value(0).toLongLong();
    return merge(run, StoreConnection::parseTimestamp(query.value(1)), error);
}

bool ImportMerge::add(Run &run, StoreError *error)
{
    AssessmentInfo info = run.incoming.info;
    info.id = 0;
    if (!m_assessments.create(info, error))
        return false;
    run.outcome.id = info.id;
    run.outcome.created = true;
    return takeAnswersAndClears(run, {}, info.updated, error) && insertActions(run, error);
}

bool ImportMerge::merge(Run &run, const QDateTime &storedUpdated, StoreError *error)
{
    const StoreConnection &db = m_connection;
    const qint64 id = run.outcome.id;
    QHash<QString, QDateTime> storedTimes;
    QSqlQuery query(db.database());
    if (!db.run(
            query,
            QStringLiteral("SELECT question_id, updated_at FROM answer WHERE assessment_id = ?"),
            {id}, tr("importing an assessment"), error)) {
        return false;
    }
    while (query.next())
        storedTimes.insert(query.value(0).toString(), db.parseTimestamp(query.value(1)));
    if (!db.readToEnd(query, tr("importing an assessment"), error))
        return false;
    const AssessmentInfo &info = run.incoming.info;
    if (!takeAnswersAndClears(
            run, storedTimes,
            info.updated.isValid() ? info.updated : QDateTime::currentDateTimeUtc(), error))
        return false;
    if (!(info.updated > storedUpdated))
        return true;
    // Newer metadata: it, and the action plan that goes with it, replace the stored ones.
    return db.run(query,
                  QStringLiteral("UPDATE assessment SET title = ?, authority = ?, "
                                 "respondent = ?, role = ?, assessed_on = ?, bank_id = ?, "
                                 "bank_version = ?, jurisdiction = ?, updated_at = ? WHERE id = ?"),
                  {db.text(info.title), db.text(info.authority), db.text(info.respondent),
                   info.roleId, db.date(info.date), db.text(info.bankId), db.text(info.bankVersion),
                   info.jurisdiction.isEmpty() ? AssessmentInfo::defaultJurisdiction()
                                               : info.jurisdiction,
                   db.timestamp(info.updated), id},
                  tr("importing an assessment"), error) &&
           db.run(query, QStringLiteral("DELETE FROM action WHERE assessment_id = ?"), {id},
                  tr("importing an assessment"), error) &&
           insertActions(run, error);
}

bool ImportMerge::takeAnswersAndClears(Run &run, QHash<QString, QDateTime> storedTimes,
                                       const QDateTime &undated, StoreError *error)
{
    // storedTimes follows what is written, so the later of the two wins wherever they meet.
    const auto isNewer = [&storedTimes](const QString &questionId, const QDateTime &time) {
        const auto stored = storedTimes.constFind(questionId);
        return stored == storedTimes.constEnd() || time > *stored;
    };
    const Assessment &incoming = run.incoming;
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
        if (!m_assessments.writeAnswer(run.outcome.id, it.key(), taken, error))
            return false;
        storedTimes.insert(it.key(), taken.updated);
        ++run.outcome.answersTaken;
    }
    for (auto it = incoming.cleared.constBegin(); it != incoming.cleared.constEnd(); ++it) {
        // Recorded even where nothing is stored, so that an older answer met later loses.
        if (!it.value().isValid() || !isNewer(it.key(), it.value()))
            continue;
        Answer clear;
        clear.updated = it.value();
        if (!m_assessments.writeAnswer(run.outcome.id, it.key(), clear, error))
            return false;
        storedTimes.insert(it.key(), it.value());
        ++run.outcome.clearsTaken;
    }
    return true;
}

bool ImportMerge::insertActions(Run &run, StoreError *error)
{
    for (Action action : run.incoming.actions) {
        action.id = 0; // ids are this database's own
        if (!m_assessments.insertAction(run.outcome.id, action, error))
            return false;
    }
    return true;
}

} // namespace Waymark
