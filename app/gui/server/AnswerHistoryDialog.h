#pragma once

#include "assessment/Assessment.h"
#include "store/postgres/ServerAdmin.h"

#include <QDialog>

class QTableWidget;
class QPushButton;

namespace Waymark {

class AssessmentDocument;

// Edit › Earlier versions of this answer…: every version of one answer the council's server
// kept (who changed it, when, the rating, evidence and note), newest first, with the one chosen
// put back by Restore as an undoable edit.
class AnswerHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    AnswerHistoryDialog(AssessmentDocument &document, const QString &questionId,
                        const QList<AnswerChange> &changes, QWidget *parent = nullptr);

private:
    void restoreChosen();

    AssessmentDocument &m_document;
    QString m_questionId;
    QList<Answer> m_versions; // row by row
    QTableWidget *m_table;
    QPushButton *m_restore;
};

} // namespace Waymark
