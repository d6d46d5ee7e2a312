#include "scoring/Scoring.h"

#include <QCoreApplication>

#include <algorithm>

namespace Waymark {

QString ragKey(Rag rag)
{
    switch (rag) {
    case Rag::Red:
        return QStringLiteral("red");
    case Rag::Amber:
        return QStringLiteral("amber");
    case Rag::Green:
        return QStringLiteral("green");
    case Rag::None:
        break;
    }
    return QStringLiteral("none");
}

QString ragLabel(Rag rag)
{
    switch (rag) {
    case Rag::Red:
        return QCoreApplication::translate("Waymark::Rag", "Red");
    case Rag::Amber:
        return QCoreApplication::translate("Waymark::Rag", "Amber");
    case Rag::Green:
        return QCoreApplication::translate("Waymark::Rag", "Green");
    case Rag::None:
        break;
    }
    return QCoreApplication::translate("Waymark::Rag", "No score");
}

QString gatewayKey(Gateway gateway)
{
    switch (gateway) {
    case Gateway::Passed:
        return QStringLiteral("passed");
    case Gateway::Incomplete:
        return QStringLiteral("incomplete");
    case Gateway::NotPassed:
        return QStringLiteral("not-passed");
    }
    return QString();
}

QString gatewayLabel(Gateway gateway)
{
    switch (gateway) {
    case Gateway::Passed:
        return QCoreApplication::translate("Waymark::Gateway", "Passed");
    case Gateway::Incomplete:
        return QCoreApplication::translate("Waymark::Gateway", "Incomplete");
    case Gateway::NotPassed:
        return QCoreApplication::translate("Waymark::Gateway", "Not passed");
    }
    return QString();
}

void ScoreTally::add(const Question &question, Rating rating)
{
    ++applicable;
    if (isAnswered(rating))
        ++answered;
    if (isRated(rating)) {
        ++rated;
        weightedRating += question.weight * ratingValue(rating);
        weightedMaximum += question.weight * 3;
    }
}

std::optional<double> ScoreTally::score() const
{
    if (weightedMaximum == 0)
        return std::nullopt;
    return 100.0 * weightedRating / weightedMaximum;
}

Rag ScoreTally::rag() const
{
    if (weightedMaximum == 0)
        return Rag::None;
    // Integer comparisons: score >= 75  <=>  100 x r >= 75 x m.
    if (100 * weightedRating >= 75 * weightedMaximum)
        return Rag::Green;
    if (100 * weightedRating >= 50 * weightedMaximum)
        return Rag::Amber;
    return Rag::Red;
}

double ScoreTally::coverage() const
{
    return applicable == 0 ? 0.0 : double(answered) / applicable;
}

Rag SectionScore::rag() const
{
    return gateFailed ? Rag::Red : tally.rag();
}

Rag ScoreReport::overallRag() const
{
    return gateway == Gateway::NotPassed ? Rag::Red : overall.rag();
}

namespace {

bool gateFails(Rating rating)
{
    return rating == Rating::NotMet || rating == Rating::PartiallyMet;
}

struct Priority
{
    const Question *question;
    int rating;
    int bankOrder;
};

} // namespace

ScoreReport Scorer::score(const QuestionBank &bank, const QString &roleId,
                          const QHash<QString, Answer> &answers)
{
    ScoreReport report;
    QList<Priority> priorities;
    int bankOrder = 0;

    for (const Section &section : bank.sections) {
        SectionScore sectionScore;
        sectionScore.sectionId = section.id;
        sectionScore.title = section.title;
        for (const Question &question : section.questions) {
            ++bankOrder;
            if (!question.appliesTo(roleId))
                continue;
            const auto found = answers.constFind(question.id);
            const Rating rating = found == answers.constEnd() ? Rating::Unanswered : found->rating;
            sectionScore.tally.add(question, rating);
            report.overall.add(question, rating);

            if (rating == Rating::DontKnow)
                report.knowledgeGaps.append(question.id);
            if (gateFails(rating))
                priorities.append({&question, ratingValue(rating), bankOrder});
            if (question.gate) {
                if (gateFails(rating)) {
                    report.failedGates.append(question.id);
                    sectionScore.gateFailed = true;
                } else if (rating == Rating::Unanswered || rating == Rating::DontKnow) {
                    report.openGates.append(question.id);
                }
            }
        }
        if (sectionScore.tally.applicable > 0)
            report.sections.append(sectionScore);
    }

    if (!report.failedGates.isEmpty())
        report.gateway = Gateway::NotPassed;
    else if (!report.openGates.isEmpty())
        report.gateway = Gateway::Incomplete;
    else
        report.gateway = Gateway::Passed;

    std::sort(priorities.begin(), priorities.end(), [](const Priority &a, const Priority &b) {
        if (a.question->gate != b.question->gate)
            return a.question->gate;
        if (a.question->weight != b.question->weight)
            return a.question->weight > b.question->weight;
        if (a.rating != b.rating)
            return a.rating < b.rating;
        return a.bankOrder < b.bankOrder;
    });
    for (const Priority &priority : priorities)
        report.priorities.append(priority.question->id);
    return report;
}

} // namespace Waymark
