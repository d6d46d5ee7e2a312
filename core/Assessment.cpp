#include "Assessment.h"

#include <QCoreApplication>

namespace Waymark {

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
