#include "walkthrough/AnswerCommands.h"

#include "walkthrough/AssessmentDocument.h"

namespace Waymark {

SetAnswerCommand::SetAnswerCommand(AssessmentDocument *document, const QString &questionId,
                                   const Answer &before, const Answer &after, UndoCommandId mergeId,
                                   const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_questionId(questionId)
    , m_before(before)
    , m_after(after)
    , m_mergeId(mergeId)
{
}

void SetAnswerCommand::redo()
{
    // A change that could not be saved never enters the history: the stack drops it.
    if (!m_document->writeAnswer(m_questionId, m_after))
        setObsolete(true);
}

void SetAnswerCommand::undo()
{
    if (!m_document->writeAnswer(m_questionId, m_before))
        setObsolete(true);
}

bool SetAnswerCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetAnswerCommand *>(other);
    // QUndoStack offers only a command with the same id(), so next types in the same field.
    if (next->m_questionId != m_questionId)
        return false;
    m_after = next->m_after;
    return true;
}

ActionCommand::ActionCommand(AssessmentDocument *document, Kind kind, const Action &before,
                             const Action &after, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
    , m_kind(kind)
    , m_before(before)
    , m_after(after)
{
}

void ActionCommand::redo()
{
    bool ok = true;
    switch (m_kind) {
    case Add:
        // The first time the store gives the action its id; after an undo it comes back with
        // the same id, so later commands that refer to it still find it.
        ok = m_document->writeNewAction(m_after);
        break;
    case Change:
        ok = m_document->writeAction(m_after);
        break;
    case Remove:
        ok = m_document->deleteAction(m_before.id);
        break;
    }
    if (!ok)
        setObsolete(true);
}

void ActionCommand::undo()
{
    bool ok = true;
    switch (m_kind) {
    case Add:
        ok = m_document->deleteAction(m_after.id);
        break;
    case Change:
        ok = m_document->writeAction(m_before);
        break;
    case Remove:
        ok = m_document->writeNewAction(m_before);
        break;
    }
    if (!ok)
        setObsolete(true);
}

} // namespace Waymark
