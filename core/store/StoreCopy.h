#pragma once

#include "store/StoreError.h"

#include <optional>

namespace Waymark {

class AssessmentStore;

// What copying one database's assessments into another did.
struct CopyOutcome
{
    int created = 0;   // assessments the destination did not have
    int updated = 0;   // assessments it had, with answers or clears from the source newer
    int unchanged = 0; // assessments it had, with nothing newer in the source
    int answersTaken = 0;
    int clearsTaken = 0;
};

// Copies every assessment of `from` into `to`, matched by uid: a new one is added, one that is
// there already takes, per question, whichever answer is newer (ImportMerge's rule, the one of
// the exchange files), so that copying twice changes nothing the second time. Each assessment is
// one transaction in `to`; on a failure the copy stops there, with what was copied kept, and the
// error says which assessment it stopped at. Moves a laptop's database to the council's server
// (waymark-cli server copy); workshops stay where they are.
std::optional<CopyOutcome> copyAssessments(AssessmentStore &from, AssessmentStore &to,
                                           StoreError *error);

} // namespace Waymark
