#pragma once

#include "assessment/Assessment.h"
#include "bank/QuestionBank.h"
#include "scoring/Scoring.h"
#include "store/AssessmentStore.h"
#include "walkthrough/UndoCommandId.h"

#include <QObject>
#include <QUndoStack>

#include <functional>

namespace Waymark {

class BankLibrary;

// The assessment a member has open: the answers, the action plan and their undo history. Every
// edit goes through an undo command (AnswerCommands.h) whose redo and undo write straight to the
// store, so what the member sees is always what is saved. Views read from here and listen to the
// signals; none of them writes to the store.
//
// It is shown against its own question bank: the version it was answered against, as that version
// applies under the law it is made under (BankLibrary::forAssessment). The library is there for
// views that need other assessments' banks too (comparing with an earlier one).
class AssessmentDocument : public QObject
{
    Q_OBJECT

public:
    // banks must outlive the document.
    AssessmentDocument(BankLibrary &banks, AssessmentStore &store, Assessment assessment,
                       QObject *parent = nullptr);

    // The assessment's own bank, in the app's language.
    const QuestionBank &bank() const { return m_bank; }
    BankLibrary &banks() const { return m_banks; }
    // Why the bank is not the one the assessment was answered against (the library does not have
    // that version); empty when it is.
    const QString &bankNote() const { return m_bankNote; }
    const Assessment &assessment() const { return m_assessment; }
    qint64 id() const { return m_assessment.info.id; }
    AssessmentStore &store() { return m_store; }

    // The questions for the assessment's role, in bank order.
    const QList<const Question *> &questions() const { return m_questions; }
    int indexOf(const QString &questionId) const;
    Answer answer(const QString &questionId) const { return m_assessment.answer(questionId); }

    // Scores of the answers as they stand now.
    const ScoreReport &scores() const { return m_scores; }

    // Every assessment of this one's authority and role in the store, this one as it stands
    // now: the cycles of its trend (Trend::build, or Trend::endingWith for its review). None
    // when the store cannot be read, and error says why.
    std::optional<QList<Assessment>> trendCycles(StoreError *error);

    QUndoStack *undoStack() { return &m_undoStack; }

    // Why a text may not change from before to after, or an empty string when it may. A text
    // holds at most TextRules::MaxLength characters and no NUL or half of a surrogate pair, as
    // an exchange file does: a member cannot write what an export would carry and the import at
    // the other end refuse. A text stored longer before the limit was kept can still be cut down.
    static QString textRefusal(QStringView before, QStringView after);

    // Edits, each one undoable. Typing in a text field merges into one undo step per field. The
    // text edits return false, and change nothing, when textRefusal() refuses a text.
    void setRating(const QString &questionId, Rating rating);
    bool setEvidence(const QString &questionId, const QString &text);
    bool setNote(const QString &questionId, const QString &text);
    void setFlagged(const QString &questionId, bool flagged);
    // Puts an earlier version of an answer back (rating, evidence, note and flag), as one
    // undoable edit: restoring from the server's history.
    void restoreAnswer(const QString &questionId, const Answer &earlier);
    bool addAction(const Action &action);
    bool updateAction(const Action &action);
    void removeAction(qint64 actionId);

    // Used by the undo commands: write to the store, then update the model and tell the views.
    // On failure nothing in the model changes and saveFailed() says why.
    bool writeAnswer(const QString &questionId, const Answer &answer);
    bool writeNewAction(Action &action); // sets action.id
    bool writeAction(const Action &action);
    bool deleteAction(qint64 actionId);
    std::optional<Action> action(qint64 actionId) const;

    // Reads the assessment's answers from the store again and shows any that changed there (on
    // a council's server: typed by the same member on another machine). Not an edit of this
    // window's: nothing goes on the undo stack. Returns how many answers changed.
    int takeChangesFromStore();

    // Where an answer goes when the council's server cannot be reached (ServerLink): returns
    // whether it was kept. Without one, such a save fails like any other.
    using OfflineKeeper = std::function<bool(const QString &questionId, const Answer &answer)>;
    void setOfflineKeeper(OfflineKeeper keeper) { m_keepOffline = std::move(keeper); }

Q_SIGNALS:
    void answerChanged(const QString &questionId);
    void actionsChanged();
    void scoresChanged();
    // Once for every edit saved (answer or action), after the signals above: for views that
    // show the whole assessment and would otherwise redraw once for each of them.
    void changed();
    void saved();
    // Saved in the offline journal, not yet on the server (setOfflineKeeper()).
    void savedOffline();
    void saveFailed(const QString &message);

private:
    void changeAnswer(const QString &questionId, const std::function<void(Answer &)> &change,
                      UndoCommandId mergeId);
    void rescore();

    OfflineKeeper m_keepOffline;
    BankLibrary &m_banks;
    QString m_bankNote; // before m_bank, which sets it
    const QuestionBank &m_bank;
    AssessmentStore &m_store;
    Assessment m_assessment;
    QList<const Question *> m_questions;
    ScoreReport m_scores;
    QUndoStack m_undoStack;
};

} // namespace Waymark
