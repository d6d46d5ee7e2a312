#pragma once

#include <QString>

#include <optional>

namespace Waymark {

// One answer on the rating scale of PRODUCT.md. Only the four levels from NotMet to FullyMet are
// "rated" and count towards a score; DontKnow is a knowledge gap; NotApplicable is answered but
// neither scored nor counted against the member.
enum class Rating
{
    Unanswered,
    NotMet,
    PartiallyMet,
    MostlyMet,
    FullyMet,
    DontKnow,
    NotApplicable,
};

// True for NotMet .. FullyMet.
bool isRated(Rating rating);

// True for anything but Unanswered.
bool isAnswered(Rating rating);

// 0..3 for a rated answer, -1 otherwise.
int ratingValue(Rating rating);

// The stable key used on the command line and in files: "0".."3", "dont-know", "not-applicable";
// an empty string for Unanswered.
QString ratingKey(Rating rating);

// Parses a key as written by ratingKey(). Returns nothing for an unknown key.
std::optional<Rating> ratingFromKey(const QString &key);

// The label a member reads ("Fully met"), translated.
QString ratingLabel(Rating rating);

} // namespace Waymark
