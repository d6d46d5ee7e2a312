#include "workshop/WorkshopPacksDialog.h"

#include "exchange/ExchangeFile.h"
#include "workshop/WorkshopGatherer.h"
#include "workshop/WorkshopMemberDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Waymark {

namespace {

constexpr int RoleIdRole = Qt::UserRole;

} // namespace

WorkshopPacksDialog::WorkshopPacksDialog(const WorkshopInfo &workshop, const QuestionBank &bank,
                                         const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_workshop(workshop)
    , m_bank(bank)
{
    setObjectName(QStringLiteral("workshopPacksDialog"));
    setWindowTitle(tr("Answer packs for %1").arg(workshop.name));

    auto *intro = new QLabel(
        tr("Write one answer pack for each member. They open it in their own Waymark (the "
           "council and the workshop are filled in), answer the questions for their role, "
           "and send the file back to you."),
        this);
    intro->setWordWrap(true);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("packNameEdit"));
    m_name->setAccessibleName(tr("Member's name"));
    m_name->setMaxLength(200);
    m_role = makeRoleCombo(bank, this);
    m_role->setObjectName(QStringLiteral("packRoleCombo"));
    m_role->setAccessibleName(tr("Member's role"));
    m_add = new QPushButton(tr("&Add to the list"), this);
    m_add->setObjectName(QStringLiteral("packAddButton"));
    m_add->setAccessibleName(tr("Add the member to the list"));
    m_add->setAutoDefault(false);

    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("packMembersTable"));
    m_table->setAccessibleName(tr("Members to write answer packs for"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_remove = new QPushButton(tr("&Remove from the list"), this);
    m_remove->setObjectName(QStringLiteral("packRemoveButton"));
    m_remove->setAccessibleName(tr("Remove the selected member from the list"));
    m_remove->setAutoDefault(false);

    m_folder = new QLineEdit(folder, this);
    m_folder->setObjectName(QStringLiteral("packFolderEdit"));
    m_folder->setAccessibleName(tr("Folder to write the answer packs into"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("packBrowseButton"));
    browse->setAccessibleName(tr("Choose the folder"));
    browse->setAutoDefault(false);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("packStatusLabel"));
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    m_write = buttons->addButton(tr("&Write the answer packs"), QDialogButtonBox::ActionRole);
    m_write->setObjectName(QStringLiteral("packWriteButton"));
    m_write->setAccessibleName(tr("Write the answer packs"));
    // Return in the name box adds the member to the list; it must never write the packs early.
    m_write->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);

    auto *entry = new QHBoxLayout;
    entry->addWidget(m_name, 2);
    entry->addWidget(m_role, 2);
    entry->addWidget(m_add);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    // Labels made by hand: a form row of several widgets has no buddy for the underlined letter.
    auto *memberLabel = new QLabel(tr("&Member:"), this);
    memberLabel->setBuddy(m_name);
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    auto *form = new QFormLayout;
    form->addRow(memberLabel, entry);
    form->addRow(folderLabel, folderRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_remove, 0, Qt::AlignLeft);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, &WorkshopPacksDialog::addFromForm);
    connect(m_name, &QLineEdit::returnPressed, this, &WorkshopPacksDialog::addFromForm);
    connect(m_name, &QLineEdit::textChanged, this, &WorkshopPacksDialog::updateButtons);
    connect(m_folder, &QLineEdit::textChanged, this, &WorkshopPacksDialog::updateButtons);
    connect(m_remove, &QPushButton::clicked, this, &WorkshopPacksDialog::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &WorkshopPacksDialog::updateButtons);
    connect(browse, &QPushButton::clicked, this, &WorkshopPacksDialog::chooseFolder);
    connect(m_write, &QPushButton::clicked, this, &WorkshopPacksDialog::write);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 480);
    updateButtons();
}

void WorkshopPacksDialog::addMember(const QString &name, const QString &roleId)
{
    const QString simplified = name.simplified();
    const Role *role = m_bank.role(roleId);
    if (simplified.isEmpty() || !role)
        return;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(simplified));
    auto *roleItem = new QTableWidgetItem(role->title);
    roleItem->setData(RoleIdRole, role->id);
    m_table->setItem(row, 1, roleItem);
    updateButtons();
}

void WorkshopPacksDialog::addFromForm()
{
    addMember(m_name->text(), m_role->currentData().toString());
    m_name->clear();
    m_name->setFocus();
}

void WorkshopPacksDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row >= 0)
        m_table->removeRow(row);
    updateButtons();
}

void WorkshopPacksDialog::setFolder(const QString &folder)
{
    m_folder->setText(folder);
}

QString WorkshopPacksDialog::folder() const
{
    return m_folder->text().trimmed();
}

QList<PackMember> WorkshopPacksDialog::members() const
{
    QList<PackMember> list;
    for (int row = 0; row < m_table->rowCount(); ++row)
        list.append(
            {m_table->item(row, 0)->text(), m_table->item(row, 1)->data(RoleIdRole).toString()});
    return list;
}

void WorkshopPacksDialog::chooseFolder()
{
    const QString chosen =
        QFileDialog::getExistingDirectory(this, tr("Folder for the answer packs"), folder());
    if (!chosen.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(chosen));
}

void WorkshopPacksDialog::updateButtons()
{
    m_add->setEnabled(!m_name->text().trimmed().isEmpty());
    m_remove->setEnabled(m_table->currentRow() >= 0);
    m_write->setEnabled(m_table->rowCount() > 0 && !folder().isEmpty());
}

void WorkshopPacksDialog::setProtectedFiles(const ProtectedFiles &protectedFiles)
{
    m_protected = protectedFiles;
}

void WorkshopPacksDialog::write()
{
    m_written.clear();
    const SaveResult saved = writePacks(m_workshop, m_bank, QDir::fromNativeSeparators(folder()),
                                        members(), m_protected, &m_written);
    m_warning = saved.warning;
    if (!saved.ok()) {
        m_status->setText(saved.message);
        QMessageBox::warning(this, tr("Not all answer packs were written"), saved.message);
        return;
    }
    m_status->setText(
        tr("%n answer pack(s) written to %1.", nullptr, int(m_written.size())).arg(folder()));
    accept();
}

QString WorkshopPacksDialog::fileNameFor(const QString &memberName)
{
    QString name;
    for (const QChar c : memberName.simplified()) {
        // Characters some system refuses in a file name, and control characters.
        if (c.category() == QChar::Other_Control || QStringLiteral("\\/:*?\"<>|").contains(c))
            name.append(QLatin1Char('-'));
        else
            name.append(c);
    }
    // A name of dots would be a folder or hidden; a long one hits path limits.
    while (name.startsWith(QLatin1Char('.')))
        name.remove(0, 1);
    name = name.left(100).trimmed();
    if (name.isEmpty())
        name = tr("Member");
    return name + QStringLiteral(".waymark");
}

SaveResult WorkshopPacksDialog::writePacks(const WorkshopInfo &workshop, const QuestionBank &bank,
                                           const QString &folder, const QList<PackMember> &members,
                                           const ProtectedFiles &protectedFiles,
                                           QStringList *written)
{
    const QDir dir(folder);
    // Names first (two members of one name get "Name" and "Name (2)"), each checked before
    // anything is made or written.
    QStringList paths;
    for (const PackMember &member : members) {
        const QString fileName = fileNameFor(member.name);
        QString path = dir.filePath(fileName);
        for (int n = 2; QFileInfo::exists(path) || QFileInfo(path).isSymLink() ||
                        paths.contains(path, Qt::CaseInsensitive);
             ++n) {
            const QString base = fileName.chopped(int(qstrlen(".waymark")));
            path = dir.filePath(QStringLiteral("%1 (%2).waymark").arg(base).arg(n));
        }
        if (SaveResult refusal = checkSaveTarget(path, protectedFiles); !refusal.ok())
            return refusal;
        // A pack the member's Waymark would refuse is worse than none.
        const QStringList problems = ExchangeFile::exportProblems(
            WorkshopGatherer::answerPack(workshop, bank, member.name, member.roleId), bank);
        if (!problems.isEmpty()) {
            SaveResult refused;
            refused.status = SaveResult::Status::Refused;
            refused.message = tr("The answer pack for %1 was not written, because Waymark could "
                                 "not import it: %2")
                                  .arg(member.name, problems.join(QLatin1Char(' ')));
            return refused;
        }
        paths.append(path);
    }
    if (!dir.exists() && !QDir().mkpath(folder)) {
        SaveResult result;
        result.status = SaveResult::Status::Failed;
        result.message =
            tr("The folder %1 could not be made.").arg(QDir::toNativeSeparators(folder));
        return result;
    }
    SaveResult all;
    for (qsizetype i = 0; i < members.size(); ++i) {
        const Assessment pack =
            WorkshopGatherer::answerPack(workshop, bank, members.at(i).name, members.at(i).roleId);
        const SaveResult saved = ExchangeFile::write(paths.at(i), pack, &bank, protectedFiles);
        if (!saved.ok())
            return saved;
        // Every pack goes to the same disk: its warning once is enough.
        if (all.warning.isEmpty())
            all.warning = saved.warning;
        written->append(paths.at(i));
    }
    return all;
}

} // namespace Waymark
