#pragma once

#include "assessment/Assessment.h"
#include "walkthrough/UndoCommandId.h"

#include <QUndoCommand>

namespace Waymark {

class AssessmentDocument;

// Replaces one question's answer. Consecutive edits of the same text field of the same question
// merge, so Undo takes back a whole piece of typing, not one letter.
class SetAnswerCommand : public QUndoCommand
{
public:
    SetAnswerCommand(AssessmentDocument *document, const QString &questionId, const Answer &before,
                     const Answer &after, UndoCommandId mergeId, const QString &text);

    void redo() override;
    void undo() override;
    int id() const override { return int(m_mergeId); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    AssessmentDocument *m_document;
    QString m_questionId;
    Answer m_before;
    Answer m_after;
    UndoCommandId m_mergeId;
};

// Adds, changes or removes one action of the action plan.
class ActionCommand : public QUndoCommand
{
public:
    enum Kind
    {
        Add,
        Change,
        Remove
    };

    ActionCommand(AssessmentDocument *document, Kind kind, const Action &before,
                  const Action &after, const QString &text);

    void redo() override;
    void undo() override;

private:
    AssessmentDocument *m_document;
    Kind m_kind;
    Action m_before;
    Action m_after;
};

} // namespace Waymark
