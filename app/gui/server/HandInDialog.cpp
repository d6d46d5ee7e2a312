#include "server/HandInDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Waymark {

HandInDialog::HandInDialog(const QList<WorkshopInfo> &workshops, QWidget *parent)
    : QDialog(parent)
    , m_workshops(workshops)
{
    setObjectName(QStringLiteral("handInDialog"));
    setWindowTitle(tr("Hand in to a workshop"));
    auto *intro = new QLabel(tr("Choose the workshop to hand this assessment in to. Its "
                                "facilitator can then read your answers; no other member can."),
                             this);
    intro->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("workshopList"));
    m_list->setAccessibleName(tr("Workshops"));
    for (const WorkshopInfo &workshop : workshops) {
        QStringList parts{workshop.name};
        if (!workshop.authority.isEmpty())
            parts.append(workshop.authority);
        if (workshop.heldOn.isValid())
            parts.append(QLocale().toString(workshop.heldOn, QLocale::LongFormat));
        if (!workshop.facilitator.isEmpty())
            parts.append(tr("run by %1").arg(workshop.facilitator));
        m_list->addItem(parts.join(QStringLiteral(", ")));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_handIn = buttons->addButton(tr("&Hand in"), QDialogButtonBox::AcceptRole);
    m_handIn->setObjectName(QStringLiteral("handInButton"));
    m_handIn->setDefault(true);
    m_handIn->setEnabled(false);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_handIn->setEnabled(row >= 0); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    if (workshops.isEmpty()) {
        auto *none = new QLabel(tr("There are no workshops on the server yet: a facilitator "
                                   "starts one."),
                                this);
        none->setObjectName(QStringLiteral("noWorkshopsLabel"));
        layout->addWidget(none);
    }
    layout->addWidget(buttons);
    m_list->setFocus();
    if (!workshops.isEmpty())
        m_list->setCurrentRow(0);
}

qint64 HandInDialog::chosenWorkshop() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_workshops.size() ? m_workshops.at(row).id : 0;
}

} // namespace Waymark
