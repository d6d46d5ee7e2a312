#pragma once

#include "assessment/Assessment.h"
#include "bank/QuestionBank.h"

#include <QByteArray>
#include <QStringList>

namespace Waymark {

// What a file says about each question: its answer, or that it was cleared, as the questions are
// listed in "answers" and "cleared". The model keeps a question in one of the two; should it
// hold both, the later is written (the answer on a tie), since a file with both would not
// import. A clear without a time is left out: all a clear does is beat older answers, and
// without a time it beats none.
struct ExchangeQuestionStates
{
    QStringList answered;
    QStringList cleared;
};

// Writes an assessment as the exchange file of docs/exchange-format.md: the fields in the
// format's order, two spaces a level, every text readable as it is (JsonEscaping::Required), the
// same bytes every time for the same assessment.
class ExchangeWriter
{
public:
    // The file's bytes. Answers and clears follow bank order when a bank is given (questions it
    // does not have come last), else question-id order; answers that are empty are left out.
    static QByteArray toJson(const Assessment &assessment, const QuestionBank *bank);

    // The format version a file of the assessment is written as: the lowest that says all it
    // holds (1; 2 with a clear; 3 under a law other than England's).
    static int versionFor(const Assessment &assessment);

    // The questions in the order toJson() lists them.
    static ExchangeQuestionStates questionStates(const Assessment &assessment,
                                                 const QuestionBank *bank);
};

} // namespace Waymark
