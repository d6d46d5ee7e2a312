#pragma once

#include "assessment/Assessment.h"
#include "scoring/Scoring.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QModelIndex;
class QStandardItemModel;
class QTableView;

namespace Waymark {

class AssessmentDocument;

// "Comparison with the last cycle": this assessment beside an earlier one of the same authority
// and role from the same database. Section by section (score then and now, the change in words,
// RAG then and now) and question by question (only those whose answer changed). Read-only: the
// earlier assessment is loaded from the store and scored here, never edited.
//
// Each is scored against its own bank (the version it was answered against, under its law), so
// that an assessment made against 1.0.0 keeps the scores it had; when the versions differ,
// questions are matched through the bank's mapping (VersionMatch), and the view says so.
class CompareView : public QWidget
{
    Q_OBJECT

public:
    explicit CompareView(AssessmentDocument *document, QWidget *parent = nullptr);

    // Reloads the list of earlier assessments, keeping the one chosen when it is still there.
    void refresh();

    // The database id of the assessment compared with; 0 when there is none.
    qint64 earlierId() const;

    // "▲ up 12.5", "▼ down 4.0", "no change", "new score", "no score now" or "no score".
    static QString changeText(std::optional<double> earlier, std::optional<double> now);

Q_SIGNALS:
    void questionRequested(const QString &questionId);

private:
    QString candidateLabel(const AssessmentInfo &info) const;
    void loadEarlier();
    void updateComparison();
    void fillSections();
    void fillQuestions();
    void showMessage(const QString &message);
    // The earlier answer to a question of this assessment: its own question's, or those of the
    // earlier questions it stands for.
    QString earlierAnswerText(const QStringList &earlierIds, const QString &questionId) const;

    AssessmentDocument *m_document;
    QLabel *m_message = nullptr;
    QLabel *m_comboLabel = nullptr;
    QComboBox *m_earlierCombo = nullptr;
    QWidget *m_comparison = nullptr;
    QLabel *m_versions = nullptr;
    QLabel *m_overall = nullptr;
    QTableView *m_sectionView = nullptr;
    QTableView *m_questionView = nullptr;
    QLabel *m_noQuestionChanges = nullptr;
    QStandardItemModel *m_sectionModel = nullptr;
    QStandardItemModel *m_questionModel = nullptr;
    std::optional<Assessment> m_earlier;
    const QuestionBank *m_earlierBank = nullptr; // the earlier assessment's own
    ScoreReport m_earlierScores;
};

} // namespace Waymark
