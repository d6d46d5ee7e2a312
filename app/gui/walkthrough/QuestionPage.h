#pragma once

#include "assessment/Rating.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Waymark {

class AssessmentDocument;
class GlossaryLabel;
struct Question;

// One question at a time: what it asks, why it matters, how a member would know, what each
// rating looks like, the six answers as large buttons (keys 0-3, D and N), evidence, a note, a
// follow-up flag, and the way on to the next question. Every change goes to the document, which
// saves it at once.
class QuestionPage : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionPage(AssessmentDocument *document, QWidget *parent = nullptr);

    void showQuestion(const QString &questionId);
    QString questionId() const { return m_questionId; }

Q_SIGNALS:
    void previousRequested();
    void nextRequested();
    void nextUnansweredRequested();
    void addActionRequested(const QString &questionId);
    void glossaryTermActivated(const QString &term);
    // The page has shown the document's answer to its question afresh: once for each change
    // to that answer (a test counts it, so that a rating is not drawn twice).
    void answerShown(const QString &questionId);

private:
    void refreshAnswer(const QString &questionId);
    void chooseRating(Rating rating);
    // Passes a change of the evidence or the note to the document, or undoes it in the editor
    // and says why when the document refuses it.
    void textEdited(QPlainTextEdit *edit);
    QPushButton *ratingButton(Rating rating) const;

    AssessmentDocument *m_document;
    QString m_questionId;
    QLabel *m_position = nullptr;
    QLabel *m_section = nullptr;
    QLabel *m_gate = nullptr;
    GlossaryLabel *m_text = nullptr;
    QLabel *m_untranslated = nullptr;
    GlossaryLabel *m_why = nullptr;
    GlossaryLabel *m_howToKnow = nullptr;
    QLabel *m_basis = nullptr;
    QButtonGroup *m_ratings = nullptr;
    QList<QLabel *> m_levelLabels;
    QPlainTextEdit *m_evidence = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLabel *m_textRefused = nullptr;
    QCheckBox *m_flag = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
};

} // namespace Waymark
