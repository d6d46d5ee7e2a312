#include "walkthrough/NewAssessmentDialog.h"

#include "bank/BankLibrary.h"
#include "common/Jurisdictions.h"
#include "text/TextRules.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Waymark {

NewAssessmentDialog::NewAssessmentDialog(BankLibrary &banks, QWidget *parent)
    : QDialog(parent)
    , m_banks(banks)
{
    const QuestionBank &latest = banks.latest();
    setObjectName(QStringLiteral("newAssessmentDialog"));
    setWindowTitle(tr("Start a new assessment"));

    auto *intro = new QLabel(tr("Tell Waymark who is answering and for which council. You can "
                                "change these details later."),
                             this);
    intro->setWordWrap(true);

    m_authority = new QLineEdit(this);
    m_authority->setObjectName(QStringLiteral("authorityEdit"));
    m_authority->setAccessibleName(tr("Council or partnership"));
    m_authority->setPlaceholderText(tr("For example: Borsetshire County Council"));

    m_jurisdiction = makeJurisdictionCombo(latest, this);
    m_jurisdiction->setObjectName(QStringLiteral("jurisdictionCombo"));
    m_jurisdiction->setAccessibleName(tr("The law the assessment is made under"));
    m_jurisdiction->setAccessibleDescription(
        tr("The questions, the statutory basis of each and the bodies they name follow the law "
           "of the country the council is in."));

    m_respondent = new QLineEdit(this);
    m_respondent->setObjectName(QStringLiteral("respondentEdit"));
    m_respondent->setAccessibleName(tr("Your name"));
    m_respondent->setPlaceholderText(tr("For example: Cllr Pat Example"));

    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->setAccessibleName(tr("Your role"));
    // Every jurisdiction has the same roles; only their questions differ.
    for (const Role &role : latest.roles)
        m_role->addItem(role.title, role.id);
    m_role->setCurrentIndex(qMax(0, m_role->findData(QStringLiteral("lead-member"))));

    m_roleDescription = new QLabel(this);
    m_roleDescription->setObjectName(QStringLiteral("roleDescription"));
    m_roleDescription->setWordWrap(true);

    m_title = new QLineEdit(latest.title, this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setAccessibleName(tr("Title of the assessment"));

    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setAccessibleName(tr("Date of the assessment"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMMM yyyy"));

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("What is still needed"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Start the assessment"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("startButton"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Start the assessment"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Council or partnership:"), m_authority);
    form->addRow(tr("&Law:"), m_jurisdiction);
    form->addRow(tr("Your &name:"), m_respondent);
    form->addRow(tr("Your &role:"), m_role);
    form->addRow(QString(), m_roleDescription);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Date:"), m_date);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_authority, &QLineEdit::textChanged, this, &NewAssessmentDialog::validate);
    connect(m_respondent, &QLineEdit::textChanged, this, &NewAssessmentDialog::validate);
    connect(m_title, &QLineEdit::textChanged, this, &NewAssessmentDialog::validate);
    connect(m_role, &QComboBox::currentIndexChanged, this,
            &NewAssessmentDialog::showRoleDescription);
    connect(m_jurisdiction, &QComboBox::currentIndexChanged, this,
            &NewAssessmentDialog::showRoleDescription);
    showRoleDescription();
    validate();
}

void NewAssessmentDialog::setAuthority(const QString &authority)
{
    m_authority->setText(authority);
}

void NewAssessmentDialog::setJurisdiction(const QString &jurisdictionId)
{
    chooseJurisdiction(m_jurisdiction, jurisdictionId);
}

const QuestionBank &NewAssessmentDialog::bank() const
{
    const QuestionBank &latest = m_banks.latest();
    return m_banks.applied(latest.id, latest.version, m_jurisdiction->currentData().toString());
}

void NewAssessmentDialog::showRoleDescription()
{
    const QuestionBank &applied = bank();
    const Role *role = applied.role(m_role->currentData().toString());
    if (!role)
        return;
    const int count = applied.questionsFor(role->id).size();
    m_roleDescription->setText(
        tr("%1 You will see %2 questions.").arg(role->description).arg(count));
    m_role->setAccessibleDescription(m_roleDescription->text());
}

void NewAssessmentDialog::validate()
{
    QStringList missing;
    if (m_authority->text().trimmed().isEmpty())
        missing.append(tr("the council or partnership"));
    if (m_respondent->text().trimmed().isEmpty())
        missing.append(tr("your name"));
    if (m_title->text().trimmed().isEmpty())
        missing.append(tr("a title"));
    // What an exchange file could not carry, a member cannot start with.
    QStringList refused;
    for (QLineEdit *edit : {m_authority, m_respondent, m_title}) {
        if (TextRules::fault(edit->text().trimmed()) != TextRules::Fault::None)
            refused.append(edit->accessibleName());
    }
    QStringList problems;
    if (!missing.isEmpty())
        problems.append(tr("Still needed: %1.").arg(missing.join(tr(", "))));
    if (!refused.isEmpty()) {
        problems.append(tr("Too long (at most %1 characters), or holding a character that is not "
                           "text: %2.")
                            .arg(QLocale().toString(TextRules::MaxLength))
                            .arg(refused.join(tr(", "))));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
    m_problem->setText(problems.join(QLatin1Char(' ')));
}

AssessmentInfo NewAssessmentDialog::info() const
{
    AssessmentInfo info;
    info.authority = m_authority->text().trimmed();
    info.respondent = m_respondent->text().trimmed();
    info.roleId = m_role->currentData().toString();
    info.title = m_title->text().trimmed();
    info.date = m_date->date();
    const QuestionBank &latest = m_banks.latest();
    info.bankId = latest.id;
    info.bankVersion = latest.version;
    info.jurisdiction = m_jurisdiction->currentData().toString();
    return info;
}

} // namespace Waymark
