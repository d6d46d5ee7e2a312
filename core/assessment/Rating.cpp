#include "assessment/Rating.h"

#include <QCoreApplication>

namespace Waymark {

bool isRated(Rating rating)
{
    return ratingValue(rating) >= 0;
}

bool isAnswered(Rating rating)
{
    return rating != Rating::Unanswered;
}

int ratingValue(Rating rating)
{
    switch (rating) {
    case Rating::NotMet:
        return 0;
    case Rating::PartiallyMet:
        return 1;
    case Rating::MostlyMet:
        return 2;
    case Rating::FullyMet:
        return 3;
    case Rating::Unanswered:
    case Rating::DontKnow:
    case Rating::NotApplicable:
        break;
    }
    return -1;
}

QString ratingKey(Rating rating)
{
    switch (rating) {
    case Rating::NotMet:
        return QStringLiteral("0");
    case Rating::PartiallyMet:
        return QStringLiteral("1");
    case Rating::MostlyMet:
        return QStringLiteral("2");
    case Rating::FullyMet:
        return QStringLiteral("3");
    case Rating::DontKnow:
        return QStringLiteral("dont-know");
    case Rating::NotApplicable:
        return QStringLiteral("not-applicable");
    case Rating::Unanswered:
        break;
    }
    return QString();
}

std::optional<Rating> ratingFromKey(const QString &key)
{
    for (Rating rating : {Rating::NotMet, Rating::PartiallyMet, Rating::MostlyMet, Rating::FullyMet,
                          Rating::DontKnow, Rating::NotApplicable}) {
        if (key == ratingKey(rating))
            return rating;
    }
    return std::nullopt;
}

QString ratingLabel(Rating rating)
{
    switch (rating) {
    case Rating::NotMet:
        return QCoreApplication::translate("Waymark::Rating", "Not met");
    case Rating::PartiallyMet:
        return QCoreApplication::translate("Waymark::Rating", "Partially met");
    case Rating::MostlyMet:
        return QCoreApplication::translate("Waymark::Rating", "Mostly met");
    case Rating::FullyMet:
        return QCoreApplication::translate("Waymark::Rating", "Fully met");
    case Rating::DontKnow:
        return QCoreApplication::translate("Waymark::Rating", "Don't know");
    case Rating::NotApplicable:
        return QCoreApplication::translate("Waymark::Rating", "Not applicable");
    case Rating::Unanswered:
        break;
    }
    return QCoreApplication::translate("Waymark::Rating", "Not answered");
}

} // namespace Waymark
