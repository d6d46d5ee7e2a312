#pragma once

#include "workshop/Workshop.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Waymark {

class BankLibrary;

// Asks for what a new workshop needs: its name, the council, the law it reviews under (England
// or Wales), the date and the facilitator. Only the name is required; without a council,
// returned files are not checked against one. The workshop uses the latest bank.
class WorkshopNewDialog : public QDialog
{
    Q_OBJECT

public:
    // banks must outlive the dialog.
    explicit WorkshopNewDialog(BankLibrary &banks, QWidget *parent = nullptr);

    void setAuthority(const QString &authority);
    void setJurisdiction(const QString &jurisdictionId);
    // The workshop as entered, for the bank in use; not yet stored.
    WorkshopInfo info() const;

private:
    void validate();

    BankLibrary &m_banks;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_authority = nullptr;
    QComboBox *m_jurisdiction = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_facilitator = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Waymark
