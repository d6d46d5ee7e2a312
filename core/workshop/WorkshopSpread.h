#pragma once

#include "workshop/Workshop.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace Waymark {

// How the members answered one question: counts over the participants whose role the question
// applies to, the lowest and highest rating, and whether they disagree.
struct QuestionSpread
{
    const Question *question = nullptr;
    int rated[4] = {0, 0, 0, 0}; // how many chose Not met (0) … Fully met (3)
    int dontKnow = 0;
    int notApplicable = 0;
    int unanswered = 0;
    int applicable = 0;                    // participants the question applies to
    std::optional<int> lowest;             // none when nobody rated it
    std::optional<int> highest;
    Rating agreed = Rating::Unanswered;    // what the room agreed, if anything
    QString agreedNote;

    std::optional<int> spread() const;
    // Rated answers two or more levels apart.
    bool disagreement() const { return spread().value_or(0) >= 2; }
    int ratedCount() const { return rated[0] + rated[1] + rated[2] + rated[3]; }
};

struct WorkshopSpread
{
    int participants = 0;
    QList<QuestionSpread> questions; // every question of the bank, bank order

    // The questions members disagree on, widest spread first, then bank order.
    QList<QuestionSpread> disagreements() const;
};

class SpreadCalculator
{
public:
    static WorkshopSpread compute(const QuestionBank &bank, const Workshop &workshop);
};

// `waymark-cli workshop spread --json` (docs/cli.md): a public shape.
QJsonObject spreadJson(const Workshop &workshop, const WorkshopSpread &spread);

} // namespace Waymark
