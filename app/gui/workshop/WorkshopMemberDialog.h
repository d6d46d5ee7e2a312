#pragma once

#include "bank/QuestionBank.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace Waymark {

// Adds a member who is in the room, by name and role, so that the facilitator can enter their
// answers in the round.
class WorkshopMemberDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WorkshopMemberDialog(const QuestionBank &bank, QWidget *parent = nullptr);

    QString name() const;
    QString roleId() const;

private:
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// The role chooser every workshop dialog uses: the bank's roles by title, Councillor first
// unless the bank lacks it, since most members in a workshop are councillors.
QComboBox *makeRoleCombo(const QuestionBank &bank, QWidget *parent);

} // namespace Waymark
