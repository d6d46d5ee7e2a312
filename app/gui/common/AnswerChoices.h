#pragma once

#include "assessment/Rating.h"

#include <Qt>

#include <iterator>

namespace Waymark {

// The six answers in the order every screen shows them, with the key that chooses each: the
// question page, the workshop's agreement panel and its round entry all teach the same keys.
struct AnswerChoice
{
    Rating rating;
    Qt::Key qtKey;
    const char *key;
};
inline constexpr AnswerChoice AnswerChoices[] = {
    {Rating::FullyMet, Qt::Key_3, "3"},     {Rating::MostlyMet, Qt::Key_2, "2"},
    {Rating::PartiallyMet, Qt::Key_1, "1"}, {Rating::NotMet, Qt::Key_0, "0"},
    {Rating::DontKnow, Qt::Key_D, "D"},     {Rating::NotApplicable, Qt::Key_N, "N"},
};
inline constexpr int AnswerChoiceCount = int(std::size(AnswerChoices));

} // namespace Waymark
