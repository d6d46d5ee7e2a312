#pragma once

#include "assessment/Assessment.h"
#include "bank/QuestionBank.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Waymark {

// Asks for who is answering, as what, about which authority. The Start button stays disabled,
// with a sentence saying what is missing, until the form is complete.
class NewAssessmentDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewAssessmentDialog(const QuestionBank &bank, QWidget *parent = nullptr);

    // Pre-fills the authority (the one most recently used, say).
    void setAuthority(const QString &authority);

    // The assessment as entered; call after accept().
    AssessmentInfo info() const;

private:
    void validate();
    void showRoleDescription();

    const QuestionBank &m_bank;
    QLineEdit *m_authority = nullptr;
    QLineEdit *m_respondent = nullptr;
    QComboBox *m_role = nullptr;
    QLabel *m_roleDescription = nullptr;
    QLineEdit *m_title = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Waymark
