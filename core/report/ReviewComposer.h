#pragma once

#include "assessment/Assessment.h"
#include "bank/QuestionBank.h"
#include "report/ReportDocument.h"
#include "scoring/Trend.h"

#include <QCoreApplication>
#include <QDate>

namespace Waymark {

struct ReviewOptions
{
    // The date the review says it was produced; today when null.
    QDate producedOn;
    // The assessment's trend, ending with it (Trend::endingWith): when it has earlier cycles the
    // review gains a Trend page. The caller loads the earlier assessments, so that composing
    // stays pure.
    Trend trend;
};

// Composes a member's gateway review of local safeguards (PRODUCT.md, "The gateway review"):
// cover, at a glance, statutory gates, priorities, questions to ask officers, findings section
// by section with the member's evidence and notes, the action plan, and a glossary of the terms
// the review uses, and a trend across earlier cycles when the caller gives one. Pure: reads the
// assessment and the bank, scores with Scorer, touches nothing.
class ReviewComposer
{
    Q_DECLARE_TR_FUNCTIONS(ReviewComposer)

public:
    static ReportDocument compose(const Assessment &assessment, const QuestionBank &bank,
                                  const ReviewOptions &options = {});
};

} // namespace Waymark
