#pragma once

#include "assessment/Assessment.h"
#include "bank/QuestionBank.h"

#include <QStringList>

#include <optional>

namespace Waymark {

enum class Rag
{
    None,
    Red,
    Amber,
    Green
};
enum class Gateway
{
    Passed,
    Incomplete,
    NotPassed
};

QString ragKey(Rag rag);          // "none", "red", "amber", "green"
QString ragLabel(Rag rag);        // "Red", ... translated
QString gatewayKey(Gateway gw);   // "passed", "incomplete", "not-passed"
QString gatewayLabel(Gateway gw); // "Passed", "Incomplete", "Not passed", translated

// The tallies behind one score. Kept as whole numbers so that the 75 and 50 boundaries are
// compared exactly, never through a rounded double.
struct ScoreTally
{
    int weightedRating = 0;  // sum of weight x rating over rated questions
    int weightedMaximum = 0; // sum of weight x 3 over rated questions
    int rated = 0;           // answered 0..3
    int answered = 0;        // any answer, Don't know and Not applicable included
    int applicable = 0;      // questions that apply to the role

    void add(const Question &question, Rating rating);

    // 100 x weightedRating / weightedMaximum; nothing when no question is rated.
    std::optional<double> score() const;
    Rag rag() const;
    // answered / applicable, 0..1; 0 when nothing applies.
    double coverage() const;
};

struct SectionScore
{
    QString sectionId;
    QString title;
    ScoreTally tally;
    bool gateFailed = false;

    // Red whenever a gate in the section failed, whatever the score.
    Rag rag() const;
};

// Everything PRODUCT.md's scoring rules say about one assessment. Id lists are in the orders
// those rules define.
struct ScoreReport
{
    ScoreTally overall;
    Gateway gateway = Gateway::Passed;
    QStringList failedGates;   // gates rated 0 or 1, bank order
    QStringList openGates;     // gates unanswered or Don't know, bank order
    QStringList knowledgeGaps; // questions answered Don't know, bank order
    QStringList
        priorities; // rated 0 or 1: gates first, weight high first, rating low first, bank order
    QList<SectionScore> sections; // sections with at least one applicable question, bank order

    // The overall RAG: red when the gateway is not passed, else the overall score's RAG.
    Rag overallRag() const;
};

// Scores answers against a bank for a role. Pure: no storage, no side effects. Only the questions
// that apply to the role count; answers to other ids are ignored.
class Scorer
{
public:
    static ScoreReport score(const QuestionBank &bank, const QString &roleId,
                             const QHash<QString, Answer> &answers);
    static ScoreReport score(const QuestionBank &bank, const Assessment &assessment)
    {
        return score(bank, assessment.info.roleId, assessment.answers);
    }
};

} // namespace Waymark
