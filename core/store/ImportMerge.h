#pragma once

#include "assessment/Assessment.h"
#include "store/AssessmentStore.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <optional>

namespace Waymark {

class AssessmentRecords;
class StoreConnection;
class WorkshopRecords;

// Adds an assessment read from an exchange file, or merges it into the stored one with the same
// uid: the later answer or clear wins per question (docs/exchange-format.md), and the later
// metadata brings its action plan with it. One transaction, which may also join a workshop.
class ImportMerge
{
    // The texts keep the store's context, where the translations have them.
    Q_DECLARE_TR_FUNCTIONS(Waymark::AssessmentStore)

public:
    ImportMerge(const StoreConnection &connection, AssessmentRecords &assessments,
                WorkshopRecords &workshops);

    // AssessmentStore::importAssessment().
    std::optional<ImportOutcome> importAssessment(const Assessment &incoming, qint64 joinWorkshop,
                                                  StoreError *error);

private:
    // One import, run inside the transaction.
    struct Run
    {
        const Assessment &incoming;
        ImportOutcome outcome;
    };
    bool addOrMerge(Run &run, StoreError *error);
    bool add(Run &run, StoreError *error);
    bool merge(Run &run, const QDateTime &storedUpdated, StoreError *error);
    // Takes the file's answers and clears where they are newer than what the database holds
    // for the question (storedTimes: an answer's or a clear's time, both rows of the answer
    // table). An answer without a time takes undated, the time of the file's assessment.
    bool takeAnswersAndClears(Run &run, QHash<QString, QDateTime> storedTimes,
                              const QDateTime &undated, StoreError *error);
    bool insertActions(Run &run, StoreError *error);

    const StoreConnection &m_connection;
    AssessmentRecords &m_assessments;
    WorkshopRecords &m_workshops;
};

} // namespace Waymark
