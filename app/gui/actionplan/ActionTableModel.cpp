#include "actionplan/ActionTableModel.h"

#include "walkthrough/AssessmentDocument.h"

#include <QLocale>
#include <QRegularExpression>

namespace Waymark {

namespace {

bool sameAction(const Action &a, const Action &b)
{
    return a.id == b.id && a.questionId == b.questionId && a.what == b.what && a.who == b.who &&
           a.due == b.due && a.status == b.status;
}

QList<qint64> idsOf(const QList<Action> &actions)
{
    QList<qint64> ids;
    ids.reserve(actions.size());
    for (const Action &action : actions)
        ids.append(action.id);
    return ids;
}

// True when every id of part appears in whole in the same order.
bool isSubsequence(const QList<qint64> &part, const QList<qint64> &whole)
{
    qsizetype at = 0;
    for (qint64 id : whole) {
        if (at < part.size() && part.at(at) == id)
            ++at;
    }
    return at == part.size();
}

} // namespace

ActionTableModel::ActionTableModel(AssessmentDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_actions(document->assessment().actions)
{
    connect(m_document, &AssessmentDocument::actionsChanged, this, &ActionTableModel::sync);
}

QString ActionTableModel::dateFormat()
{
    // Members read "1 June 2026"; the weekday adds length and nothing they need.
    QString format = QLocale().dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(QStringLiteral("\\s*,?\\s*d{3,4}\\s*,?\\s*"));
    format.replace(weekday, QStringLiteral(" "));
    return format.trimmed();
}

QString ActionTableModel::dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, dateFormat()) : QString();
}

int ActionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_actions.size());
}

int ActionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Action &action = m_actions.at(index.row());
    if (role == ActionIdRole)
        return action.id;

    switch (index.column()) {
    case QuestionColumn: {
        const Question *question = m_document->bank().question(action.questionId);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return action.questionId.isEmpty() ? tr("General") : action.questionId;
        case Qt::ToolTipRole:
            return question ? question->text : tr("Not tied to one question");
        case Qt::AccessibleTextRole:
            return question ? tr("Question %1: %2").arg(action.questionId, question->text)
                            : tr("General action");
        case SortRole: {
            // Bank order; general actions after every question.
            const int at = m_document->indexOf(action.questionId);
            return at < 0 ? int(m_document->questions().size()) : at;
        }
        }
        break;
    }
    case WhatColumn:
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
        case Qt::ToolTipRole:
        case Qt::AccessibleTextRole:
        case SortRole:
            return action.what;
        }
        break;
    case WhoColumn:
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
        case SortRole:
            return action.who;
        case Qt::AccessibleTextRole:
            return action.who.isEmpty() ? tr("Nobody named yet") : action.who;
        }
        break;
    case DueColumn:
        switch (role) {
        case Qt::DisplayRole:
            return dateText(action.due);
        case Qt::EditRole:
            return action.due.isValid() ? action.due : QDate::currentDate().addMonths(3);
        case Qt::AccessibleTextRole:
            return action.due.isValid() ? tr("Due %1").arg(dateText(action.due))
                                        : tr("No date set");
        case SortRole:
            // Undated actions sort after every date.
            return action.due.isValid() ? action.due : QDate(9999, 12, 31);
        }
        break;
    case StatusColumn:
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return actionStatusLabel(action.status);
        case Qt::EditRole:
        case SortRole:
            return int(action.status); // the enum is declared in workflow order
        }
        break;
    default:
        break;
    }
    return QVariant();
}

QVariant ActionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case QuestionColumn:
        return tr("Question");
    case WhatColumn:
        return tr("What");
    case WhoColumn:
        return tr("Who");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    default:
        return QVariant();
    }
}

Qt::ItemFlags ActionTableModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() != QuestionColumn)
        result |= Qt::ItemIsEditable;
    return result;
}

bool ActionTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    Action changed = m_actions.at(index.row());
    switch (index.column()) {
    case WhatColumn: {
        const QString what = value.toString().simplified();
        if (what.isEmpty())
            return false; // an action has to say what will be done
        changed.what = what;
        break;
    }
    case WhoColumn:
        changed.who = value.toString().simplified();
        break;
    case DueColumn: {
        const QDate due = value.toDate();
        if (!due.isValid())
            return false;
        changed.due = due;
        break;
    }
    case StatusColumn: {
        bool ok = false;
        const int status = value.toInt(&ok);
        if (!ok || status < int(ActionStatus::NotStarted) || status > int(ActionStatus::Done))
            return false;
        changed.status = ActionStatus(status);
        break;
    }
    default:
        return false;
    }
    if (sameAction(changed, m_actions.at(index.row())))
        return true; // nothing to save, nothing to undo
    const Action &before = m_actions.at(index.row());
    const QString refusal = AssessmentDocument::textRefusal(before.what, changed.what).isEmpty()
                                ? AssessmentDocument::textRefusal(before.who, changed.who)
                                : AssessmentDocument::textRefusal(before.what, changed.what);
    if (!refusal.isEmpty()) {
        Q_EMIT editRefused(refusal);
        return false;
    }
    m_document->updateAction(changed);
    // The document refuses a change the store could not save (and says why); then the table
    // still shows what is saved.
    const std::optional<Action> saved = m_document->action(changed.id);
    return saved && sameAction(*saved, changed);
}

int ActionTableModel::rowOf(qint64 actionId) const
{
    for (int row = 0; row < m_actions.size(); ++row) {
        if (m_actions.at(row).id == actionId)
            return row;
    }
    return -1;
}

void ActionTableModel::sync()
{
    // Tell the views exactly which rows came or went, so that selection and the row being edited
    // survive an edit elsewhere in the plan; anything more tangled is a reset.
    const QList<Action> &now = m_document->assessment().actions;
    const QList<qint64> oldIds = idsOf(m_actions);
    const QList<qint64> newIds = idsOf(now);
    if (oldIds != newIds) {
        if (newIds.size() < oldIds.size() && isSubsequence(newIds, oldIds)) {
            for (int row = int(m_actions.size()) - 1; row >= 0; --row) {
                if (!newIds.contains(m_actions.at(row).id)) {
                    beginRemoveRows(QModelIndex(), row, row);
                    m_actions.removeAt(row);
                    endRemoveRows();
                }
            }
        } else if (newIds.size() > oldIds.size() && isSubsequence(oldIds, newIds)) {
            for (int row = 0; row < now.size(); ++row) {
                if (row >= m_actions.size() || m_actions.at(row).id != now.at(row).id) {
                    beginInsertRows(QModelIndex(), row, row);
                    m_actions.insert(row, now.at(row));
                    endInsertRows();
                }
            }
        } else {
            beginResetModel();
            m_actions = now;
            endResetModel();
            return;
        }
    }
    for (int row = 0; row < now.size(); ++row) {
        if (!sameAction(m_actions.at(row), now.at(row))) {
            m_actions[row] = now.at(row);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

} // namespace Waymark
