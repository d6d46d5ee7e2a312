#pragma once

#include "assessment/Assessment.h"
#include "bank/QuestionBank.h"

namespace Waymark {

// A complete, believable Lead Member assessment for a fictional council, Borsetshire County
// Council, so a member can look around the app (and a reader see a printed review) without
// typing anything. Deterministic: the same bank always gives the same sample.
Assessment sampleAssessment(const QuestionBank &bank);

} // namespace Waymark
