#include "walkthrough/AssessmentDocument.h"

#include "bank/BankLibrary.h"
#include "text/TextRules.h"
#include "walkthrough/AnswerCommands.h"

#include <QLocale>
#include <QSet>

namespace Waymark {

namespace {

bool sameContent(const Answer &a, const Answer &b)
{
    return a.rating == b.rating && a.evidence == b.evidence && a.note == b.note &&
           a.flagged == b.flagged;
}

} // namespace

AssessmentDocument::AssessmentDocument(BankLibrary &banks, AssessmentStore &store,
                                       Assessment assessment, QObject *parent)
    : QObject(parent)
    , m_banks(banks)
    , m_bank(banks.forAssessment(assessment.info, &m_bankNote))
    , m_store(store)
    , m_assessment(std::move(assessment))
    , m_questions(m_bank.questionsFor(m_assessment.info.roleId))
{
    m_scores = Scorer::score(m_bank, m_assessment);
}

std::optional<QList<Assessment>> AssessmentDocument::trendCycles(StoreError *error)
{
    const AssessmentInfo &self = m_assessment.info;
    std::optional<QList<Assessment>> cycles =
        m_store.loadAssessmentsOf(self.authority, self.roleId, error);
    if (!cycles)
        return std::nullopt;
    // The store has every saved edit, but the document is what the member sees.
    cycles->removeIf([&self](const Assessment &cycle) { return cycle.info.id == self.id; });
    cycles->append(m_assessment);
    return cycles;
}

int AssessmentDocument::indexOf(const QString &questionId) const
{
    for (int i = 0; i < m_questions.size(); ++i) {
        if (m_questions.at(i)->id == questionId)
            return i;
    }
    return -1;
}

void AssessmentDocument::changeAnswer(const QString &questionId,
                                      const std::function<void(Answer &)> &change,
                                      UndoCommandId mergeId)
{
    const Answer before = answer(questionId);
    Answer after = before;
    change(after);
    if (sameContent(before, after))
        return;
    QString text;
    switch (mergeId) {
    case UndoCommandId::EvidenceTyping:
        text = tr("Edit evidence for %1").arg(questionId);
        break;
    case UndoCommandId::NoteTyping:
        text = tr("Edit note for %1").arg(questionId);
        break;
    case UndoCommandId::NeverMerges:
        text = tr("Answer %1").arg(questionId);
        break;
    }
    m_undoStack.push(new SetAnswerCommand(this, questionId, before, after, mergeId, text));
}

void AssessmentDocument::setRating(const QString &questionId, Rating rating)
{
    changeAnswer(
        questionId, [rating](Answer &a) { a.rating = rating; }, UndoCommandId::NeverMerges);
}

QString AssessmentDocument::textRefusal(QStringView before, QStringView after)
{
    if (TextRules::acceptsEdit(before, after))
        return QString();
    if (TextRules::fault(after) == TextRules::Fault::TooLong) {
        return tr("A text can be at most %1 characters long, and this change would make it %2; "
                  "it was not made.")
            .arg(QLocale().toString(TextRules::MaxLength))
            .arg(QLocale().toString(qlonglong(TextRules::characterCount(after))));
    }
    return tr("This change would put a character in the text that is not text (a NUL, half of "
              "a surrogate pair, U+FFFE or U+FFFF); it was not made.");
}

bool AssessmentDocument::setEvidence(const QString &questionId, const QString &text)
{
    if (!textRefusal(answer(questionId).evidence, text).isEmpty())
        return false;
    changeAnswer(
        questionId, [&text](Answer &a) { a.evidence = text; }, UndoCommandId::EvidenceTyping);
    return true;
}

bool AssessmentDocument::setNote(const QString &questionId, const QString &text)
{
    if (!textRefusal(answer(questionId).note, text).isEmpty())
        return false;
    changeAnswer(
        questionId, [&text](Answer &a) { a.note = text; }, UndoCommandId::NoteTyping);
    return true;
}

void AssessmentDocument::setFlagged(const QString &questionId, bool flagged)
{
    changeAnswer(
        questionId, [flagged](Answer &a) { a.flagged = flagged; }, UndoCommandId::NeverMerges);
}

void AssessmentDocument::restoreAnswer(const QString &questionId, const Answer &earlier)
{
    changeAnswer(
        questionId,
        [earlier](Answer &a) {
            a.rating = earlier.rating;
            a.evidence = earlier.evidence;
            a.note = earlier.note;
            a.flagged = earlier.flagged;
        },
        UndoCommandId::NeverMerges);
}

bool AssessmentDocument::addAction(const Action &action)
{
    if (!textRefusal(QString(), action.what).isEmpty() ||
        !textRefusal(QString(), action.who).isEmpty())
        return false;
    Action added = action;
    added.id = 0;
    m_undoStack.push(new ActionCommand(this, ActionCommand::Add, Action(), added,
                                       tr("Add action \"%1\"").arg(action.what)));
    return true;
}

bool AssessmentDocument::updateAction(const Action &action)
{
    const std::optional<Action> before = this->action(action.id);
    if (!before || !textRefusal(before->what, action.what).isEmpty() ||
        !textRefusal(before->who, action.who).isEmpty())
        return false;
    m_undoStack.push(new ActionCommand(this, ActionCommand::Change, *before, action,
                                       tr("Edit action \"%1\"").arg(action.what)));
    return true;
}

void AssessmentDocument::removeAction(qint64 actionId)
{
    const std::optional<Action> before = action(actionId);
    if (!before)
        return;
    m_undoStack.push(new ActionCommand(this, ActionCommand::Remove, *before, *before,
                                       tr("Remove action \"%1\"").arg(before->what)));
}

std::optional<Action> AssessmentDocument::action(qint64 actionId) const
{
    for (const Action &candidate : m_assessment.actions) {
        if (candidate.id == actionId)
            return candidate;
    }
    return std::nullopt;
}

bool AssessmentDocument::writeAnswer(const QString &questionId, const Answer &answer)
{
    Answer stamped = answer;
    stamped.updated = QDateTime::currentDateTimeUtc(); // an undo is a change made now, too
    StoreError error;
    bool offline = false;
    if (!m_store.saveAnswer(id(), questionId, stamped, &error)) {
        // A server out of reach: the answer is kept on this computer, to be sent.
        offline = error.kind == StoreError::Kind::Unreachable && m_keepOffline &&
                  m_keepOffline(questionId, stamped);
        if (!offline) {
            Q_EMIT saveFailed(error.message);
            return false;
        }
    }
    m_assessment.setAnswer(questionId, stamped);
    m_assessment.info.updated = stamped.updated;
    rescore();
    Q_EMIT answerChanged(questionId);
    Q_EMIT changed();
    if (offline)
        Q_EMIT savedOffline();
    else
        Q_EMIT saved();
    return true;
}

int AssessmentDocument::takeChangesFromStore()
{
    StoreError error;
    const std::optional<Assessment> stored = m_store.loadAssessment(id(), &error);
    if (!stored)
        return 0;
    QSet<QString> questions;
    for (auto it = stored->answers.cbegin(); it != stored->answers.cend(); ++it)
        questions.insert(it.key());
    for (auto it = m_assessment.answers.cbegin(); it != m_assessment.answers.cend(); ++it)
        questions.insert(it.key());
    QStringList differing;
    for (const QString &questionId : std::as_const(questions)) {
        const Answer theirs = stored->answer(questionId);
        const Answer mine = m_assessment.answer(questionId);
        if (theirs.rating == mine.rating && theirs.evidence == mine.evidence &&
            theirs.note == mine.note && theirs.flagged == mine.flagged)
            continue;
        Answer taken = theirs;
        if (theirs.isEmpty())
            taken.updated = stored->cleared.value(questionId);
        m_assessment.setAnswer(questionId, taken);
        differing.append(questionId);
    }
    if (differing.isEmpty())
        return 0;
    m_assessment.info.updated = stored->info.updated;
    rescore();
    for (const QString &questionId : std::as_const(differing))
        Q_EMIT answerChanged(questionId);
    Q_EMIT changed();
    return int(differing.size());
}

bool AssessmentDocument::writeNewAction(Action &action)
{
    StoreError error;
    if (!m_store.addAction(id(), action, &error)) {
        Q_EMIT saveFailed(error.message);
        return false;
    }
    m_assessment.actions.append(action);
    Q_EMIT actionsChanged();
    Q_EMIT changed();
    Q_EMIT saved();
    return true;
}

bool AssessmentDocument::writeAction(const Action &action)
{
    StoreError error;
    if (!m_store.updateAction(id(), action, &error)) {
        Q_EMIT saveFailed(error.message);
        return false;
    }
    for (Action &stored : m_assessment.actions) {
        if (stored.id == action.id)
            stored = action;
    }
    Q_EMIT actionsChanged();
    Q_EMIT changed();
    Q_EMIT saved();
    return true;
}

bool AssessmentDocument::deleteAction(qint64 actionId)
{
    StoreError error;
    if (!m_store.removeAction(id(), actionId, &error)) {
        Q_EMIT saveFailed(error.message);
        return false;
    }
    m_assessment.actions.removeIf([actionId](const Action &a) { return a.id == actionId; });
    Q_EMIT actionsChanged();
    Q_EMIT changed();
    Q_EMIT saved();
    return true;
}

void AssessmentDocument::rescore()
{
    m_scores = Scorer::score(m_bank, m_assessment);
    Q_EMIT scoresChanged();
}

} // namespace Waymark
