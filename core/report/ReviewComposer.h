#pragma once

#include "assessment/Assessment.h"
#include "bank/QuestionBank.h"
#include "report/ReportDocument.h"

#include <QCoreApplication>
#include <QDate>

namespace Waymark {

struct ReviewOptions
{
    // The date the review says it was produced; today when null.
    QDate producedOn;
};

// Composes a member's gateway review of local safeguards (PRODUCT.md, "The gateway review"):
// cover, at a glance, statutory gates, priorities, questions to ask officers, findings section
// by section with the member's evidence and notes, the action plan, and a glossary of the terms
// the review uses. Pure: reads the assessment and the bank, scores with Scorer, touches nothing.
class ReviewComposer
{
    Q_DECLARE_TR_FUNCTIONS(ReviewComposer)

public:
    static ReportDocument compose(const Assessment &assessment, const QuestionBank &bank,
                                  const ReviewOptions &options = {});
};

} // namespace Waymark
