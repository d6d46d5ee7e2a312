#pragma once

#include "Rating.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace Waymark {

// A member's answer to one question.
struct Answer
{
    Rating rating = Rating::Unanswered;
    QString evidence; // "how do you know?"
    QString note;     // a note or a question to ask officers
    bool flagged = false;
    QDateTime updated;

    bool isEmpty() const
    {
        return rating == Rating::Unanswered && evidence.isEmpty() && note.isEmpty() && !flagged;
    }
};

enum class ActionStatus
{
    NotStarted,
    InProgress,
    Done
};

QString actionStatusKey(ActionStatus status); // "not-started", "in-progress", "done"
std::optional<ActionStatus> actionStatusFromKey(const QString &key);
QString actionStatusLabel(ActionStatus status);

// One line of the action plan: what will be done, by whom, by when.
struct Action
{
    qint64 id = 0;      // 0 until stored
    QString questionId; // the question it answers to; may be empty for a general action
    QString what;
    QString who;
    QDate due;
    ActionStatus status = ActionStatus::NotStarted;
};

// Who answered, as what, about which authority, against which bank.
struct AssessmentInfo
{
    qint64 id = 0; // this database's id for it; 0 until stored
    QString uid;   // a UUID that stays with the assessment across machines and exchange files
    QString title;
    QString authority;
    QString respondent;
    QString roleId;
    QDate date;
    QString bankId;
    QString bankVersion;
    QDateTime created;
    QDateTime updated;
};

// One member's self-assessment: metadata, answers keyed by question id, and the action plan.
class Assessment
{
public:
    AssessmentInfo info;
    QHash<QString, Answer> answers;
    QList<Action> actions;

    // The answer to a question, or an empty (unanswered) one.
    Answer answer(const QString &questionId) const { return answers.value(questionId); }
    Rating rating(const QString &questionId) const { return answers.value(questionId).rating; }
};

} // namespace Waymark
