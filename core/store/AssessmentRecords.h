#pragma once

#include "assessment/Assessment.h"
#include "store/AssessmentStore.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace Waymark {

class StoreConnection;

// The SQL of assessments, their answers and their action plans (the assessment, answer and
// action tables). Each public call is what AssessmentStore's call of the same name does (see
// there), on a database that is open; the row-level calls are for ImportMerge, which runs them
// inside its own transaction.
class AssessmentRecords
{
    // The texts keep the store's context, where the translations have them.
    Q_DECLARE_TR_FUNCTIONS(Waymark::AssessmentStore)

public:
    explicit AssessmentRecords(const StoreConnection &connection);
    ~AssessmentRecords();
    AssessmentRecords(const AssessmentRecords &) = delete;
    AssessmentRecords &operator=(const AssessmentRecords &) = delete;

    bool create(AssessmentInfo &info, StoreError *error);
    QList<AssessmentSummary> list(StoreError *error, int limit);
    int count(StoreError *error);
    std::optional<Assessment> load(qint64 id, StoreError *error);
    // Every assessment handed in to a workshop, in the order of their ids.
    std::optional<QList<Assessment>> loadParticipants(qint64 workshopId, StoreError *error);
    bool updateInfo(const AssessmentInfo &info, StoreError *error);
    bool remove(qint64 id, StoreError *error);
    bool saveAnswer(qint64 assessmentId, const QString &questionId, const Answer &answer,
                    StoreError *error);
    bool addAction(qint64 assessmentId, Action &action, StoreError *error);
    bool updateAction(qint64 assessmentId, const Action &action, StoreError *error);
    bool removeAction(qint64 assessmentId, qint64 actionId, StoreError *error);

    // Rows, inside a caller's transaction.
    // Writes one answer row as it is (an empty answer is a clear), replacing the stored one.
    bool writeAnswer(qint64 assessmentId, const QString &questionId, const Answer &answer,
                     StoreError *error);
    // Adds an action; fills in action.id, or keeps it when set (an undone removal returning).
    bool insertAction(qint64 assessmentId, Action &action, StoreError *error);
    // Marks the assessment as changed at `when`; false with InvalidInput when there is no such
    // assessment, which is also how callers learn that an id is unknown.
    bool touch(qint64 assessmentId, const QDateTime &when, StoreError *error);

    static StoreError noSuchAssessment(qint64 id);

private:
    // The assessments whose id meets idCondition ("= ?", "IN (SELECT ...)", with values),
    // answers and actions included, in the order of their ids.
    std::optional<QList<Assessment>> loadWhere(const QString &idCondition,
                                               const QVariantList &values, StoreError *error);

    static StoreError noSuchAction(qint64 actionId, qint64 assessmentId);

    const StoreConnection &m_connection;
    // Saving answers is the store's most frequent statement, and an import or a workshop's
    // gathering saves hundreds in a row: it is prepared once per connection.
    std::unique_ptr<QSqlQuery> m_answerUpsert;
};

} // namespace Waymark
