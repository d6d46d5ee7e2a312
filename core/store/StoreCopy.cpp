#include "store/StoreCopy.h"

#include "store/AssessmentStore.h"

#include <QCoreApplication>

namespace Waymark {

std::optional<CopyOutcome> copyAssessments(AssessmentStore &from, AssessmentStore &to,
                                           StoreError *error)
{
    StoreError failure;
    const QList<AssessmentSummary> summaries = from.listAssessments(&failure);
    if (failure.isError()) {
        setError(error, failure);
        return std::nullopt;
    }
    CopyOutcome outcome;
    // Oldest first, so that the destination's order of change follows the source's.
    for (auto it = summaries.crbegin(); it != summaries.crend(); ++it) {
        const std::optional<Assessment> assessment = from.loadAssessment(it->info.id, &failure);
        std::optional<ImportOutcome> imported;
        if (assessment)
            imported = to.importAssessment(*assessment, &failure);
        if (!imported) {
            failure.message =
                QCoreApplication::translate("Waymark::AssessmentStore",
                                            "Copying stopped at assessment %1 (\"%2\"); the %3 "
                                            "before it were copied. %4")
                    .arg(it->info.id)
                    .arg(it->info.title.isEmpty() ? it->info.authority : it->info.title)
                    .arg(outcome.created + outcome.updated + outcome.unchanged)
                    .arg(failure.message);
            setError(error, failure);
            return std::nullopt;
        }
        if (imported->created)
            ++outcome.created;
        else if (imported->answersTaken + imported->clearsTaken > 0)
            ++outcome.updated;
        else
            ++outcome.unchanged;
        outcome.answersTaken += imported->answersTaken;
        outcome.clearsTaken += imported->clearsTaken;
    }
    return outcome;
}

} // namespace Waymark
