#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace Waymark {

class AssessmentDocument;
class QuestionPage;

// The walk through an assessment: sections and their questions on the left, each with its
// progress and RAG in words, the current question on the right, overall progress always in view.
class WalkthroughView : public QWidget
{
    Q_OBJECT

public:
    explicit WalkthroughView(AssessmentDocument *document, QWidget *parent = nullptr);

    QuestionPage *questionPage() const { return m_page; }
    QString currentQuestion() const;
    void goToQuestion(const QString &questionId);
    void goToNext();
    void goToPrevious();
    // The next question without an answer after the current one (wrapping); false when every
    // question is answered.
    bool goToNextUnanswered();

Q_SIGNALS:
    void currentQuestionChanged(const QString &questionId);

private:
    void buildNavigator();
    void refreshProgress();
    void refreshQuestionItem(const QString &questionId);
    void followNavigator(QTreeWidgetItem *item);

    AssessmentDocument *m_document;
    QTreeWidget *m_navigator = nullptr;
    QuestionPage *m_page = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
};

} // namespace Waymark
