#pragma once
// The data the benchmarks share: a realistic full assessment.
#include "assessment/Assessment.h"
#include "bank/QuestionBank.h"

#include <QUuid>

namespace Waymark {

// A full assessment for the Lead Member: every question answered with a 300-character note,
// every third one with evidence too, and 30 actions.
inline Assessment fullAssessment(const QuestionBank &bank, int seed)
{
    Assessment assessment;
    assessment.info.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    assessment.info.title = QStringLiteral("Review %1").arg(seed);
    assessment.info.authority = QStringLiteral("Authority %1").arg(seed % 150);
    assessment.info.respondent = QStringLiteral("Member %1").arg(seed);
    assessment.info.roleId = QStringLiteral("lead-member");
    assessment.info.date = QDate(2026, 1, 1).addDays(seed % 300);
    assessment.info.bankId = bank.id;
    assessment.info.bankVersion = bank.version;
    assessment.info.created = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC).addSecs(seed * 60);
    assessment.info.updated = assessment.info.created.addSecs(3600);
    const Rating cycle[] = {Rating::FullyMet, Rating::MostlyMet, Rating::PartiallyMet,
                            Rating::NotMet,   Rating::DontKnow,  Rating::NotApplicable};
    int i = seed;
    for (const Question *question : bank.questions()) {
        Answer answer;
        answer.rating = cycle[i++ % 6];
        // 300 characters of words, as a member writes them, so that reports wrap real lines.
        answer.note = QStringLiteral("Officers say the audit is due in spring; ask to see the "
                                     "action plan, who owns it and how progress is reported to "
                                     "members. %1 ")
                          .arg(question->id)
                          .repeated(3)
                          .left(300);
        if (i % 3 == 0)
            answer.evidence =
                QStringLiteral("Seen in the quarterly performance report, page %1.").arg(i);
        answer.updated = assessment.info.created.addSecs(i);
        assessment.answers.insert(question->id, answer);
    }
    for (int a = 0; a < 30; ++a) {
        Action action;
        action.questionId = bank.questions().at(a)->id;
        action.what = QStringLiteral("Ask for the figures behind question %1").arg(a);
        action.who = QStringLiteral("Scrutiny officer");
        action.due = QDate(2026, 6, 1).addDays(a);
        action.status = ActionStatus(a % 3);
        assessment.actions.append(action);
    }
    return assessment;
}

} // namespace Waymark
