#pragma once
// Section scores built by hand for chart and report tests.
#include "scoring/Scoring.h"

namespace Waymark {

// A section whose tally gives exactly this score: weightedRating of weightedMaximum, with
// weights of 1 (so weightedMaximum / 3 questions rated).
inline SectionScore section(const QString &title, int weightedRating, int weightedMaximum,
                     bool gateFailed = false)
{
    SectionScore s;
    s.sectionId = title;
    s.title = title;
    s.tally.weightedRating = weightedRating;
    s.tally.weightedMaximum = weightedMaximum;
    s.tally.rated = weightedMaximum / 3;
    s.tally.answered = s.tally.rated;
    s.tally.applicable = qMax(s.tally.rated, 1);
    s.gateFailed = gateFailed;
    return s;
}

} // namespace Waymark
