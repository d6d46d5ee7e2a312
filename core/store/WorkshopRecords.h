#pragma once

#include "store/StoreError.h"
#include "workshop/Workshop.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Waymark {

class AssessmentRecords;
class StoreConnection;

// The SQL of workshops: the workshop, workshop_participant and consensus tables. Each public
// call is what AssessmentStore's call of the same name does (see there), on a database that is
// open. A workshop's participants are assessments, read through AssessmentRecords.
class WorkshopRecords
{
    // The texts keep the store's context, where the translations have them.
    Q_DECLARE_TR_FUNCTIONS(Waymark::AssessmentStore)

public:
    WorkshopRecords(const StoreConnection &connection, AssessmentRecords &assessments);

    bool create(WorkshopInfo &info, StoreError *error);
    QList<WorkshopInfo> list(StoreError *error);
    std::optional<Workshop> load(qint64 id, StoreError *error);
    bool addParticipant(qint64 workshopId, qint64 assessmentId, StoreError *error);
    bool removeParticipant(qint64 workshopId, qint64 assessmentId, StoreError *error);
    bool saveAgreed(qint64 workshopId, const QString &questionId, const AgreedAnswer &agreed,
                    StoreError *error);

    // Inside a caller's transaction: makes an assessment a participant (joining twice changes
    // nothing) and marks the workshop changed; false with InvalidInput when there is no such
    // workshop.
    bool join(qint64 workshopId, qint64 assessmentId, StoreError *error);

private:
    static StoreError noSuchWorkshop(qint64 id);
    // Marks the workshop changed at `when`; false with InvalidInput when there is none.
    bool touch(qint64 workshopId, const QDateTime &when, const QString &doing, StoreError *error);

    const StoreConnection &m_connection;
    AssessmentRecords &m_assessments;
};

} // namespace Waymark
