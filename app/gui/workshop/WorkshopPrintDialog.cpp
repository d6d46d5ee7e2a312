#include "workshop/WorkshopPrintDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Waymark {

WorkshopPrintDialog::WorkshopPrintDialog(const QString &goText, bool anonymised, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("workshopPrintDialog"));
    setWindowTitle(tr("The workshop pack"));

    auto *intro = new QLabel(tr("The pack holds the group's gateway review from the agreed "
                                "ratings, where members agree and disagree, a table of every "
                                "member's answers and the questions to ask officers."),
                             this);
    intro->setWordWrap(true);
    m_anonymise =
        new QCheckBox(tr("&Anonymise: show members as Member A, B, … and never by name"), this);
    m_anonymise->setObjectName(QStringLiteral("packAnonymiseCheck"));
    m_anonymise->setAccessibleName(tr("Anonymise the members"));
    m_anonymise->setChecked(anonymised);
    m_reviews = new QCheckBox(tr("&Include each member's own review as an appendix"), this);
    m_reviews->setObjectName(QStringLiteral("packReviewsCheck"));
    m_reviews->setAccessibleName(tr("Include each member's review"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *go = buttons->button(QDialogButtonBox::Ok);
    go->setText(goText);
    go->setObjectName(QStringLiteral("packGoButton"));
    go->setAccessibleName(QString(goText).remove(QLatin1Char('&')));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_anonymise);
    layout->addWidget(m_reviews);
    layout->addWidget(buttons);
}

WorkshopPackOptions WorkshopPrintDialog::options() const
{
    WorkshopPackOptions options;
    options.anonymised = m_anonymise->isChecked();
    options.memberReviews = m_reviews->isChecked();
    return options;
}

} // namespace Waymark
