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

class BankLibrary;

// Asks for who is answering, as what, about which authority, under which law (England or Wales).
// The assessment is made against the latest bank as it applies under the law chosen: the roles'
// question counts follow the choice. The Start button stays disabled, with a sentence saying what
// is missing, until the form is complete.
class NewAssessmentDialog : public QDialog
{
    Q_OBJECT

public:
    // banks must outlive the dialog.
    explicit NewAssessmentDialog(BankLibrary &banks, QWidget *parent = nullptr);

    // Pre-fill the authority and the jurisdiction (those most recently used, say).
    void setAuthority(const QString &authority);
    void setJurisdiction(const QString &jurisdictionId);

    // The assessment as entered; call after accept().
    AssessmentInfo info() const;

private:
    void validate();
    void showRoleDescription();
    // The latest bank under the law chosen.
    const QuestionBank &bank() const;

    BankLibrary &m_banks;
    QLineEdit *m_authority = nullptr;
    QComboBox *m_jurisdiction = nullptr;
    QLineEdit *m_respondent = nullptr;
    QComboBox *m_role = nullptr;
    QLabel *m_roleDescription = nullptr;
    QLineEdit *m_title = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Waymark
