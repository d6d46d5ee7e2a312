#include "workshop/WorkshopNewDialog.h"

#include "bank/BankLibrary.h"
#include "common/Jurisdictions.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Waymark {

namespace {

// Long enough for any real name, short enough to fit on the pack's cover.
constexpr int MaxLength = 200;

} // namespace

WorkshopNewDialog::WorkshopNewDialog(BankLibrary &banks, QWidget *parent)
    : QDialog(parent)
    , m_banks(banks)
{
    setObjectName(QStringLiteral("workshopNewDialog"));
    setWindowTitle(tr("New workshop"));

    auto *intro = new QLabel(tr("A workshop gathers members' answers so that the room can see "
                                "where they agree and agree a rating together."),
                             this);
    intro->setWordWrap(true);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("workshopNameEdit"));
    m_name->setAccessibleName(tr("Name of the workshop"));
    m_name->setPlaceholderText(tr("For example: Cabinet safeguarding workshop"));
    m_name->setMaxLength(MaxLength);

    m_authority = new QLineEdit(this);
    m_authority->setObjectName(QStringLiteral("workshopAuthorityEdit"));
    m_authority->setAccessibleName(tr("Council or partnership"));
    m_authority->setAccessibleDescription(
        tr("Returned answers for another council are pointed out before they are added."));
    m_authority->setPlaceholderText(tr("For example: Borsetshire County Council"));
    m_authority->setMaxLength(MaxLength);

    m_jurisdiction = makeJurisdictionCombo(banks.latest(), this);
    m_jurisdiction->setObjectName(QStringLiteral("workshopJurisdictionCombo"));
    m_jurisdiction->setAccessibleName(tr("The law the workshop reviews under"));
    m_jurisdiction->setAccessibleDescription(
        tr("The members' answer packs are made under this law, and returned answers made under "
           "another are pointed out before they are added."));

    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("workshopDateEdit"));
    m_date->setAccessibleName(tr("Date of the workshop"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMMM yyyy"));

    m_facilitator = new QLineEdit(this);
    m_facilitator->setObjectName(QStringLiteral("workshopFacilitatorEdit"));
    m_facilitator->setAccessibleName(tr("Facilitator"));
    m_facilitator->setPlaceholderText(tr("Your name (optional)"));
    m_facilitator->setMaxLength(MaxLength);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("workshopProblemLabel"));
    m_problem->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *create = m_buttons->button(QDialogButtonBox::Ok);
    create->setText(tr("Create the workshop"));
    create->setObjectName(QStringLiteral("createWorkshopButton"));
    create->setAccessibleName(tr("Create the workshop"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Council or partnership:"), m_authority);
    form->addRow(tr("&Law:"), m_jurisdiction);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Facilitator:"), m_facilitator);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &WorkshopNewDialog::validate);
    // Wide enough for a council's full name and the examples in the empty boxes.
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    validate();
}

void WorkshopNewDialog::setAuthority(const QString &authority)
{
    m_authority->setText(authority);
}

void WorkshopNewDialog::setJurisdiction(const QString &jurisdictionId)
{
    chooseJurisdiction(m_jurisdiction, jurisdictionId);
}

void WorkshopNewDialog::validate()
{
    const bool ok = !m_name->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_problem->setText(ok ? QString() : tr("Still needed: a name for the workshop."));
}

WorkshopInfo WorkshopNewDialog::info() const
{
    WorkshopInfo info;
    info.name = m_name->text().simplified();
    info.authority = m_authority->text().simplified();
    info.heldOn = m_date->date();
    info.facilitator = m_facilitator->text().simplified();
    const QuestionBank &latest = m_banks.latest();
    info.bankId = latest.id;
    info.bankVersion = latest.version;
    info.jurisdiction = m_jurisdiction->currentData().toString();
    return info;
}

} // namespace Waymark
