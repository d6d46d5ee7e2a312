#pragma once

#include "assessment/Assessment.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace Waymark {

class BankLibrary;

// What a next cycle carried from the earlier assessment, and what it left behind, for the
// caller to tell the member.
struct NextCycleResult
{
    // The new assessment, not yet stored: a new uid, no id, no ratings.
    Assessment assessment;
    int evidenceCarried = 0; // questions of the new version given earlier evidence
    int actionsCarried = 0;  // open actions (not done), with their status
    int actionsDone = 0;     // done actions, left with the earlier assessment
    int notesLeft = 0;       // answers whose note stayed with the earlier assessment
    // Earlier questions with evidence or an open action that no question of the new version
    // asks the role under the assessment's law: retired, or no longer asked of the role or there.
    QStringList leftOut;
    int shortened = 0; // carried evidence cut to the longest text allowed (TextRules)
};

// A new assessment from an earlier one, for the next cycle of review: the same authority,
// respondent, role and jurisdiction, against the latest version of the bank (the latest built-in
// bank when the earlier one was made against a built-in version; a bank of one's own stays on
// its own version).
//
// What carries: each answer's evidence, through the mapping (BankLineage), into the questions it
// became, marked "From DATE — check it still holds." (DATE the earlier assessment's date in the
// language's format), so that the member checks it rather than relies on it; evidence of merged
// questions is joined. Open actions carry with their status for review, on the question they
// became (the first, when split; none, when retired).
//
// What does not: ratings (the point of a new cycle is to rate afresh); notes, because a note is
// a question to ask officers at that time, answered or overtaken since, and the earlier
// assessment keeps it where the trend and the comparison show it; flags; done actions.
class NextCycle
{
public:
    // date: the new assessment's date; today when not valid. The mark is in the language Waymark
    // speaks (Language::current()), the date in that language's format.
    static NextCycleResult from(const Assessment &earlier, BankLibrary &banks,
                                const QDate &date = QDate());

    // "From 12 May 2025 — check it still holds."
    static QString evidenceMark(const QDate &earlierDate);
};

} // namespace Waymark
