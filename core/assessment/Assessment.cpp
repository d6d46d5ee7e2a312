#include "assessment/Assessment.h"

#include <QCoreApplication>

namespace Waymark {

void Assessment::setAnswer(const QString &questionId, const Answer &answer)
{
    if (answer.isEmpty()) {
        answers.remove(questionId);
        cleared.insert(questionId, answer.updated);
    } else {
        cleared.remove(questionId);
        answers.insert(questionId, answer);
    }
}

QString actionStatusKey(ActionStatus status)
{
    switch (status) {
    case ActionStatus::NotStarted:
        return QStringLiteral("not-started");
    case ActionStatus::InProgress:
        return QStringLiteral("in-progress");
    case ActionStatus::Done:
        return QStringLiteral("done");
    }
    return QString();
}

std::optional<ActionStatus> actionStatusFromKey(const QString &key)
{
    for (ActionStatus status :
         {ActionStatus::NotStarted, ActionStatus::InProgress, ActionStatus::Done}) {
        if (key == actionStatusKey(status))
            return status;
    }
    return std::nullopt;
}

QString actionStatusLabel(ActionStatus status)
{
    switch (status) {
    case ActionStatus::NotStarted:
        return QCoreApplication::translate("Waymark::Action", "Not started");
    case ActionStatus::InProgress:
        return QCoreApplication::translate("Waymark::Action", "In progress");
    case ActionStatus::Done:
        return QCoreApplication::translate("Waymark::Action", "Done");
    }
    return QString();
}

} // namespace Waymark
