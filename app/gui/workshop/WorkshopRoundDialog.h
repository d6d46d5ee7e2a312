#pragma once

#include "bank/QuestionBank.h"
#include "store/AssessmentStore.h"
#include "workshop/Workshop.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Waymark {

// Round entry: the facilitator goes round the room for one question and enters each member's
// answer. A row per member the question applies to, with the six answers; 3, 2, 1, 0, D or N
// answers for the current row and moves down, Delete clears it. Each answer is saved to the
// member's assessment at once (there is no open AssessmentDocument here to carry an undo stack;
// choosing another answer is the correction).
class WorkshopRoundDialog : public QDialog
{
    Q_OBJECT

public:
    // questionIds: the questions to go through, in order; starts at startQuestion.
    WorkshopRoundDialog(AssessmentStore &store, const QuestionBank &bank, qint64 workshopId,
                        const QStringList &questionIds, const QString &startQuestion,
                        bool anonymised, QWidget *parent = nullptr);

    QString questionId() const;
    // Whether any answer was saved, so that the window knows to refresh.
    bool changed() const { return m_changed; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showQuestion(int index);
    void fillTable();
    void setAnswer(int row, Rating rating);
    bool reload();

    AssessmentStore &m_store;
    const QuestionBank &m_bank;
    const qint64 m_workshopId;
    const QStringList m_questionIds;
    const bool m_anonymised;
    Workshop m_workshop;
    int m_index = 0;
    QList<int> m_rows; // participant index of each table row
    bool m_changed = false;

    QLabel *m_position = nullptr;
    QLabel *m_text = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
};

} // namespace Waymark
