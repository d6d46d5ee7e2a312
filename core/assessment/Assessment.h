#pragma once

#include "assessment/Rating.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace Waymark {

// How far ahead of this computer's clock a change time may be before it is taken to come from a
// computer whose clock was wrong: a day, so that time zones and a clock a little fast never count.
// A time in the future would beat every real change made before it comes round, for ever, so
// exchange files holding one are refused.
constexpr qint64 MaxClockAheadSecs = 24 * 60 * 60;

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
    // The law the assessment is made under: a jurisdiction id of its bank ("england", "wales").
    QString jurisdiction = defaultJurisdiction();
    QDateTime created;
    QDateTime updated;

    // England: every assessment made before jurisdictions were recorded was made under it.
    static QString defaultJurisdiction() { return QStringLiteral("england"); }
};

// One member's self-assessment: metadata, answers keyed by question id, and the action plan.
class Assessment
{
public:
    AssessmentInfo info;
    // The answers that say something (Answer::isEmpty() is false), by question id.
    QHash<QString, Answer> answers;
    // The questions whose answer the member cleared, with the time of the clear. A clear is a
    // change like any other: it travels in exchange files and beats an older answer on import,
    // so that a rating taken back on one machine is taken back on the others. It is never an
    // answer: nothing that counts, scores or lists answers sees it. A question is in answers or
    // in cleared, not both.
    QHash<QString, QDateTime> cleared;
    QList<Action> actions;

    // Makes answer the question's state: kept in answers, or, when it is empty, recorded as
    // cleared at answer.updated.
    void setAnswer(const QString &questionId, const Answer &answer);

    // The answer to a question, or an empty (unanswered) one.
    Answer answer(const QString &questionId) const { return answers.value(questionId); }
    Rating rating(const QString &questionId) const { return answers.value(questionId).rating; }
};

} // namespace Waymark
