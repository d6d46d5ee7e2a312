#include "workshop/WorkshopMembersBox.h"

#include "common/ErrorBox.h"
#include "workshop/WorkshopDocument.h"

#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Waymark {

WorkshopMembersBox::WorkshopMembersBox(WorkshopDocument *document, QWidget *parent)
    : QGroupBox(tr("Members"), parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("membersBox"));
    auto *layout = new QVBoxLayout(this);
    m_members = new QListWidget(this);
    m_members->setObjectName(QStringLiteral("membersList"));
    m_members->setAccessibleName(tr("Members in the workshop"));
    m_members->setMinimumHeight(m_members->fontMetrics().lineSpacing() * 5);
    m_remove = new QPushButton(tr("&Remove from the workshop…"), this);
    m_remove->setObjectName(QStringLiteral("removeMemberButton"));
    m_remove->setAccessibleName(tr("Remove the chosen member from the workshop"));
    m_remove->setAutoDefault(false);
    connect(m_remove, &QPushButton::clicked, this, &WorkshopMembersBox::removeCurrentMember);
    connect(m_members, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    layout->addWidget(m_members);
    layout->addWidget(m_remove, 0, Qt::AlignLeft);

    connect(document, &WorkshopDocument::opened, this, &WorkshopMembersBox::refresh);
    connect(document, &WorkshopDocument::changed, this, &WorkshopMembersBox::refresh);
    refresh();
}

void WorkshopMembersBox::setAnonymised(bool anonymised)
{
    m_anonymised = anonymised;
    refresh();
}

void WorkshopMembersBox::refresh()
{
    const int row = m_members->currentRow();
    m_members->clear();
    const std::optional<Workshop> &workshop = m_document->workshop();
    if (!workshop)
        return;
    const QuestionBank &bank = m_document->bank();
    for (int i = 0; i < workshop->participants.size(); ++i) {
        const Assessment &member = workshop->participants.at(i);
        const Role *role = bank.role(member.info.roleId);
        int answered = 0;
        for (auto answer = member.answers.cbegin(); answer != member.answers.cend(); ++answer)
            answered += isAnswered(answer->rating) ? 1 : 0;
        auto *item = new QListWidgetItem(tr("%1, %2: %3 of %4 answered")
                                             .arg(workshop->participantLabel(i, m_anonymised),
                                                  role ? role->title : member.info.roleId)
                                             .arg(answered)
                                             .arg(bank.questionsFor(member.info.roleId).size()));
        item->setData(Qt::UserRole, member.info.id);
        m_members->addItem(item);
    }
    if (m_members->count() == 0) {
        auto *hint = new QListWidgetItem(tr("No members yet: add returned files (or drop them "
                                            "on this window), or add a member in the room."));
        hint->setFlags(Qt::NoItemFlags);
        m_members->addItem(hint);
    }
    m_members->setCurrentRow(qMin(row, m_members->count() - 1));
    m_remove->setEnabled(m_members->currentItem() &&
                         m_members->currentItem()->data(Qt::UserRole).isValid());
}

void WorkshopMembersBox::removeCurrentMember()
{
    QListWidgetItem *item = m_members->currentItem();
    const std::optional<Workshop> &workshop = m_document->workshop();
    if (!workshop || !item || !item->data(Qt::UserRole).isValid())
        return;
    const auto answer = QMessageBox::question(
        window(), tr("Remove from the workshop"),
        tr("Remove %1 from this workshop? Their own assessment stays in the database.")
            .arg(workshop->participantLabel(m_members->currentRow(), m_anonymised)));
    if (answer != QMessageBox::Yes)
        return;
    StoreError error;
    if (!m_document->removeMember(item->data(Qt::UserRole).toLongLong(), &error))
        showErrorBox(window(), QStringLiteral("workshopErrorBox"), tr("The member was not removed"),
                     error.message);
}

} // namespace Waymark
