#include "workshop/WorkshopMemberDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Waymark {

QComboBox *makeRoleCombo(const QuestionBank &bank, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    for (const Role &role : bank.roles)
        combo->addItem(role.title, role.id);
    combo->setCurrentIndex(qMax(0, combo->findData(QStringLiteral("councillor"))));
    return combo;
}

WorkshopMemberDialog::WorkshopMemberDialog(const QuestionBank &bank, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("workshopMemberDialog"));
    setWindowTitle(tr("Add a member in the room"));

    auto *intro = new QLabel(tr("For a member who answers in the room rather than with an answer "
                                "pack. You enter their answers in the round."),
                             this);
    intro->setWordWrap(true);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("memberNameEdit"));
    m_name->setAccessibleName(tr("Member's name"));
    m_name->setMaxLength(200);
    m_role = makeRoleCombo(bank, this);
    m_role->setObjectName(QStringLiteral("memberRoleCombo"));
    m_role->setAccessibleName(tr("Member's role"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *add = m_buttons->button(QDialogButtonBox::Ok);
    add->setText(tr("Add the member"));
    add->setObjectName(QStringLiteral("addMemberButton"));
    add->setAccessibleName(tr("Add the member"));
    add->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, add,
            [add](const QString &text) { add->setEnabled(!text.trimmed().isEmpty()); });
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

QString WorkshopMemberDialog::name() const
{
    return m_name->text().simplified();
}

QString WorkshopMemberDialog::roleId() const
{
    return m_role->currentData().toString();
}

} // namespace Waymark
