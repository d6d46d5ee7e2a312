#pragma once

namespace Waymark {

// The ids QUndoStack compares to offer one command to merge into the one before
// (QUndoCommand::id()). Every kind of command that merges has its own, listed here so that two
// kinds can never share one; -1 is Qt's "never merges".
enum class UndoCommandId : int
{
    NeverMerges = -1,
    EvidenceTyping = 1, // SetAnswerCommand: typing in a question's evidence
    NoteTyping = 2,     // SetAnswerCommand: typing in a question's note
};

} // namespace Waymark
