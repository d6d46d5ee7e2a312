#pragma once

#include "bank/QuestionBank.h"
#include "workshop/Workshop.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Waymark {

// Asks for what a new workshop needs: its name, the council, the date and the facilitator.
// Only the name is required; without a council, returned files are not checked against one.
class WorkshopNewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WorkshopNewDialog(const QuestionBank &bank, QWidget *parent = nullptr);

    void setAuthority(const QString &authority);
    // The workshop as entered, for the bank in use; not yet stored.
    WorkshopInfo info() const;

private:
    void validate();

    const QuestionBank &m_bank;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_authority = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_facilitator = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Waymark
