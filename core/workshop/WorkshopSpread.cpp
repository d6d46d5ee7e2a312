#include "workshop/WorkshopSpread.h"

#include <QJsonArray>

#include <algorithm>

namespace Waymark {

std::optional<int> QuestionSpread::spread() const
{
    if (!lowest || !highest)
        return std::nullopt;
    return *highest - *lowest;
}

QList<QuestionSpread> WorkshopSpread::disagreements() const
{
    QList<QuestionSpread> found;
    for (const QuestionSpread &each : questions) {
        if (each.disagreement())
            found.append(each);
    }
    // Widest first; stable, so equal spreads keep bank order.
    std::stable_sort(found.begin(), found.end(), [](const QuestionSpread &a, const QuestionSpread &b) {
        return a.spread().value_or(0) > b.spread().value_or(0);
    });
    return found;
}

WorkshopSpread SpreadCalculator::compute(const QuestionBank &bank, const Workshop &workshop)
{
    WorkshopSpread result;
    result.participants = workshop.participants.size();
    for (const Question *question : bank.questions()) {
        QuestionSpread spread;
        spread.question = question;
        for (const Assessment &participant : workshop.participants) {
            if (!question->appliesTo(participant.info.roleId))
                continue;
            ++spread.applicable;
            const Rating rating = participant.rating(question->id);
            if (isRated(rating)) {
                const int value = ratingValue(rating);
                ++spread.rated[value];
                spread.lowest = std::min(spread.lowest.value_or(value), value);
                spread.highest = std::max(spread.highest.value_or(value), value);
            } else if (rating == Rating::DontKnow) {
                ++spread.dontKnow;
            } else if (rating == Rating::NotApplicable) {
                ++spread.notApplicable;
            } else {
                ++spread.unanswered;
            }
        }
        const auto agreed = workshop.agreed.constFind(question->id);
        if (agreed != workshop.agreed.constEnd()) {
            spread.agreed = agreed->rating;
            spread.agreedNote = agreed->note;
        }
        result.questions.append(spread);
    }
    return result;
}

QJsonObject spreadJson(const Workshop &workshop, const WorkshopSpread &spread)
{
    const auto orNull = [](std::optional<int> value) {
        return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
    };
    QJsonArray questions;
    for (const QuestionSpread &each : spread.questions) {
        const QJsonObject counts{
            {QStringLiteral("0"), each.rated[0]},
            {QStringLiteral("1"), each.rated[1]},
            {QStringLiteral("2"), each.rated[2]},
            {QStringLiteral("3"), each.rated[3]},
            {QStringLiteral("dont-know"), each.dontKnow},
            {QStringLiteral("not-applicable"), each.notApplicable},
            {QStringLiteral("unanswered"), each.unanswered},
        };
        QJsonValue agreed = QJsonValue::Null;
        if (isRated(each.agreed))
            agreed = ratingValue(each.agreed);
        else if (each.agreed != Rating::Unanswered)
            agreed = ratingKey(each.agreed);
        questions.append(QJsonObject{
            {QStringLiteral("id"), each.question->id},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("applicable"), each.applicable},
            {QStringLiteral("min"), orNull(each.lowest)},
            {QStringLiteral("max"), orNull(each.highest)},
            {QStringLiteral("spread"), orNull(each.spread())},
            {QStringLiteral("disagreement"), each.disagreement()},
            {QStringLiteral("agreed"), agreed},
        });
    }
    return QJsonObject{
        {QStringLiteral("workshop"), workshop.info.id},
        {QStringLiteral("participants"), spread.participants},
        {QStringLiteral("questions"), questions},
    };
}

} // namespace Waymark
